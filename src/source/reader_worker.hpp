#pragma once
// Reading a DOCX, PDF or image in a worker process: the worker is convlint itself, started with
// reader_worker_argument by each lint thread at its first such file. It reads the files it is sent one at a time,
// each under a CPU-time allowance and the worker under an address-space limit, and sends back their text. Whatever
// ends it (a crash in poppler, a hang, memory exhausted) becomes an InputError for that file; the next file starts a
// new worker.

#include <cstdint>
#include <string_view>

#include "base/expected.hpp"
#include "source/document_format.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"
#include "source/read_options.hpp"

namespace convlint::source {

inline constexpr const char* reader_worker_argument = "__convlint-reader-worker";

// The text of a DOCX, PDF or image, read in this process.
Expected<ExtractedText, InputError> extract_text(DocumentFormat format, std::string_view bytes, uint64_t max_size,
                                                 const OcrOptions& ocr);

// The same, read by a worker process (limits.worker) under `limits`.
Expected<ExtractedText, InputError> extract_text_in_worker(DocumentFormat format, std::string_view bytes, uint64_t max_size,
                                                           const OcrOptions& ocr, const ReaderLimits& limits);

// The worker's side: reads requests on standard input and writes each result on standard output, until the end of
// its input.
[[noreturn]] void run_reader_worker();

}  // namespace convlint::source
