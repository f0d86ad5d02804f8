#pragma once
// Paths as reports show them. A file name is bytes: archives made on Windows carry names in Windows-1252 or CP437,
// which are not UTF-8. Every report writes a path with its invalid bytes escaped, so that it stays valid text.

#include <string>
#include <string_view>

namespace convlint::source {

// `path` with every byte that is not part of a valid UTF-8 sequence written as \xHH (« conv\xE9.txt »).
std::string display_path(std::string_view path);

}  // namespace convlint::source
