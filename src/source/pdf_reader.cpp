#include "source/pdf_reader.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "pdf/pdf_pages.hpp"
#include "source/pdf_layout.hpp"

namespace convlint::source {

namespace {

struct PdfModule {
  pdf::ReadPagesFunction read_pages = nullptr;
  pdf::ReadImageFunction read_image = nullptr;
  std::string why_missing;
};

// The PDF module beside the running binary (or one folder up, for the test binaries), or where
// CONVLINT_PDF_MODULE says; loaded once.
const PdfModule& pdf_module() {
  static const PdfModule module = [] {
    std::vector<std::filesystem::path> candidates;
    if (const char* chosen = std::getenv("CONVLINT_PDF_MODULE")) candidates.emplace_back(chosen);
    std::error_code error;
    const auto binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
      candidates.push_back(binary.parent_path() / pdf::module_file);
      candidates.push_back(binary.parent_path().parent_path() / pdf::module_file);
    }
    PdfModule found;
    // Tesseract runs one page per worker thread: its own OpenMP threads would only compete with the other workers.
    setenv("OMP_THREAD_LIMIT", "1", 0);
    for (const auto& candidate : candidates) {
      if (!std::filesystem::exists(candidate, error)) continue;
      void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle == nullptr) {
        found.why_missing = dlerror();
        continue;
      }
      found.read_pages = reinterpret_cast<pdf::ReadPagesFunction>(dlsym(handle, pdf::read_pages_symbol));
      found.read_image = reinterpret_cast<pdf::ReadImageFunction>(dlsym(handle, pdf::read_image_symbol));
      if (found.read_pages != nullptr && found.read_image != nullptr) return found;
    }
    if (found.why_missing.empty()) found.why_missing = std::string(pdf::module_file) + " ?";
    return found;
  }();
  return module;
}

}  // namespace

void load_pdf_module() { pdf_module(); }

Expected<ExtractedText, InputError> read_pdf(std::string_view bytes, const OcrOptions& ocr) {
  const PdfModule& module = pdf_module();
  if (module.read_pages == nullptr) return InputError{InputErrorKind::no_pdf_support, module.why_missing};
  std::vector<PdfPage> pages;
  switch (module.read_pages(bytes.data(), bytes.size(), &ocr, &pages)) {
    case pdf::PagesStatus::damaged: return InputError{InputErrorKind::bad_pdf, {}};
    case pdf::PagesStatus::encrypted: return InputError{InputErrorKind::encrypted_pdf, {}};
    case pdf::PagesStatus::no_ocr: return InputError{InputErrorKind::no_ocr, std::to_string(pages.size()) + " page(s)"};
    case pdf::PagesStatus::ok: break;
  }
  size_t words = 0;
  for (const PdfPage& page : pages) words += page.words.size();
  if (pages.empty()) return InputError{InputErrorKind::bad_pdf, "0 page"};
  if (words == 0) return InputError{InputErrorKind::scanned_pdf, std::to_string(pages.size()) + " page(s)"};
  ExtractedText text = lay_out_pages(pages);
  // Words that were all page furniture (a bulletin's stamp over scanned pages read with --ocr never): no text either.
  if (text.text.find_first_not_of(" \t\n\f") == std::string::npos)
    return InputError{InputErrorKind::scanned_pdf, std::to_string(pages.size()) + " page(s)"};
  return text;
}

Expected<ExtractedText, InputError> read_image(std::string_view bytes, const OcrOptions& ocr) {
  const PdfModule& module = pdf_module();
  if (module.read_image == nullptr) return InputError{InputErrorKind::no_pdf_support, module.why_missing};
  std::vector<PdfPage> pages;
  switch (module.read_image(bytes.data(), bytes.size(), &ocr, &pages)) {
    case pdf::PagesStatus::ok: break;
    case pdf::PagesStatus::no_ocr: return InputError{InputErrorKind::no_ocr, {}};
    case pdf::PagesStatus::damaged:
    case pdf::PagesStatus::encrypted: return InputError{InputErrorKind::bad_image, {}};
  }
  size_t words = 0;
  for (const PdfPage& page : pages) words += page.words.size();
  if (words == 0) return InputError{InputErrorKind::scanned_pdf, std::to_string(pages.size()) + " page(s)"};
  ExtractedText text = lay_out_pages(pages);
  // Words that were all page furniture (a bulletin's stamp over scanned pages read with --ocr never): no text either.
  if (text.text.find_first_not_of(" \t\n\f") == std::string::npos)
    return InputError{InputErrorKind::scanned_pdf, std::to_string(pages.size()) + " page(s)"};
  return text;
}

}  // namespace convlint::source
