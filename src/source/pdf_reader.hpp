#pragma once

#include <string_view>

#include "source/expected.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"

namespace convlint::source {

// Reads the text layer of the PDF held in `bytes` with poppler and lays it out as a typed convention (see
// lay_out_pages). A PDF without any text (a scan), a password-protected PDF and a damaged one are errors.
Expected<ExtractedText, InputError> read_pdf(std::string_view bytes);

}  // namespace convlint::source
