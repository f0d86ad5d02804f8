// The PDF module built without Tesseract: pages that need OCR are reported as such.
#include "pdf/ocr.hpp"

namespace convlint::pdf {

std::optional<source::PdfPage> recognise(const GreyImage&) { return std::nullopt; }

std::optional<std::vector<source::PdfPage>> recognise_image_file(const uint8_t*, size_t, const source::OcrOptions&) { return std::nullopt; }

}  // namespace convlint::pdf
