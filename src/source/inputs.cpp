#include "source/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace convlint::source {

namespace fs = std::filesystem;

namespace {

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// « fifo », « socket », « device » for what a folder may hold besides files and folders; empty for those.
std::string special_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "fifo";
    case fs::file_type::socket: return "socket";
    case fs::file_type::block:
    case fs::file_type::character: return "device";
    default: return {};
  }
}

}  // namespace

bool is_convention_file(const std::string& path) {
  const std::string extension = lowercase(fs::path(path).extension().string());
  static const std::set<std::string> read = {".txt", ".md", ".text", ".docx", ".odt", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"};
  return read.contains(extension);
}

bool is_archive(const std::string& path) {
  const std::string name = lowercase(fs::path(path).filename().string());
  for (const std::string_view suffix : {".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"})
    if (name.ends_with(suffix)) return true;
  return false;
}

namespace {

void walk(const fs::path& folder, const InputLimits& limits, std::set<fs::path>& visited, std::vector<Input>& out) {
  std::error_code error;
  const fs::path real = fs::canonical(folder, error);
  if (error || !visited.insert(real).second) return;  // a loop back to a folder already read
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end; !error && it != end;
       it.increment(error))
    entries.push_back(*it);
  if (error) {
    out.push_back({folder.string(), InputError{InputErrorKind::unreadable, error.message()}, nullptr});
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(".")) continue;
    std::error_code status_error;
    const std::string path = entry.path().string();
    const fs::file_type type = entry.status(status_error).type();
    if (type == fs::file_type::directory) walk(entry.path(), limits, visited, out);
    else if (const std::string kind = special_kind(type); !kind.empty())  // a named pipe would wait for a writer forever
      out.push_back({path, InputError{InputErrorKind::not_regular, kind}, nullptr});
    else if (is_archive(path)) for (Input& member : read_archive(path, limits)) out.push_back(std::move(member));
    else if (is_convention_file(path)) out.push_back({path, std::nullopt, nullptr});
  }
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const InputLimits& limits) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back({path, std::nullopt, nullptr});
      continue;
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
      inputs.push_back({path, InputError{InputErrorKind::not_found, {}}, nullptr});
    } else if (fs::is_directory(status)) {
      std::set<fs::path> visited;
      walk(path, limits, visited, inputs);
    } else if (is_archive(path)) {
      for (Input& member : read_archive(path, limits)) inputs.push_back(std::move(member));
    } else {
      inputs.push_back({path, std::nullopt, nullptr});
    }
  }
  return inputs;
}

}  // namespace convlint::source
