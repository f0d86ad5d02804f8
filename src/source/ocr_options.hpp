#pragma once

namespace convlint::source {

// When pages are read by OCR (Tesseract): `automatic`, the pages of a PDF without a text layer, and images.
enum class OcrMode { automatic, always, never };

// How the OCR of one file shares the run's CPUs (the -j workers) with the other files and tells its progress. The
// reader asks for idle CPUs while pages are left (`lend_cpus`, from its first thread only), reads pages on them
// too, and gives each back when its thread ends; the other calls may come from any of its threads.
class OcrPacing {
 public:
  virtual ~OcrPacing() = default;
  virtual unsigned lend_cpus(unsigned wanted) = 0;  // how many of `wanted` CPUs are idle now, lent to the caller
  virtual void give_back_cpus(unsigned count) = 0;
  virtual void pages_to_read(unsigned count) = 0;   // the file has `count` pages to read by OCR
  virtual void page_read() = 0;
};

struct OcrOptions {
  OcrMode mode = OcrMode::automatic;
  int dpi = 300;  // the resolution PDF pages are rendered at for OCR
  void (*before_ocr_page)() = nullptr;  // called before each page is read by OCR (a reader worker's time budget)
  OcrPacing* pacing = nullptr;           // none: one page after the other, no progress told
};

}  // namespace convlint::source
