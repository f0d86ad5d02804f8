#include "document/page_furniture.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>

#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

using grammar::LineKind;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// « 3 », « - 3 - », « Page 3 », « Page 3 / 7 », « 3/7 », « 3 sur 7 »: nothing but a page number.
bool is_page_number(std::string_view line) {
  constexpr size_t longest = 24;  // « - Page 123 sur 456 - » and room around
  const size_t first = line.find_first_not_of(" \t\f");
  line = line.substr(std::min(first, line.size()));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() > longest || line.find_first_of("0123456789") == std::string_view::npos) return false;
  const std::string folded = source::fold(line);
  std::string_view rest = folded;
  auto skip = [&](std::string_view chars) {
    while (!rest.empty() && chars.find(rest.front()) != std::string_view::npos) rest.remove_prefix(1);
  };
  auto number = [&] {
    const size_t digits = rest.find_first_not_of("0123456789");
    const size_t length = digits == std::string_view::npos ? rest.size() : digits;
    const bool leading_zero = length > 0 && rest.front() == '0';  // pages start at 1: « 0 » is a table's amount
    rest.remove_prefix(length);
    return length > 0 && length <= 3 && !leading_zero;
  };
  skip(" -\t");
  if (rest.starts_with("page")) rest.remove_prefix(4);
  skip(" ");
  if (!number()) return false;
  skip(" ");
  if (rest.starts_with("/") || rest.starts_with("sur")) {
    rest.remove_prefix(rest.starts_with("/") ? 1 : 3);
    skip(" ");
    if (!number()) return false;
  }
  skip(" -\t");
  return rest.empty();
}

}  // namespace

void mark_page_furniture(std::string_view text, std::vector<grammar::ParsedLine>& lines) {
  constexpr size_t shortest_header = 10, longest_header = 120;
  constexpr size_t repeats = 2;  // a running header is next to two page breaks at least
  auto key = [&](const grammar::ParsedLine& line) {
    const std::string_view view = text.substr(line.line.begin, line.line.size());
    const size_t first = view.find_first_not_of(" \t\f");
    if (first == std::string_view::npos) return std::string();
    const std::string_view trimmed = view.substr(first, view.find_last_not_of(" \t") - first + 1);
    if (trimmed.size() < shortest_header || trimmed.size() > longest_header) return std::string();
    // Digits aside: « Convention DINUM – page 3 » and « … page 4 » are one header.
    std::string shape;
    for (const char c : trimmed) shape += is_digit(c) ? '#' : c;
    return shape;
  };
  for (auto& line : lines) {
    const bool may_be = line.kind == LineKind::text || line.kind == LineKind::list_item;  // « - 3 - » reads as a list item
    if (may_be && is_page_number(text.substr(line.line.begin, line.line.size()))) line.kind = LineKind::page_break;
  }
  // A draft's watermark as `pdftotext -layout` scatters it: one capital letter alone on its line, two blank lines at
  // least above or below (« le » ⏎ ⏎ ⏎ « O » ⏎ « délégant »): read as a page break, so the sentence it cuts is rejoined.
  auto blank = [&](size_t at) { return at < lines.size() && lines[at].kind == LineKind::blank; };
  for (size_t i = 2; i + 2 < lines.size(); ++i) {
    if (lines[i].kind != LineKind::text || !((blank(i - 1) && blank(i - 2)) || (blank(i + 1) && blank(i + 2)))) continue;
    const std::string_view view = text.substr(lines[i].line.begin, lines[i].line.size());
    const size_t first = view.find_first_not_of(" \t");
    if (first != std::string_view::npos && view.find_last_not_of(" \t") == first && view[first] >= 'A' && view[first] <= 'Z')
      lines[i].kind = LineKind::page_break;
  }
  // A running header or footer: the same line again and again, next to page breaks (within two lines of one), and
  // next to two different ones at least: two rows of a table around a number alone are no header.
  auto break_near = [&](size_t index) -> std::optional<size_t> {
    for (size_t at = index >= 2 ? index - 2 : 0; at < lines.size() && at <= index + 2; ++at) {
      if (at != index && lines[at].kind == LineKind::page_break) return at;
    }
    return std::nullopt;
  };
  std::map<std::string, std::set<size_t>> breaks_near;
  bool repeated = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::text) continue;
    const auto near = break_near(i);
    if (!near) continue;
    const std::string shape = key(lines[i]);
    if (shape.empty()) continue;
    auto& breaks = breaks_near[shape];
    breaks.insert(*near);
    repeated = repeated || breaks.size() >= repeats;
  }
  if (!repeated) return;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::text) continue;
    const std::string shape = key(lines[i]);
    if (shape.empty()) continue;
    const auto breaks = breaks_near.find(shape);
    if (breaks != breaks_near.end() && breaks->second.size() >= repeats) lines[i].kind = LineKind::page_break;
  }
}

}  // namespace convlint::document
