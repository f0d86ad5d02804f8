#pragma once
// The interface of the PDF module (libconvlint_pdf.so): poppler and the thirty libraries it brings are loaded only
// when convlint meets its first PDF, so that linting text starts fast.

#include <cstddef>
#include <vector>

#include "source/ocr_options.hpp"
#include "source/pdf_layout.hpp"

namespace convlint::pdf {

// `no_ocr`: the pages need OCR and the module was built without Tesseract, or its French model is missing.
enum class PagesStatus { ok, damaged, encrypted, no_ocr };

// The pages of a PDF: the words of their text layer, or those OCR reads (see OcrOptions).
using ReadPagesFunction = PagesStatus (*)(const char* data, size_t size, const source::OcrOptions* ocr,
                                          std::vector<source::PdfPage>* pages);
// The pages of an image (PNG, JPEG, TIFF with one page or several), read by OCR.
using ReadImageFunction = PagesStatus (*)(const char* data, size_t size, const source::OcrOptions* ocr,
                                          std::vector<source::PdfPage>* pages);

inline constexpr const char* module_file = "libconvlint_pdf.so";
inline constexpr const char* read_pages_symbol = "convlint_pdf_read_pages";
inline constexpr const char* read_image_symbol = "convlint_read_image";

}  // namespace convlint::pdf
