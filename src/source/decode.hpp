#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "source/input_error.hpp"
#include "source/read_options.hpp"
#include "source/source_text.hpp"

namespace convlint::source {

inline constexpr uint64_t default_max_file_size = 16u * 1024u * 1024u;

// Detects the encoding of `bytes` (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252), converts to UTF-8,
// turns CRLF and CR into LF, applies NFC, and builds the line map. Refuses binary and oversized input.
Expected<SourceText, InputError> decode(std::string path, std::string_view bytes,
                                        uint64_t max_size = default_max_file_size);

// Turns the bytes of an input into text whatever its format: a Word document, a PDF or an image is read (see
// read_docx, read_pdf, read_image), its text decoded and each line tied to its paragraph or page; anything else is
// decoded as text. Those formats are read in a worker process when options.limits names one.
Expected<SourceText, InputError> load_source(std::string path, std::string_view bytes,
                                             uint64_t max_size = default_max_file_size, const ReadOptions& options = {});

}  // namespace convlint::source
