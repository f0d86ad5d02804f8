#pragma once
// check --format docx: the reviewer's own Word document given back with convlint's findings as Word comments and its
// safe fixes as tracked changes, which Word and LibreOffice let the reviewer accept or reject.

#include <cstdint>
#include <string>
#include <string_view>

#include "report/file_result.hpp"

namespace convlint::report {

struct ReviewedDocx {
  std::string bytes;    // the reviewed copy
  size_t comments = 0;  // one per finding
  size_t changes = 0;   // safe fixes made as tracked changes
  std::string problem;  // not empty when no copy could be made
};

// A copy of the Word document `docx` that `result` is the linting of: every part as it was, except word/document.xml,
// which gains a comment range around the words each finding points at (the heading or paragraph where something
// missing belongs) and the tracked changes, and the comments part, its relationship and content type. Comments are
// written by « convlint » in `language`, dated `date` (ISO 8601). Never throws.
ReviewedDocx review_docx(std::string_view docx, const FileResult& result, Language language, const std::string& date, uint64_t max_size);

}  // namespace convlint::report
