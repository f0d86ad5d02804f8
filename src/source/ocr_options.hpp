#pragma once

namespace convlint::source {

// When pages are read by OCR (Tesseract): `automatic`, the pages of a PDF without a text layer, and images.
enum class OcrMode { automatic, always, never };

struct OcrOptions {
  OcrMode mode = OcrMode::automatic;
  int dpi = 300;  // the resolution PDF pages are rendered at for OCR
  void (*before_ocr_page)() = nullptr;  // called before each page is read by OCR (a reader worker's time budget)
};

}  // namespace convlint::source
