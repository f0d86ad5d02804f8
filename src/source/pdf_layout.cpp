#include "source/pdf_layout.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "source/pdf_lines.hpp"

namespace convlint::source {

namespace {

using pdf_lines::Line;
using pdf_lines::is_superscript_number;
using pdf_lines::page_lines;

constexpr double margin_share = 0.1;    // running headers and footers sit in the top and bottom tenth
constexpr double type_size_change = 1.15;  // lines whose type sizes differ more than this are not one paragraph
constexpr double paragraph_gap = 0.45;  // a blank wider than this many font sizes separates paragraphs

// "12", "- 12 -", "Page 12", "page 3 sur 7", "3/7": a page number alone on its line.
bool is_page_number(std::string_view text) {
  auto skip = [&](std::string_view chars) {
    while (!text.empty() && chars.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
  };
  auto digits = [&] {
    const size_t count = std::find_if(text.begin(), text.end(), [](char c) { return c < '0' || c > '9'; }) - text.begin();
    text.remove_prefix(count);
    return count > 0;
  };
  while (!text.empty() && (text.back() == ' ' || text.back() == '-')) text.remove_suffix(1);
  skip(" -");
  if (text.starts_with("Page") || text.starts_with("page")) text.remove_prefix(4);
  skip(" ");
  if (!digits()) return false;
  skip(" ");
  if (text.starts_with("/")) text.remove_prefix(1);
  else if (text.starts_with("sur")) text.remove_prefix(3);
  else return text.empty();
  skip(" ");
  return digits() && text.empty();
}

// A running header or footer compared across pages: its digits (page numbers, dates) blurred.
std::string running_key(std::string_view text) {
  std::string key;
  for (const char c : text) key += c >= '0' && c <= '9' ? '#' : c;
  return key;
}

bool in_margin(const Line& line, double page_height) {
  return line.bottom < margin_share * page_height || line.top > (1 - margin_share) * page_height;
}

std::vector<std::vector<Line>> body_lines(const std::vector<PdfPage>& pages) {
  std::vector<std::vector<Line>> all;
  std::map<std::string, size_t> pages_with;
  for (const PdfPage& page : pages) {
    all.push_back(page_lines(page));
    std::set<std::string> seen;
    for (const Line& line : all.back())
      if (in_margin(line, page.height) && seen.insert(running_key(line.text)).second) ++pages_with[running_key(line.text)];
  }
  const size_t repeated = std::max<size_t>(2, (pages.size() + 1) / 2);
  for (size_t p = 0; p < pages.size(); ++p) {
    std::erase_if(all[p], [&](const Line& line) {
      return in_margin(line, pages[p].height) &&
             (is_page_number(line.text) || pages_with[running_key(line.text)] >= repeated);
    });
  }
  return all;
}

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

bool starts_lowercase(std::string_view text) {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  return (c >= 'a' && c <= 'z') || (c == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0);
}

bool starts_list_item(std::string_view text) {
  for (std::string_view marker : {"- ", "\u2022", "\u2013 ", "\u2014 ", "* "})
    if (text.starts_with(marker)) return true;
  return false;
}

// « Article 2 – Obligations » or « Annexe 1 » opening a line: a heading, even where OCR, which cannot tell type
// sizes, set it no larger than the text.
bool opens_heading(std::string_view text) {
  for (std::string_view word : {"Article ", "ARTICLE ", "Art. ", "Annexe ", "ANNEXE "}) {
    if (!text.starts_with(word)) continue;
    const char next = text.size() > word.size() ? text[word.size()] : '\0';
    return std::isdigit(static_cast<unsigned char>(next)) || next == 'I' || next == 'V' || next == 'X' ||
           text.substr(word.size()).starts_with("premier");
  }
  return false;
}

std::string_view last_word(std::string_view text) {
  const size_t space = text.find_last_of(" \t(«'\u2019");
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

std::string_view first_word(std::string_view text) {
  return text.substr(0, std::min(text.find_first_of(" ,.;:)"), text.size()));
}

// French compounds keep their hyphen when split at it: « sous-/directeur », « ci-/après », « celle-/ci ».
bool is_compound_hyphen(std::string_view before, std::string_view after) {
  static constexpr std::string_view first_parts[] = {"sous", "vice", "ci", "au", "non", "quasi", "demi", "semi",
                                                     "mi", "ex", "arrière", "avant", "après", "contre", "entre",
                                                     "grand", "saint", "sainte", "dix", "vingt", "porte", "c'est"};
  static constexpr std::string_view second_parts[] = {"ci", "là", "dessus", "dessous", "après", "même", "mêmes",
                                                      "être", "il", "elle", "ils", "elles", "on", "delà", "à-dire"};
  before.remove_suffix(1);  // the hyphen
  for (std::string_view word : first_parts)
    if (before == word) return true;
  for (std::string_view word : second_parts)
    if (after == word) return true;
  return false;
}

// Builds the text line by line, holding back the current line while the next may continue it.
// Every word written with an inner hyphen somewhere in the document (« partenaire-délégataire »), to tell a compound
// split at its hyphen from a word hyphenated at a line end.
std::set<std::string, std::less<>> hyphenated_words(const std::vector<std::vector<Line>>& pages) {
  std::set<std::string, std::less<>> words;
  for (const auto& lines : pages) {
    for (const Line& line : lines) {
      std::string_view rest = line.text;
      while (!rest.empty()) {
        const size_t end = std::min(rest.find_first_of(" \t,.;:()«»"), rest.size());
        const std::string_view word = rest.substr(0, end);
        const size_t hyphen = word.find('-');
        if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size()) words.emplace(word);
        rest.remove_prefix(std::min(end + 1, rest.size()));
      }
    }
  }
  return words;
}

bool read_by_ocr(const Line& line) { return !line.words.empty() && line.words.front().confidence >= 0; }

class Assembler {
 public:
  explicit Assembler(std::set<std::string, std::less<>> compounds) : compounds_(std::move(compounds)) {}

  void new_page() { page_break_ = previous_ != nullptr; }

  // A page with no line at all (a blank page, or a scan OCR read nothing from) still has its place in the text: a
  // page break of its own, for what is said of that page to point at.
  void empty_page(uint32_t page) {
    flush();
    out_.add_line("\f", page, {});
  }

  void add(const Line& line, double body_right, uint32_t page) {
    if (page_break_) {
      page_break_ = false;
      // Across pages only a word cut by a hyphen is rejoined here; the document builder rejoins sentences.
      if (hyphenated_word_end() && starts_lowercase(line.text) && !line.has_columns) return join(line, page);
      flush();
      out_.add_line("\f", page, {});
    } else if (previous_ != nullptr && line.top - previous_->bottom > paragraph_gap * previous_->font_size) {
      flush();
      out_.add_blank(page);
    } else if (continues(line, body_right)) {
      return join(line, page);
    } else {
      flush();
    }
    pending_ = line.text;
    pending_lines_.assign(1, &line);
    pending_origin_ = page;
    pending_box_ = {};
    confidence_sum_ = 0;
    confidence_count_ = 0;
    widen(line, page);
    previous_ = &line;
  }

  ExtractedText finish() {
    flush();
    return std::move(out_);
  }

 private:
  bool hyphenated_word_end() const {
    return pending_.size() >= 2 && pending_.back() == '-' &&
           is_letter_byte(static_cast<unsigned char>(pending_[pending_.size() - 2]));
  }

  // « 7-11- » at a line's end and « 2012 » below, « 0134-CDGE- » and « CSNU »: a date or a code cut at one of its
  // hyphens, its parts made of digits and capitals.
  bool cut_number(const Line& line) const {
    auto code_byte = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'Z'); };
    if (pending_.size() < 2 || pending_.back() != '-' || !code_byte(pending_[pending_.size() - 2]) || line.text.empty()) return false;
    const std::string_view next = first_word(line.text);
    const std::string_view before = last_word(pending_);
    const bool digits = std::any_of(before.begin(), before.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return !next.empty() && (digits || std::isdigit(static_cast<unsigned char>(next.front()))) &&
           std::all_of(next.begin(), next.end(), [&](char c) { return code_byte(c) || c == '-'; });
  }

  // The next line goes on with the same paragraph when its first word would not have fitted at the end of the
  // previous one (the line was full), or the previous one cut a word or holds only a footnote mark; table rows and
  // list items stand alone.
  bool continues(const Line& line, double body_right) const {
    if (previous_ == nullptr || previous_->has_columns || line.has_columns || starts_list_item(line.text)) return false;
    // A heading set in larger type ends where the body text starts, however full its last line (type sizes of a text
    // layer only: OCR estimates each line's size from its letters).
    const double larger = std::max(previous_->font_size, line.font_size), smaller = std::min(previous_->font_size, line.font_size);
    if (!read_by_ocr(line) && !read_by_ocr(*previous_) && larger > type_size_change * smaller) return false;
    if (hyphenated_word_end() && starts_lowercase(line.text)) return true;
    if (cut_number(line)) return true;
    const size_t last = pending_.find_last_not_of(' ');
    if (last != std::string::npos && std::string_view(".:;").find(pending_[last]) != std::string_view::npos && opens_heading(line.text)) return false;
    if (is_superscript_number(pending_)) return true;
    return body_right - previous_->right < line.first_word_width + previous_->font_size;
  }

  // The pending line's box grows with the lines of its page joined to it; its confidence is its OCR words' mean.
  void widen(const Line& line, uint32_t page) {
    if (page != pending_origin_) return;
    const bool first = pending_box_.right <= pending_box_.left;
    pending_box_.left = first ? static_cast<float>(line.left) : std::min(pending_box_.left, static_cast<float>(line.left));
    pending_box_.top = first ? static_cast<float>(line.top) : std::min(pending_box_.top, static_cast<float>(line.top));
    pending_box_.right = std::max(pending_box_.right, static_cast<float>(line.right));
    pending_box_.bottom = std::max(pending_box_.bottom, static_cast<float>(line.bottom));
    for (const PdfWord& word : line.words) {
      if (word.confidence < 0) continue;
      confidence_sum_ += word.confidence;
      ++confidence_count_;
    }
  }

  void join(const Line& line, uint32_t page) {
    widen(line, page);
    if (hyphenated_word_end() && starts_lowercase(line.text)) {
      const std::string_view before = last_word(pending_), after = first_word(line.text);
      const bool compound = is_compound_hyphen(before, after) || compounds_.contains(std::string(before) + std::string(after));
      if (!compound) pending_.pop_back();
    } else if (cut_number(line)) {
      // the hyphen is the number's own
    } else {
      pending_ += ' ';
    }
    pending_ += line.text;
    pending_lines_.push_back(&line);
    previous_ = &line;
  }

  // Where each OCR word of the pending line lies in it: looked for in order, a little ahead of the previous one (a
  // word the layout rewrote, a raised call made superscript, is not found and keeps its line's confidence).
  void place_ocr_words() {
    const auto line = static_cast<uint32_t>(out_.origins.size());
    size_t cursor = 0;
    for (const Line* joined : pending_lines_) {
      for (const PdfWord& word : joined->words) {
        if (word.confidence < 0 || word.text.empty()) continue;
        const size_t found = pending_.find(word.text, cursor);
        if (found == std::string::npos || found > cursor + 8 + word.text.size()) continue;
        out_.ocr_words.push_back({line, static_cast<uint32_t>(found), static_cast<uint32_t>(found + word.text.size()), word.confidence});
        cursor = found + word.text.size();
      }
    }
  }

  void flush() {
    if (pending_.empty()) return;
    LineBox box = pending_box_;
    box.confidence = confidence_count_ > 0 ? static_cast<float>(confidence_sum_ / static_cast<double>(confidence_count_)) : -1.0f;
    if (confidence_count_ > 0) place_ocr_words();
    out_.add_line(pending_, pending_origin_, box);
    pending_.clear();
  }

  std::set<std::string, std::less<>> compounds_;
  ExtractedText out_;
  std::string pending_;
  std::vector<const Line*> pending_lines_;
  uint32_t pending_origin_ = 1;
  LineBox pending_box_;
  double confidence_sum_ = 0;
  size_t confidence_count_ = 0;
  const Line* previous_ = nullptr;
  bool page_break_ = false;
};

}  // namespace

ExtractedText lay_out_pages(const std::vector<PdfPage>& pages) {
  const std::vector<std::vector<Line>> lines = body_lines(pages);
  Assembler assembler(hyphenated_words(lines));
  for (size_t p = 0; p < lines.size(); ++p) {
    const auto page = static_cast<uint32_t>(p + 1);
    double body_right = 0;
    for (const Line& line : lines[p]) body_right = std::max(body_right, line.right);
    assembler.new_page();
    if (lines[p].empty()) assembler.empty_page(page);
    for (const Line& line : lines[p]) assembler.add(line, body_right, page);
  }
  ExtractedText text = assembler.finish();
  for (size_t p = 0; p < pages.size(); ++p)
    if (pages[p].ocr) text.ocr_pages.push_back({static_cast<uint32_t>(p + 1), pages[p].ocr_confidence});
  return text;
}

}  // namespace convlint::source
