#pragma once

#include <string_view>

#include "base/expected.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"
#include "source/ocr_options.hpp"

namespace convlint::source {

// Reads the text layer of the PDF held in `bytes` with poppler, its pages without one by OCR (see OcrOptions), and
// lays it out as a typed convention (see lay_out_pages). A PDF from which no text can be read, a password-protected
// PDF and a damaged one are errors.
Expected<ExtractedText, InputError> read_pdf(std::string_view bytes, const OcrOptions& ocr = {});

// Reads a PNG, JPEG or TIFF (every page) by OCR and lays it out the same way.
Expected<ExtractedText, InputError> read_image(std::string_view bytes, const OcrOptions& ocr = {});

// Loads the PDF module now rather than at the first PDF (a reader worker loads it before it limits its memory).
void load_pdf_module();

}  // namespace convlint::source
