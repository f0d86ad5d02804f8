#include "test_support.hpp"

namespace convlint::testing {

Parsed parse_source(std::unique_ptr<source::SourceText> source) {
  Parsed parsed{std::move(source), {}};
  parsed.document = document::build_document(*parsed.source, {.lexicon = &rules::builtin_lexicon()});
  return parsed;
}

std::unique_ptr<source::SourceText> decode_bytes(const std::string& bytes, const std::string& path, uint64_t max_size) {
  auto decoded = source::decode(path, bytes, max_size);
  if (!decoded) throw std::runtime_error("test input does not decode: " + decoded.error().describe(Language::en));
  return std::make_unique<source::SourceText>(std::move(decoded.value()));
}

Parsed parse_bytes(const std::string& bytes, const std::string& path, uint64_t max_size) { return parse_source(decode_bytes(bytes, path, max_size)); }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream content;
  content << file.rdbuf();
  return content.str();
}

std::filesystem::path project_dir() { return CONVLINT_SOURCE_DIR; }

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("convlint-formats-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir / name;
}

int shell(const std::string& command) {
  const int status = std::system(("cd '" + project_dir().string() + "' && " + command).c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string convlint(const std::string& arguments) { return std::string("'") + CONVLINT_BINARY + "' " + arguments; }

std::filesystem::path fixtures() { return CONVLINT_FIXTURES_DIR; }

bool have(const std::string& program) { return shell("command -v " + program + " > /dev/null 2>&1") == 0; }

std::filesystem::path corpus_dir() { return project_dir() / "corpus"; }

std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    const auto extension = entry.path().extension();
    if (extension == ".txt" || extension == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::filesystem::path seeds_dir() {
  if (const char* override_dir = std::getenv("CONVLINT_SEEDS")) return override_dir;
  const auto dir = project_dir().parent_path() / "shared" / "seeds";
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

std::filesystem::path seed(const std::string& name) { return seeds_dir() / name; }

CliOutcome run_command(const std::string& command_line) {
  const std::string command = "cd '" + project_dir().string() + "' && " + command_line;
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

CliOutcome run_convlint(const std::string& arguments) { return run_command("'" + std::string(CONVLINT_BINARY) + "' " + arguments); }

}  // namespace convlint::testing
