#pragma once
// Safe fixes made to a linted text file (check --fix, --diff).

#include <cstdint>
#include <string>

#include "report/file_result.hpp"

namespace convlint::cli {

struct FixedText {
  std::string path;    // the file on disk
  std::string before;  // its bytes as linted
  std::string after;   // with the safe fixes made (the same bytes when there are none)
  size_t fixed = 0;
  std::string problem;  // why the fixes cannot be made (in the run's language); empty when they can
};

// The safe fixes of `result` made to its file; nothing when it has none. Only a regular text file still holding
// the text that was linted can be fixed: a Word or PDF document, an archive member or standard input is named in
// `problem` and left alone.
std::optional<FixedText> fix_file(const report::FileResult& result, uint64_t max_file_size, Language language);

// Replaces the file with `fixed.after`, by a new file renamed over it (never half-written); an error message or "".
std::string write_fixed(const FixedText& fixed, Language language);

}  // namespace convlint::cli
