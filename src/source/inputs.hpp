#pragma once

#include <optional>
#include <string>
#include <vector>

#include "source/input_error.hpp"

namespace convlint::source {

// One input to lint: a file path, or "-" for standard input; or a path that could not be listed, with why.
struct Input {
  std::string path;
  std::optional<InputError> error;
};

// Expands the paths the user gave: a file stays as it is (whatever its name), a directory gives every convention
// file below it (.txt, .md, .text), recursively, skipping hidden folders and never following a symlink loop; "-" is
// standard input. Paths that do not exist are kept with their error, so the report names them.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths);

}  // namespace convlint::source
