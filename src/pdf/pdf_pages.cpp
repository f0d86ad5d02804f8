// The PDF module: the words of each page of a PDF, with their positions, read by poppler.
#include "pdf/pdf_pages.hpp"
#include "pdf/ocr.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

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

// A word's box seen with its line of text running left to right: poppler gives the box as the page shows it, and a
// word turned a quarter (`rotation` 1: reading downwards, 3: upwards) or upside down (2) on a page `width` × `height`.
void turn_upright(source::PdfWord& word, int rotation, double width, double height) {
  const double left = word.left, top = word.top, right = word.right, bottom = word.bottom;
  switch (rotation) {
    case 1: word.left = top, word.right = bottom, word.top = width - right, word.bottom = width - left; break;
    case 2: word.left = width - right, word.right = width - left, word.top = height - bottom, word.bottom = height - top; break;
    case 3: word.left = height - bottom, word.right = height - top, word.top = left, word.bottom = right; break;
    default: break;
  }
}

source::PdfPage read_page(const poppler::page& page) {
  const poppler::rectf rect = page.page_rect();
  const bool shown_sideways = page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
  const double width = shown_sideways ? rect.height() : rect.width(), height = shown_sideways ? rect.width() : rect.height();
  std::vector<std::pair<source::PdfWord, int>> words;
  size_t characters_by_rotation[4] = {};
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf bounds = box.bbox();
    const int rotation = box.rotation() & 3;
    words.push_back({{utf8(box.text()), bounds.left(), bounds.top(), bounds.right(), bounds.bottom(), box.get_font_size(), box.has_space_after()},
                     rotation});
    characters_by_rotation[rotation] += words.back().first.text.size();
  }
  // A table set sideways on its page (a landscape annex), or a page turned for display: the page is read in the
  // direction of most of its text. Words turned another way, a small share, are margin notes and stamps.
  const int reading = static_cast<int>(std::max_element(std::begin(characters_by_rotation), std::end(characters_by_rotation)) -
                                       std::begin(characters_by_rotation));
  size_t total = 0;
  for (const size_t count : characters_by_rotation) total += count;
  const bool mixed = characters_by_rotation[reading] * 4 < total * 3;
  source::PdfPage out;
  out.height = reading % 2 == 1 ? width : height;
  for (auto& [word, rotation] : words) {
    if (rotation != reading && !mixed) continue;
    if (rotation == reading) turn_upright(word, reading, width, height);
    out.words.push_back(std::move(word));
  }
  return out;
}

// A page whose text layer holds a few words only (a bulletin's stamp, a page number) over an image of the convention:
// its ink outside those words, in a rough rendering, says there is more to read. Pages with more words are taken
// as they are: rendering them would cost every native PDF, and a letterhead's banner would pass for text.
bool has_ink_its_text_misses(const poppler::page& page, const source::PdfPage& read) {
  constexpr size_t few_characters = 200;
  constexpr double rough_dpi = 36, dark = 160, share_of_page = 0.01;
  size_t characters = 0;
  for (const source::PdfWord& word : read.words) characters += word.text.size();
  if (characters >= few_characters) return false;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, rough_dpi, rough_dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return false;
  const double pixel = 72 / rough_dpi, margin = 2;  // points
  auto in_text = [&](int x, int y) {
    const double left = x * pixel, top = y * pixel;
    return std::any_of(read.words.begin(), read.words.end(), [&](const source::PdfWord& word) {
      return left + pixel >= word.left - margin && left <= word.right + margin && top + pixel >= word.top - margin &&
             top <= word.bottom + margin;
    });
  };
  size_t ink = 0;
  for (int y = 0; y < image.height(); ++y) {
    const auto* row = reinterpret_cast<const uint8_t*>(image.const_data()) + static_cast<ptrdiff_t>(y) * image.bytes_per_row();
    for (int x = 0; x < image.width(); ++x) ink += row[x] < dark && !in_text(x, y);
  }
  return static_cast<double>(ink) > share_of_page * image.width() * image.height();
}

// At most this many pages of one PDF are read by OCR (a page takes seconds): the others keep their text layer.
constexpr size_t ocr_page_limit = 500;

// The page rendered in grey at `dpi` (less for a page so large that it would pass max_ocr_pixels) and read by OCR;
// nullopt when OCR is unavailable.
std::optional<source::PdfPage> read_page_by_ocr(const poppler::page& page, int dpi) {
  const poppler::rectf size = page.page_rect();
  const double pixels = size.width() / 72 * dpi * size.height() / 72 * dpi;
  if (pixels > max_ocr_pixels) dpi = std::max(1, static_cast<int>(dpi * std::sqrt(max_ocr_pixels / pixels)));
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid()) return source::PdfPage{};
  return recognise({reinterpret_cast<const uint8_t*>(image.const_data()), image.width(), image.height(), image.bytes_per_row(),
                    static_cast<double>(dpi)});
}

// The pages of one PDF left to read by OCR, shared by the threads that read them.
class OcrQueue {
 public:
  OcrQueue(const char* data, size_t size, std::vector<int> indices, const source::OcrOptions& ocr, std::vector<source::PdfPage>& pages)
      : data_(data), size_(size), indices_(std::move(indices)), ocr_(ocr), pages_(pages) {}

  // Reads pages until none is left, on this thread and on the CPUs the run lends before each of its pages.
  // False when OCR is unavailable.
  bool read(poppler::document& document) {
    constexpr unsigned most_helpers = 3;  // each holds its own Tesseract (about 100 MB)
    std::vector<std::thread> helpers;
    while (!missing_) {
      const size_t left = indices_.size() - std::min(indices_.size(), next_.load());
      if (ocr_.pacing != nullptr && left > 1 && helpers.size() < most_helpers) {
        const unsigned wanted = static_cast<unsigned>(std::min<size_t>(most_helpers - helpers.size(), left - 1));
        for (unsigned lent = ocr_.pacing->lend_cpus(wanted); lent > 0; --lent) start_helper(helpers);
      }
      if (!read_next(document)) break;
    }
    for (std::thread& helper : helpers) helper.join();
    if (failure_) std::rethrow_exception(failure_);  // on the reading thread, whose caller reports the file
    return !missing_;
  }

 private:
  void start_helper(std::vector<std::thread>& helpers) {
    try {
      helpers.emplace_back([this] {
        // An exception must not end a helper thread (that would end the process): it ends the reading of the file.
        try {
          // poppler's objects are not shared between threads: a helper opens its own copy of the document.
          std::unique_ptr<poppler::document> own(poppler::document::load_from_raw_data(data_, static_cast<int>(size_)));
          if (own && !own->is_locked())
            while (read_next(*own)) {
            }
        } catch (...) {
          const std::lock_guard lock(failing_);
          if (!failure_) failure_ = std::current_exception();
          missing_ = true;
        }
        ocr_.pacing->give_back_cpus(1);
      });
    } catch (const std::system_error&) {
      ocr_.pacing->give_back_cpus(1);
    }
  }

  // Reads the next page left; false when none is left or OCR is unavailable.
  bool read_next(poppler::document& document) {
    const size_t next = next_++;
    if (next >= indices_.size() || missing_) return false;
    std::unique_ptr<poppler::page> page(document.create_page(indices_[next]));
    if (!page) return true;
    if (ocr_.before_ocr_page) ocr_.before_ocr_page();
    auto recognised = read_page_by_ocr(*page, ocr_.dpi);
    if (!recognised) {
      missing_ = true;
      return false;
    }
    pages_[static_cast<size_t>(indices_[next])] = std::move(*recognised);  // each thread writes its own pages
    if (ocr_.pacing != nullptr) ocr_.pacing->page_read();
    return true;
  }

  const char* data_;
  size_t size_;
  std::vector<int> indices_;
  const source::OcrOptions& ocr_;
  std::vector<source::PdfPage>& pages_;
  std::atomic<size_t> next_{0};
  std::atomic<bool> missing_{false};
  std::mutex failing_;
  std::exception_ptr failure_;
};

}  // namespace

}  // namespace convlint::pdf

extern "C" convlint::pdf::PagesStatus convlint_pdf_read_pages(const char* data, size_t size, const convlint::source::OcrOptions* ocr,
                                                              std::vector<convlint::source::PdfPage>* pages) {
  using convlint::pdf::PagesStatus;
  using convlint::source::OcrMode;
  convlint::pdf::silence_poppler();
  if (size > INT_MAX) return PagesStatus::damaged;
  std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(data, static_cast<int>(size)));
  if (!document) {
    // poppler gives no reason; an encryption dictionary in the file is what tells a locked PDF from a damaged one.
    const bool encrypted = std::string_view(data, size).find("/Encrypt") != std::string_view::npos;
    return encrypted ? PagesStatus::encrypted : PagesStatus::damaged;
  }
  if (document->is_locked()) return PagesStatus::encrypted;
  std::vector<int> to_read;  // the pages read by OCR, at most ocr_page_limit
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    convlint::source::PdfPage read = page ? convlint::pdf::read_page(*page) : convlint::source::PdfPage{};
    const bool wants_ocr = ocr->mode == OcrMode::always ||
                           (ocr->mode == OcrMode::automatic && page && (read.words.empty() || convlint::pdf::has_ink_its_text_misses(*page, read)));
    if (page && wants_ocr && to_read.size() < convlint::pdf::ocr_page_limit) to_read.push_back(index);
    pages->push_back(std::move(read));
  }
  if (ocr->pacing != nullptr && !to_read.empty()) ocr->pacing->pages_to_read(static_cast<unsigned>(to_read.size()));
  const bool ocr_missing = !convlint::pdf::OcrQueue(data, size, std::move(to_read), *ocr, *pages).read(*document);
  const bool no_words = std::all_of(pages->begin(), pages->end(), [](const auto& page) { return page.words.empty(); });
  return ocr_missing && no_words ? PagesStatus::no_ocr : PagesStatus::ok;
}

extern "C" convlint::pdf::PagesStatus convlint_read_image(const char* data, size_t size, const convlint::source::OcrOptions* ocr,
                                                          std::vector<convlint::source::PdfPage>* pages) {
  using convlint::pdf::PagesStatus;
  auto read = convlint::pdf::recognise_image_file(reinterpret_cast<const uint8_t*>(data), size, *ocr);
  if (!read) return PagesStatus::no_ocr;
  if (read->empty()) return PagesStatus::damaged;
  *pages = std::move(*read);
  return PagesStatus::ok;
}
