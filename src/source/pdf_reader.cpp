#include "source/pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "source/pdf_layout.hpp"

namespace convlint::source {

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

PdfPage read_page(const poppler::page& page) {
  PdfPage out;
  out.height = page.page_rect().height();
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf bounds = box.bbox();
    out.words.push_back({utf8(box.text()), bounds.left(), bounds.top(), bounds.right(), bounds.bottom(),
                         box.get_font_size(), box.has_space_after()});
  }
  return out;
}

}  // namespace

Expected<ExtractedText, InputError> read_pdf(std::string_view bytes) {
  silence_poppler();
  if (bytes.size() > INT_MAX) return InputError{InputErrorKind::bad_pdf, {}};
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    // poppler gives no reason; an encryption dictionary in the file is what tells a locked PDF from a damaged one.
    const bool encrypted = bytes.find("/Encrypt") != std::string_view::npos;
    return InputError{encrypted ? InputErrorKind::encrypted_pdf : InputErrorKind::bad_pdf, {}};
  }
  if (document->is_locked()) return InputError{InputErrorKind::encrypted_pdf, {}};
  std::vector<PdfPage> pages;
  size_t words = 0;
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    pages.push_back(page ? read_page(*page) : PdfPage{});
    words += pages.back().words.size();
  }
  if (pages.empty()) return InputError{InputErrorKind::bad_pdf, "0 page"};
  if (words == 0) return InputError{InputErrorKind::scanned_pdf, std::to_string(pages.size()) + " page(s)"};
  return lay_out_pages(pages);
}

}  // namespace convlint::source
