#include "source/pdf_layout.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>

namespace convlint::source {

namespace {

struct Line {
  std::string text;
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  bool has_columns = false;
};

constexpr double margin_share = 0.1;        // running headers and footers sit in the top and bottom tenth
constexpr double column_gap = 1.5;          // a gap wider than this many font sizes separates table columns
constexpr double paragraph_gap = 0.45;      // a blank wider than this many font sizes separates paragraphs
constexpr double full_line_slack = 4.0;     // a line ending this many font sizes short of the margin ends a paragraph

bool overlaps_vertically(const PdfWord& word, const Line& line) {
  const double overlap = std::min(word.bottom, line.bottom) - std::max(word.top, line.top);
  return overlap > 0.5 * std::min(word.bottom - word.top, line.bottom - line.top);
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string superscript(std::string_view digits) {
  static constexpr std::array<const char*, 10> marks = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  for (const char digit : digits) out += marks[static_cast<size_t>(digit - '0')];
  return out;
}

// A footnote call set smaller and raised above the line's baseline.
bool is_raised_number(const PdfWord& word, const Line& line) {
  return all_digits(word.text) && word.font_size < 0.8 * line.font_size &&
         word.bottom < line.bottom - 0.2 * line.font_size;
}

Line make_line(std::vector<PdfWord> words) {
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
  Line line{{}, words.front().left, words.front().top, words.front().right, words.front().bottom, 0, false};
  for (const PdfWord& word : words) {
    line.font_size = std::max(line.font_size, word.font_size);
    line.top = std::min(line.top, word.top);
    line.bottom = std::max(line.bottom, word.bottom);
  }
  const PdfWord* previous = nullptr;
  for (const PdfWord& word : words) {
    if (previous != nullptr && is_raised_number(word, line)) {
      line.text += superscript(word.text);
    } else {
      if (previous != nullptr) {
        const double gap = word.left - previous->right;
        if (gap > column_gap * line.font_size) {
          line.text += '\t';
          line.has_columns = true;
        } else if (previous->space_after || gap > 0.15 * line.font_size) {
          line.text += ' ';
        }
      }
      line.text += word.text;
    }
    line.right = std::max(line.right, word.right);
    previous = &word;
  }
  return line;
}

std::vector<Line> page_lines(const PdfPage& page) {
  std::vector<PdfWord> words = page.words;
  std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.top < b.top; });
  std::vector<std::vector<PdfWord>> groups;
  std::vector<Line> bounds;  // the vertical extent of each group so far
  for (PdfWord& word : words) {
    if (word.text.empty()) continue;
    if (!bounds.empty() && overlaps_vertically(word, bounds.back())) {
      bounds.back().top = std::min(bounds.back().top, word.top);
      bounds.back().bottom = std::max(bounds.back().bottom, word.bottom);
      groups.back().push_back(std::move(word));
    } else {
      bounds.push_back({{}, 0, word.top, 0, word.bottom, 0, false});
      groups.push_back({std::move(word)});
    }
  }
  std::vector<Line> lines;
  for (auto& group : groups) lines.push_back(make_line(std::move(group)));
  return lines;
}

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
class Assembler {
 public:
  void new_page() { page_break_ = previous_ != nullptr; }

  void add(const Line& line, double body_right, uint32_t page) {
    if (page_break_) {
      page_break_ = false;
      // Across pages only a word cut by a hyphen is rejoined here; the document builder rejoins sentences.
      if (hyphenated_word_end() && starts_lowercase(line.text) && !line.has_columns) return join(line);
      flush();
      out_.add_line("\f", page);
    } else if (previous_ != nullptr && line.top - previous_->bottom > paragraph_gap * previous_->font_size) {
      flush();
      out_.add_blank(page);
    } else if (continues(line, body_right)) {
      return join(line);
    } else {
      flush();
    }
    pending_ = line.text;
    pending_origin_ = page;
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

  // The next line goes on with the same paragraph: the previous one ran to the margin or cut a word, and neither is a
  // table row.
  bool continues(const Line& line, double body_right) const {
    if (previous_ == nullptr || previous_->has_columns || line.has_columns || starts_list_item(line.text)) return false;
    return (hyphenated_word_end() && starts_lowercase(line.text)) || previous_->right >= body_right - full_line_slack * previous_->font_size;
  }

  void join(const Line& line) {
    if (hyphenated_word_end() && starts_lowercase(line.text)) {
      if (!is_compound_hyphen(last_word(pending_), first_word(line.text))) pending_.pop_back();
    } else {
      pending_ += ' ';
    }
    pending_ += line.text;
    previous_ = &line;
  }

  void flush() {
    if (!pending_.empty()) out_.add_line(pending_, pending_origin_);
    pending_.clear();
  }

  ExtractedText out_;
  std::string pending_;
  uint32_t pending_origin_ = 1;
  const Line* previous_ = nullptr;
  bool page_break_ = false;
};

}  // namespace

ExtractedText lay_out_pages(const std::vector<PdfPage>& pages) {
  const std::vector<std::vector<Line>> lines = body_lines(pages);
  Assembler assembler;
  for (size_t p = 0; p < lines.size(); ++p) {
    const auto page = static_cast<uint32_t>(p + 1);
    double body_right = 0;
    for (const Line& line : lines[p]) body_right = std::max(body_right, line.right);
    assembler.new_page();
    for (const Line& line : lines[p]) assembler.add(line, body_right, page);
  }
  return assembler.finish();
}

}  // namespace convlint::source
