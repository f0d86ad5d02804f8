#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "document/builder.hpp"
#include "rules/catalog.hpp"
#include "source/decode.hpp"

namespace convlint::testing {

// A parsed document together with the source it points into.
struct Parsed {
  std::unique_ptr<source::SourceText> source;
  document::Document document;

  source::Position position(Span span) const { return source->position(span.begin); }
  std::string_view text(Span span) const { return std::string_view(source->text).substr(span.begin, span.size()); }
};

inline Parsed parse_source(std::unique_ptr<source::SourceText> source) {
  Parsed parsed{std::move(source), {}};
  parsed.document = document::build_document(*parsed.source, {.lexicon = &rules::builtin_lexicon()});
  return parsed;
}

inline std::unique_ptr<source::SourceText> decode_bytes(const std::string& bytes, const std::string& path = "test.txt",
                                                        uint64_t max_size = source::default_max_file_size) {
  auto decoded = source::decode(path, bytes, max_size);
  if (!decoded) throw std::runtime_error("test input does not decode: " + decoded.error().describe(Language::en));
  return std::make_unique<source::SourceText>(std::move(decoded.value()));
}

inline Parsed parse_bytes(const std::string& bytes, const std::string& path = "test.txt",
                          uint64_t max_size = source::default_max_file_size) {
  return parse_source(decode_bytes(bytes, path, max_size));
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream content;
  content << file.rdbuf();
  return content.str();
}

inline std::filesystem::path project_dir() { return CONVLINT_SOURCE_DIR; }

// A file of this test process's scratch folder (in the temporary directory).
inline std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("convlint-formats-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir / name;
}

// Runs a shell command in the project folder; returns its exit status.
inline int shell(const std::string& command) {
  const int status = std::system(("cd '" + project_dir().string() + "' && " + command).c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The convlint binary under test with `arguments`, as a shell command.
inline std::string convlint(const std::string& arguments) { return std::string("'") + CONVLINT_BINARY + "' " + arguments; }

// The DOCX and PDF forms of the corpus, made by the make_document_fixtures test before the DocumentFormats tests run
// (see tests/CMakeLists.txt); a test run outside ctest has none and skips those tests.
inline std::filesystem::path fixtures() { return CONVLINT_FIXTURES_DIR; }
#define REQUIRE_FIXTURES()                                                                              \
  if (!std::filesystem::exists(testing::fixtures() / "corrupt.pdf"))                                    \
    GTEST_SKIP() << "no DOCX/PDF fixtures in " << testing::fixtures()                                  \
                 << ": run the tests with ctest, which makes them with tools/make-fixtures (needs pandoc, chromium, qpdf)"

inline bool have(const std::string& program) { return shell("command -v " + program + " > /dev/null 2>&1") == 0; }
inline std::filesystem::path corpus_dir() { return project_dir() / "corpus"; }
// The conventions of corpus/ (text and markdown), sorted.
inline std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    const auto extension = entry.path().extension();
    if (extension == ".txt" || extension == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The shared seeds beside the project (../shared/seeds), or CONVLINT_SEEDS; empty when absent.
inline std::filesystem::path seeds_dir() {
  if (const char* override_dir = std::getenv("CONVLINT_SEEDS")) return override_dir;
  const auto dir = project_dir().parent_path() / "shared" / "seeds";
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

inline std::filesystem::path seed(const std::string& name) { return seeds_dir() / name; }

struct CliOutcome {
  int status;
  std::string out;
};

// Runs a shell command in the project folder and keeps its standard output; stderr is kept apart unless redirected.
inline CliOutcome run_command(const std::string& command_line) {
  const std::string command = "cd '" + project_dir().string() + "' && " + command_line;
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// Runs the convlint binary with `arguments` (shell syntax) in the project folder.
inline CliOutcome run_convlint(const std::string& arguments) { return run_command("'" + std::string(CONVLINT_BINARY) + "' " + arguments); }

}  // namespace convlint::testing
