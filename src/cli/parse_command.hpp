#pragma once

#include <cstdint>
#include <string>

#include "source/decode.hpp"

namespace convlint::cli {

struct ParseOptions {
  std::string path;
  std::string format = "json";
  uint64_t max_file_size = source::default_max_file_size;
  std::string reader_worker;  // the program that reads a DOCX, PDF or image (see source::ReaderLimits)
};

// `convlint parse FILE`: prints the document tree; exit status 2 when the file cannot be read.
int run_parse(const ParseOptions& options);

}  // namespace convlint::cli
