#pragma once
// Safe fixes made to a linted text file (check --fix, --diff).

#include <cstdint>
#include <optional>
#include <string>

#include "report/file_result.hpp"

namespace convlint::cli {

// check --diff: prints the safe fixes of `result` as a unified diff; returns how many there are.
size_t print_fixes(const lint::FileResult& result, uint64_t max_file_size, Language language);

// check --fix: makes the safe fixes of `result` in its file (replaced by a new file renamed over it, never
// half-written); returns how many were made, nothing when the file could not be fixed (said on stderr).
std::optional<size_t> make_fixes(const lint::FileResult& result, uint64_t max_file_size, Language language);

}  // namespace convlint::cli
