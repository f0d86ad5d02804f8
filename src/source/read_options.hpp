#pragma once

#include <cstdint>
#include <string>

#include "source/ocr_options.hpp"

namespace convlint::source {

// DOCX, PDF and image readers (libarchive, pugixml, poppler, Tesseract) parse untrusted bytes: each file is read in
// a worker process of its own, which a crash, a hang or a memory explosion ends without ending the scan.
struct ReaderLimits {
  std::string worker;           // the convlint binary run as the worker; empty: read in this process, without limits
  uint32_t max_seconds = 30;    // CPU seconds to read one file, and as many again for each page read by OCR
  uint64_t max_memory = 1ull << 30;  // address space of the worker, in bytes (0: no limit)
};

struct ReadOptions {
  OcrOptions ocr;
  ReaderLimits limits;
};

}  // namespace convlint::source
