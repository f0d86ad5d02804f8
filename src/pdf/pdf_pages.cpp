// The PDF module: the words of each page of a PDF, with their positions, read by poppler.
#include "pdf/pdf_pages.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string>

namespace convlint::pdf {

namespace {

// poppler prints syntax errors of damaged files on stderr; convlint reports the file once, in its own words.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

source::PdfPage read_page(const poppler::page& page) {
  source::PdfPage out;
  out.height = page.page_rect().height();
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf bounds = box.bbox();
    out.words.push_back({utf8(box.text()), bounds.left(), bounds.top(), bounds.right(), bounds.bottom(),
                         box.get_font_size(), box.has_space_after()});
  }
  return out;
}

}  // namespace

}  // namespace convlint::pdf

extern "C" convlint::pdf::PagesStatus convlint_pdf_read_pages(const char* data, size_t size,
                                                              std::vector<convlint::source::PdfPage>* pages) {
  using convlint::pdf::PagesStatus;
  convlint::pdf::silence_poppler();
  if (size > INT_MAX) return PagesStatus::damaged;
  std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(data, static_cast<int>(size)));
  if (!document) {
    // poppler gives no reason; an encryption dictionary in the file is what tells a locked PDF from a damaged one.
    const bool encrypted = std::string_view(data, size).find("/Encrypt") != std::string_view::npos;
    return encrypted ? PagesStatus::encrypted : PagesStatus::damaged;
  }
  if (document->is_locked()) return PagesStatus::encrypted;
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    pages->push_back(page ? convlint::pdf::read_page(*page) : convlint::source::PdfPage{});
  }
  return PagesStatus::ok;
}
