#pragma once
// OCR of page images with Tesseract (French model), inside the PDF module.

#include <cstdint>
#include <optional>
#include <vector>

#include "source/ocr_options.hpp"
#include "source/pdf_layout.hpp"

namespace convlint::pdf {

// The largest image OCR reads (an A4 page at 600 dpi is 35 million pixels): a larger image is refused, a larger PDF
// page rendered at a lower resolution, so that a small file declaring huge pages cannot exhaust memory.
constexpr double max_ocr_pixels = 100e6;

// A greyscale image, one byte per pixel, rows `stride` bytes apart.
struct GreyImage {
  const uint8_t* pixels = nullptr;
  int width = 0, height = 0, stride = 0;
  double dpi = 300;
};

// The words of `image` with their boxes in points (1/72 inch) and their confidence; nullopt when OCR is unavailable
// (built without Tesseract, or no French model installed).
std::optional<source::PdfPage> recognise(const GreyImage& image);

// The pages of a PNG, JPEG or TIFF (every page of a multi-page TIFF), each read by OCR; nullopt when OCR is
// unavailable, an empty list when the image cannot be decoded or passes max_ocr_pixels. The pages are read one after
// the other, told to `ocr.pacing`.
std::optional<std::vector<source::PdfPage>> recognise_image_file(const uint8_t* data, size_t size, const source::OcrOptions& ocr);

}  // namespace convlint::pdf
