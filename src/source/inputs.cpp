#include "source/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace convlint::source {

namespace fs = std::filesystem;

namespace {

bool is_convention_file(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".txt" || extension == ".md" || extension == ".text";
}

void walk(const fs::path& folder, std::set<fs::path>& visited, std::vector<Input>& out) {
  std::error_code error;
  const fs::path real = fs::canonical(folder, error);
  if (error || !visited.insert(real).second) return;  // a loop back to a folder already read
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end; !error && it != end;
       it.increment(error))
    entries.push_back(*it);
  if (error) {
    out.push_back({folder.string(), InputError{InputErrorKind::unreadable, error.message()}});
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(".")) continue;
    std::error_code status_error;
    if (entry.is_directory(status_error)) walk(entry.path(), visited, out);
    else if (is_convention_file(entry.path())) out.push_back({entry.path().string(), std::nullopt});
  }
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back({path, std::nullopt});
      continue;
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
      inputs.push_back({path, InputError{InputErrorKind::not_found, {}}});
    } else if (fs::is_directory(status)) {
      std::set<fs::path> visited;
      walk(path, visited, inputs);
    } else {
      inputs.push_back({path, std::nullopt});
    }
  }
  return inputs;
}

}  // namespace convlint::source
