#include "document/table_of_contents.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "document/text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

using grammar::LineKind;
using grammar::ParsedLine;

constexpr size_t longest_page_number = 3;  // digits
constexpr size_t most_entry_lines = 3;     // an entry whose title wraps over lines

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether `line` ends with a page number set apart by a tab, a dot leader (« ....... 2 », « …… 2 ») or a space.
bool ends_with_page_number(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  size_t digits = 0;
  while (digits < line.size() && is_digit(line[line.size() - 1 - digits])) ++digits;
  if (digits == 0 || digits > longest_page_number || digits == line.size()) return false;
  const char before = line[line.size() - 1 - digits];
  return before == ' ' || before == '\t' || before == '.' || line.substr(0, line.size() - digits).ends_with("\xE2\x80\xA6");
}

bool is_heading(const ParsedLine& line) {
  return line.kind == LineKind::article_heading || line.kind == LineKind::annex_heading || line.kind == LineKind::numbered_heading;
}

class Contents {
 public:
  Contents(std::string_view text, std::vector<ParsedLine>& lines) : text_(text), lines_(lines) {}

  const std::vector<size_t>& first_entries() const { return first_entries_; }

  // The entries of the run that starts at `at` (blank lines between them); returns where it ends. Without the page
  // numbers (OCR loses them in the dot leaders), three headings in a row with nothing between them are a table too.
  size_t mark_run(size_t at) {
    const size_t end = mark_run(at, true);
    return end != at && lines_[at].kind == LineKind::blank ? end : std::max(end, mark_run(at, false));
  }

 private:
  size_t mark_run(size_t at, bool page_numbers) {
    constexpr size_t fewest_headings[] = {3, 2};  // without page numbers, with them
    std::vector<std::pair<size_t, size_t>> entries;  // first and last line of each
    int first_number = -1;
    LineKind first_kind = LineKind::text;
    size_t articles = 0;
    for (size_t next = at; next < lines_.size();) {
      if (lines_[next].kind == LineKind::blank) {
        ++next;
        continue;
      }
      const auto last = page_numbers ? entry_end(next) : is_heading(lines_[next]) ? std::optional(next) : std::nullopt;
      if (!last) break;
      if (is_heading(lines_[next])) {
        if (first_number < 0) first_number = lines_[next].number, first_kind = lines_[next].kind;
        ++articles;
      }
      entries.emplace_back(next, *last);
      next = *last + 1;
    }
    if (entries.empty()) return at;
    const size_t end = entries.back().second;
    if (articles < fewest_headings[page_numbers] || first_number < 0 || !repeated_later(end, first_kind, first_number)) return end;
    for (const auto& [first, last] : entries) {
      for (size_t line = first; line <= last; ++line) lines_[line].kind = LineKind::blank;
    }
    first_entries_.push_back(entries.front().first);
    return end;
  }

  // The last line of the entry that starts at `at`: the first line, within a few, that ends with a page number, or
  // that is one alone (`pdftotext` without -layout puts a page number set far right on a line of its own).
  std::optional<size_t> entry_end(size_t at) const {
    for (size_t line = at; line < lines_.size() && line < at + most_entry_lines; ++line) {
      const std::string_view text = trim_decorations(text_.substr(lines_[line].line.begin, lines_[line].line.size()));
      const bool page_number_alone = line > at && !text.empty() && text.size() <= longest_page_number && std::all_of(text.begin(), text.end(), is_digit);
      if (page_number_alone) return line;
      if (lines_[line].kind == LineKind::blank || (line > at && lines_[line].kind != LineKind::text)) return std::nullopt;
      if (ends_with_page_number(text_.substr(lines_[line].line.begin, lines_[line].line.size()))) return line;
    }
    return std::nullopt;
  }

  bool repeated_later(size_t after, LineKind kind, int number) {
    if (last_heading_.empty()) {  // worked out once, for the first run that may be a table
      for (size_t line = 0; line < lines_.size(); ++line) {
        if (is_heading(lines_[line])) last_heading_[{lines_[line].kind, lines_[line].number}] = line;
      }
    }
    const auto last = last_heading_.find({kind, number});
    return last != last_heading_.end() && last->second > after;
  }

  std::string_view text_;
  std::vector<ParsedLine>& lines_;
  std::map<std::pair<LineKind, int>, size_t> last_heading_;  // where each heading's kind and number is last found
  std::vector<size_t> first_entries_;                        // the first line of each table found
};

}  // namespace

void mark_table_of_contents(std::string_view text, std::vector<ParsedLine>& lines, const Lexicon* lexicon) {
  Contents contents(text, lines);
  for (size_t at = 0; at < lines.size(); ++at) {
    if (is_heading(lines[at])) at = contents.mark_run(at);
  }
  if (lexicon == nullptr) return;
  for (const size_t first : contents.first_entries()) {
    size_t above = first;
    while (above > 0 && lines[above - 1].kind == LineKind::blank) --above;
    if (above == 0 || lines[above - 1].kind != LineKind::text) continue;
    const std::string heading = folded_words(text.substr(lines[above - 1].line.begin, lines[above - 1].line.size()));
    if (lexicon->has_word(id(Core::contents), heading)) lines[above - 1].kind = LineKind::blank;
  }
}

}  // namespace convlint::document
