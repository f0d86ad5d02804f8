#pragma once

#include <cstdint>
#include <string>

#include "source/decode.hpp"

namespace convlint::cli {

struct ConvertOptions {
  std::string path;
  bool show_origin = false;
  std::string lang = "fr";
  uint64_t max_file_size = source::default_max_file_size;
  std::string reader_worker;  // the program that reads a DOCX, PDF or image (see source::ReaderLimits)
};

// `convlint convert FILE`: prints the text convlint reads from FILE (a DOCX, a PDF or a text file), the text that
// `check` locations refer to; exit status 2 when the file cannot be read.
int run_convert(const ConvertOptions& options);

}  // namespace convlint::cli
