#include "pdf/ocr.hpp"

#include "source/extracted_text.hpp"
#include "source/ocr_words.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>

namespace convlint::pdf {

namespace {

constexpr double points_per_inch = 72;

// A Tesseract with `language`'s model, or null when that model is not installed.
std::unique_ptr<tesseract::TessBaseAPI> load_tesseract(const char* language, tesseract::OcrEngineMode engine,
                                                       tesseract::PageSegMode segmentation) {
  auto made = std::make_unique<tesseract::TessBaseAPI>();
  if (made->Init(nullptr, language, engine) != 0) return nullptr;
  made->SetPageSegMode(segmentation);
  made->SetVariable("debug_file", "/dev/null");  // Tesseract's warnings are not convlint's to print
  return made;
}

// One Tesseract per worker thread, loaded with the French model at its first page.
tesseract::TessBaseAPI* tesseract_of_this_thread() {
  thread_local const auto api = load_tesseract("fra", tesseract::OEM_LSTM_ONLY, tesseract::PSM_AUTO);
  return api.get();
}

// One Tesseract per worker thread with the orientation model (osd), loaded at the first page that seems turned;
// null when that model is not installed.
tesseract::TessBaseAPI* orientation_finder_of_this_thread() {
  thread_local const auto api = load_tesseract("osd", tesseract::OEM_TESSERACT_ONLY, tesseract::PSM_OSD_ONLY);
  return api.get();
}

// A footnote call OCR read as a mark that is not a digit (« ² » read « ? », « ¹ » read « : »): the word's text
// around it and the mark's box, to be read again as digits once the page is read.
struct RaisedMark {
  std::string before, after;
  int left = 0, top = 0, right = 0, bottom = 0;
};

struct OcrWord {
  std::string text;
  int left, top, right, bottom;
  float confidence;
  std::optional<RaisedMark> unread_call;
};

struct OcrLine {
  int left, top, right, bottom;
  int base_x1, base_y1, base_x2, base_y2;  // the baseline, through two points
  double ascent;                           // the height of its capitals above the baseline
  std::vector<OcrWord> words;
};

double median(std::vector<double> values, double otherwise) {
  if (values.empty()) return otherwise;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

// Vertical bars and specks read from table rules and dust: nothing a convention says.
bool is_noise(const OcrWord& word) {
  if (word.text.find_first_not_of("|!¦:;.,'`‘’-_~") != std::string::npos) return false;
  return word.text.find('|') != std::string::npos || word.confidence < 50;
}

struct Symbol {
  std::string text;
  bool raised;
  int left, top, right, bottom;
};

// A digit, or a mark OCR reads for a small raised digit: marks that sit on the baseline when they are what they look
// like, so that raised they can only be a call (« ? » for « ² », « : » for « ¹ »).
bool may_be_raised_digit(std::string_view symbol) {
  return symbol.size() == 1 && (source::is_ascii_digit(symbol[0]) || symbol == "?" || symbol == ":" || symbol == "!");
}

// The word at `at` with its raised digits written as superscripts when they sit above the baseline of `line` and
// smaller than its letters: a footnote call (« l'État¹ », « CP³. ») or the mark opening a footnote, which OCR reads
// as plain digits. A raised mark that is no digit (« ? », « : ») goes to `unread` to be read again.
std::string with_footnote_calls(const tesseract::ResultIterator& at, const OcrLine& line, std::string text,
                                std::optional<RaisedMark>& unread) {
  const double run = line.base_x2 - line.base_x1;
  auto baseline_at = [&](double x) { return run != 0 ? line.base_y1 + (line.base_y2 - line.base_y1) * (x - line.base_x1) / run : line.base_y1; };
  tesseract::ResultIterator symbol(at);
  std::vector<Symbol> symbols;
  do {
    const std::unique_ptr<char[]> piece(symbol.GetUTF8Text(tesseract::RIL_SYMBOL));
    int left = 0, top = 0, right = 0, bottom = 0;
    if (!piece || !*piece.get() || !symbol.BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom)) return text;
    const double baseline = baseline_at((left + right) / 2.0);
    const double ascent = line.ascent > 0 ? line.ascent : std::max(1.0, baseline - line.top);
    symbols.push_back({piece.get(), bottom < baseline - 0.3 * ascent && bottom - top < 0.75 * ascent, left, top, right, bottom});
  } while (symbol.Next(tesseract::RIL_SYMBOL) && !symbol.IsAtBeginningOf(tesseract::RIL_WORD));
  // The call stands before the word's closing punctuation, if any (« l'État¹. »).
  size_t end = symbols.size();
  while (end > 0 && !symbols[end - 1].raised && std::string_view(".,;)»").find(symbols[end - 1].text) != std::string_view::npos) --end;
  size_t first_call = end;
  while (first_call > 0 && symbols[first_call - 1].raised && may_be_raised_digit(symbols[first_call - 1].text)) --first_call;
  const bool opens_line = line.words.empty();
  // Raised digits alone are a call OCR split from its word when they stand close to it; a word's space away they
  // are a number the skew of the line lifted (« Article 2 »).
  const bool spaced = !opens_line && symbols.front().left - line.words.back().right > 0.25 * (line.bottom - line.top);
  if (first_call == end || (first_call == 0 && !opens_line && (end > 2 || spaced))) return text;
  std::string before, mark, after;
  for (size_t i = 0; i < symbols.size(); ++i) (i < first_call ? before : i < end ? mark : after) += symbols[i].text;
  if (std::all_of(mark.begin(), mark.end(), source::is_ascii_digit)) return before + source::superscript_digits(mark) + after;
  // A call follows a word, or opens its note: a mark after a figure (« 15: ») is the figure's.
  if (!before.empty() && source::is_ascii_digit(before.back())) return text;
  unread = RaisedMark{before, after, symbols[first_call].left, symbols[first_call].top, symbols[end - 1].right, symbols[first_call].bottom};
  for (size_t i = first_call; i < end; ++i) {
    unread->top = std::min(unread->top, symbols[i].top);
    unread->bottom = std::max(unread->bottom, symbols[i].bottom);
  }
  return text;
}

// The raised mark read again on its own, as digits only: a small call OCR could not read among the page's words
// reads as the digit it is once alone. Its digits, or "" when it still reads as none.
std::string read_as_digits(tesseract::TessBaseAPI& api, const RaisedMark& mark) {
  const int margin = std::max(4, mark.bottom - mark.top);
  api.SetPageSegMode(tesseract::PSM_SINGLE_WORD);
  api.SetVariable("tessedit_char_whitelist", "0123456789");
  api.SetRectangle(std::max(0, mark.left - margin), std::max(0, mark.top - margin), mark.right - mark.left + 2 * margin,
                   mark.bottom - mark.top + 2 * margin);
  const std::unique_ptr<char[]> read(api.GetUTF8Text());
  const int confidence = api.MeanTextConf();
  api.SetVariable("tessedit_char_whitelist", "");
  api.SetPageSegMode(tesseract::PSM_AUTO);
  // Made to read digits, Tesseract finds some in a speck too: it must be fairly sure of them.
  constexpr int least_confidence = 30;
  if (confidence < least_confidence) return "";
  std::string digits;
  for (const char* c = read ? read.get() : ""; *c; ++c)
    if (source::is_ascii_digit(*c)) digits += *c;
    else if (*c != ' ' && *c != '\n') return "";
  return digits;
}

// A speck of dust before a capitalised word or a figure (« ‘Entre », « “Article 5 », « ‘015102030101 », « .6. »)
// drags its confidence down, and the line may be dropped as dust: without the speck, the letters alone tell how sure
// OCR is of the word.
void drop_leading_speck(const tesseract::ResultIterator& at, OcrWord& word) {
  static constexpr std::string_view specks[] = {"\u2018", "\u2019", "\u201C", "\u201E", "'", "`", ".", ",", "\u00B7"};
  tesseract::ResultIterator symbol(at);
  const std::unique_ptr<char[]> first(symbol.GetUTF8Text(tesseract::RIL_SYMBOL));
  if (!first) return;
  const std::string_view speck = first.get();
  if (std::find(std::begin(specks), std::end(specks), speck) == std::end(specks)) return;
  const std::string_view rest = std::string_view(word.text).substr(std::min(speck.size(), word.text.size()));
  const bool capital = !rest.empty() && ((rest[0] >= 'A' && rest[0] <= 'Z') || rest.starts_with("\u00C9") || rest.starts_with("\u00C0"));
  const bool figure = !rest.empty() && rest[0] >= '0' && rest[0] <= '9';
  if (!word.text.starts_with(speck) || !(capital || figure)) return;
  float sum = 0;
  int letters = 0;
  while (symbol.Next(tesseract::RIL_SYMBOL) && !symbol.IsAtBeginningOf(tesseract::RIL_WORD)) {
    sum += symbol.Confidence(tesseract::RIL_SYMBOL);
    ++letters;
  }
  constexpr int fewest_letters = 2;
  if (letters < fewest_letters) return;
  word.text.erase(0, speck.size());
  word.confidence = sum / static_cast<float>(letters);
}

// Tesseract reads a hyphen of a compound now and then as a word of its own, or leaves it at the end or start of one
// half (« compte - rendu », « 0105- CRES »): a hyphen word and its neighbour are one word when the gap between them is
// well below the line's usual space (a dash set between spaces, « Article 2 - Objet », keeps them).
void join_hyphenated(OcrLine& line) {
  std::vector<OcrWord>& words = line.words;
  std::vector<double> gaps;
  for (size_t w = 1; w < words.size(); ++w) gaps.push_back(words[w].left - words[w - 1].right);
  const double narrow = 0.6 * median(gaps, 0);
  std::vector<OcrWord> joined;
  for (OcrWord& word : words) {
    const bool hyphen_between = !joined.empty() && !joined.back().text.empty() && !word.text.empty() &&
                                (joined.back().text.back() == '-' || word.text.front() == '-');
    if (hyphen_between && word.left - joined.back().right < narrow) {
      OcrWord& last = joined.back();
      last.text += word.text;
      last.right = std::max(last.right, word.right);
      last.top = std::min(last.top, word.top);
      last.bottom = std::max(last.bottom, word.bottom);
      last.confidence = std::min(last.confidence, word.confidence);
    } else {
      joined.push_back(std::move(word));
    }
  }
  words = std::move(joined);
}

std::vector<OcrLine> lines_of(tesseract::TessBaseAPI& api) {
  std::vector<OcrLine> lines;
  std::unique_ptr<tesseract::ResultIterator> at(api.GetIterator());
  if (!at) return lines;
  do {
    if (at->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      OcrLine line{};
      at->BoundingBox(tesseract::RIL_TEXTLINE, &line.left, &line.top, &line.right, &line.bottom);
      if (!at->Baseline(tesseract::RIL_TEXTLINE, &line.base_x1, &line.base_y1, &line.base_x2, &line.base_y2))
        line.base_x1 = line.left, line.base_x2 = line.right, line.base_y1 = line.base_y2 = line.bottom;
      // From the row's type rather than from its box, which a speck above the line stretches.
      float row_height = 0, descenders = 0, ascenders = 0;
      at->RowAttributes(&row_height, &descenders, &ascenders);
      line.ascent = row_height - std::abs(descenders);
      lines.push_back(std::move(line));
    }
    const std::unique_ptr<char[]> text(at->GetUTF8Text(tesseract::RIL_WORD));
    OcrWord word{text ? text.get() : "", 0, 0, 0, 0, at->Confidence(tesseract::RIL_WORD), std::nullopt};
    // Tesseract gives a word a space of its own now and then (« ⎵O0111-DR21- »)
    word.text.erase(0, std::min(word.text.find_first_not_of(' '), word.text.size()));
    word.text.erase(word.text.find_last_not_of(' ') + 1);
    if (word.text.empty() || lines.empty() || !at->BoundingBox(tesseract::RIL_WORD, &word.left, &word.top, &word.right, &word.bottom))
      continue;
    if (is_noise(word)) continue;
    drop_leading_speck(*at, word);
    word.text = with_footnote_calls(*at, lines.back(), std::move(word.text), word.unread_call);
    source::correct_ocr_word(word.text);
    lines.back().words.push_back(std::move(word));
  } while (at->Next(tesseract::RIL_WORD));
  at.reset();
  for (OcrLine& line : lines)
    for (OcrWord& word : line.words)
      if (word.unread_call)
        if (const std::string digits = read_as_digits(api, *word.unread_call); !digits.empty())
          word.text = word.unread_call->before + source::superscript_digits(digits) + word.unread_call->after;
  for (OcrLine& line : lines) join_hyphenated(line);
  // A line OCR is unsure of from end to end is a rule, a stamp or dust, read as letters (« ce [5 »).
  std::erase_if(lines, [](const OcrLine& line) {
    return std::none_of(line.words.begin(), line.words.end(), [](const OcrWord& word) { return word.confidence >= 60; });
  });
  return lines;
}

// The words Tesseract found in the image it was given, placed as a text layer places them: the page turned upright
// (a scan is always a little askew), each word as high as its line's type, from the baseline, in points.
source::PdfPage words_of(tesseract::TessBaseAPI& api, double dpi, double width_pixels, double height_pixels) {
  source::PdfPage page;
  page.ocr = true;
  const double scale = points_per_inch / dpi;
  page.height = height_pixels * scale;
  const std::vector<OcrLine> lines = lines_of(api);
  std::vector<double> slopes, heights;
  for (const OcrLine& line : lines) {
    if (line.base_x2 - line.base_x1 > width_pixels / 4)
      slopes.push_back(static_cast<double>(line.base_y2 - line.base_y1) / (line.base_x2 - line.base_x1));
  }
  const double slope = median(slopes, 0);
  for (const OcrLine& line : lines)
    if (!line.words.empty()) heights.push_back(line.bottom - line.top - std::abs(slope) * (line.right - line.left));
  const double em = median(heights, dpi / 6) / 0.95;  // ascender to descender is about 0.95 em
  const double centre_x = width_pixels / 2, centre_y = height_pixels / 2;
  double confidence_sum = 0;
  for (const OcrLine& line : lines) {
    const double middle = (line.left + line.right) / 2.0;
    const double run = line.base_x2 - line.base_x1;
    const double baseline = run != 0 ? line.base_y1 + (line.base_y2 - line.base_y1) * (middle - line.base_x1) / run : line.base_y1;
    const double upright_baseline = baseline - slope * (middle - centre_x);
    for (size_t w = 0; w < line.words.size(); ++w) {
      const OcrWord& found = line.words[w];
      const double shift = slope * ((found.top + found.bottom) / 2.0 - centre_y);
      source::PdfWord word;
      word.text = found.text;
      word.left = (found.left + shift) * scale;
      word.right = (found.right + shift) * scale;
      word.top = (upright_baseline - 0.9 * em) * scale;
      word.bottom = (upright_baseline + 0.22 * em) * scale;
      word.font_size = em * scale;
      // Tesseract splits « 0105-CRES » at its hyphen now and then: no space on either side of a hyphen.
      const bool hyphen_next = w + 1 < line.words.size() && line.words[w + 1].text.front() == '-';
      word.space_after = w + 1 < line.words.size() && !hyphen_next && found.text.back() != '-';
      word.confidence = found.confidence;
      confidence_sum += found.confidence;
      page.words.push_back(std::move(word));
    }
  }
  page.ocr_confidence = page.words.empty() ? 0.0f : static_cast<float>(confidence_sum / static_cast<double>(page.words.size()));
  return page;
}

source::PdfPage read_upright(tesseract::TessBaseAPI& api, const GreyImage& image) {
  api.SetImage(image.pixels, image.width, image.height, 1, image.stride);
  api.SetSourceResolution(static_cast<int>(image.dpi));
  source::PdfPage page = api.Recognize(nullptr) == 0 ? words_of(api, image.dpi, image.width, image.height) : source::PdfPage{};
  api.Clear();
  return page;
}

// True when most words of some length stand taller than wide: Tesseract read lines running down or up the page.
bool reads_sideways(const source::PdfPage& page) {
  size_t words = 0, standing = 0;
  for (const source::PdfWord& word : page.words) {
    if (word.text.size() < 3) continue;
    ++words;
    standing += word.bottom - word.top > word.right - word.left;
  }
  return standing * 2 > words;
}

// The clockwise quarter turns that bring `image` upright, by Tesseract's orientation model; 0 when it is upright,
// or the model is missing or unsure.
int quarter_turns_to_upright(const GreyImage& image) {
  tesseract::TessBaseAPI* finder = orientation_finder_of_this_thread();
  if (finder == nullptr) return 0;
  finder->SetImage(image.pixels, image.width, image.height, 1, image.stride);
  finder->SetSourceResolution(static_cast<int>(image.dpi));
  int degrees = 0;
  float confidence = 0, script_confidence = 0;
  const char* script = nullptr;
  const bool found = finder->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  finder->Clear();
  constexpr float sure = 2;  // Tesseract calls 15 reasonably confident; a turned page of text scores well above 2
  return found && confidence >= sure ? (4 - degrees / 90 % 4) % 4 : 0;
}

// `image` turned clockwise by `quarters` quarter turns, into `pixels`.
GreyImage turned(const GreyImage& image, int quarters, std::vector<uint8_t>& pixels) {
  const bool sideways = quarters % 2 == 1;
  GreyImage out{nullptr, sideways ? image.height : image.width, sideways ? image.width : image.height, 0, image.dpi};
  out.stride = out.width;
  pixels.assign(static_cast<size_t>(out.width) * static_cast<size_t>(out.height), 255);
  for (int y = 0; y < image.height; ++y) {
    const uint8_t* row = image.pixels + static_cast<ptrdiff_t>(y) * image.stride;
    for (int x = 0; x < image.width; ++x) {
      const int to_x = quarters == 1 ? image.height - 1 - y : quarters == 2 ? image.width - 1 - x : quarters == 3 ? y : x;
      const int to_y = quarters == 1 ? x : quarters == 2 ? image.height - 1 - y : quarters == 3 ? image.width - 1 - x : y;
      pixels[static_cast<size_t>(to_y) * static_cast<size_t>(out.stride) + static_cast<size_t>(to_x)] = row[x];
    }
  }
  out.pixels = pixels.data();
  return out;
}

}  // namespace

std::optional<source::PdfPage> recognise(const GreyImage& image) {
  tesseract::TessBaseAPI* api = tesseract_of_this_thread();
  if (api == nullptr) return std::nullopt;
  source::PdfPage page = read_upright(*api, image);
  // A page scanned sideways or upside down reads poorly as it is: Tesseract's orientation model is asked only then
  // (it costs about half a page's reading), and the page turned upright is kept when it reads better.
  constexpr float readable = 75;
  if (!page.words.empty() && page.ocr_confidence >= readable && !reads_sideways(page)) return page;
  const int quarters = quarter_turns_to_upright(image);
  if (quarters == 0) return page;
  std::vector<uint8_t> pixels;
  source::PdfPage upright = read_upright(*api, turned(image, quarters, pixels));
  return upright.ocr_confidence > page.ocr_confidence ? upright : page;
}

std::optional<std::vector<source::PdfPage>> recognise_image_file(const uint8_t* data, size_t size, const source::OcrOptions& ocr) {
  tesseract::TessBaseAPI* api = tesseract_of_this_thread();
  if (api == nullptr) return std::nullopt;
  setMsgSeverity(L_SEVERITY_NONE);  // Leptonica reports undecodable images on stderr; convlint reports the file
  std::vector<Pix*> images;
  l_int32 format = IFF_UNKNOWN, width = 0, height = 0, bits = 0, samples = 0, colourmap = 0;
  if (pixReadHeaderMem(data, size, &format, &width, &height, &bits, &samples, &colourmap) != 0 ||
      static_cast<double>(width) * height > max_ocr_pixels)
    return std::vector<source::PdfPage>{};
  if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS ||
      format == IFF_TIFF_RLE || format == IFF_TIFF_G3 || format == IFF_TIFF_JPEG) {
    if (Pixa* pages = pixaReadMemMultipageTiff(data, size)) {
      for (l_int32 i = 0; i < pixaGetCount(pages); ++i) images.push_back(pixaGetPix(pages, i, L_CLONE));
      pixaDestroy(&pages);
    }
  } else if (Pix* image = pixReadMem(data, size)) {
    images.push_back(image);
  }
  std::vector<source::PdfPage> pages;
  if (ocr.pacing != nullptr && !images.empty()) ocr.pacing->pages_to_read(static_cast<unsigned>(images.size()));
  for (Pix*& image : images) {
    const l_int32 resolution = pixGetXRes(image);
    const double dpi = resolution >= 70 && resolution <= 1200 ? resolution : 300;
    if (ocr.before_ocr_page) ocr.before_ocr_page();
    // In grey, one byte a pixel, as a PDF page is rendered: the same reading, turned upright if need be.
    Pix* grey = pixConvertTo8(image, 0);
    pixDestroy(&image);
    if (grey == nullptr) {
      pages.emplace_back();
      continue;
    }
    const int columns = pixGetWidth(grey), rows = pixGetHeight(grey);
    std::vector<uint8_t> pixels(static_cast<size_t>(columns) * static_cast<size_t>(rows));
    for (int y = 0; y < rows; ++y) {
      const l_uint32* row = pixGetData(grey) + static_cast<ptrdiff_t>(y) * pixGetWpl(grey);
      for (int x = 0; x < columns; ++x) pixels[static_cast<size_t>(y) * static_cast<size_t>(columns) + static_cast<size_t>(x)] = static_cast<uint8_t>(GET_DATA_BYTE(row, x));
    }
    pixDestroy(&grey);
    pages.push_back(recognise({pixels.data(), columns, rows, columns, dpi}).value_or(source::PdfPage{}));
    if (ocr.pacing != nullptr) ocr.pacing->page_read();
  }
  return pages;
}

}  // namespace convlint::pdf
