#include "source/read.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace convlint::source {

std::string read_bounded(std::istream& stream, uint64_t max_size) {
  std::string bytes;
  char buffer[1 << 16];
  while (bytes.size() <= max_size && stream.read(buffer, sizeof buffer).gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(stream.gcount()));
  }
  return bytes;
}

Expected<SourceText, InputError> read_source(const std::string& path, uint64_t max_size) {
  if (path == "-") {
    std::string bytes = read_bounded(std::cin, max_size);
    return load_source(path, bytes, max_size);
  }
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) return InputError{InputErrorKind::not_found, {}};
  if (std::filesystem::is_directory(status)) return InputError{InputErrorKind::is_directory, {}};
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > max_size)
    return InputError{InputErrorKind::too_large, std::to_string(size) + " > " + std::to_string(max_size)};
  std::ifstream file(path, std::ios::binary);
  if (!file) return InputError{InputErrorKind::unreadable, std::strerror(errno)};
  std::string bytes = read_bounded(file, max_size);
  if (file.bad()) return InputError{InputErrorKind::unreadable, std::strerror(errno)};
  return load_source(path, bytes, max_size);
}

}  // namespace convlint::source
