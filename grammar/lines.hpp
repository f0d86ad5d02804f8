#pragma once
// Public face of the block grammar; PEGTL stays inside grammar.cpp.

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/span.hpp"

namespace convlint::grammar {

enum class LineKind : uint8_t {
  blank,
  page_break,        // form feed
  footnote_text,     // "¹ text", "[^1]: text"
  separator_row,     // "---|---", "------\t---"
  horizontal_rule,   // "---", "***"
  article_heading,   // "Article 1 : Objet", "ARTICLE 1er – OBJET", "Art. 2.", "# Article 3"
  annex_heading,     // "Annexe 1 : …"
  preamble_heading,  // "Préambule"
  agreed,            // "Il a été convenu ce qui suit :"
  between,           // "Entre"
  together,          // "Et ensemble, « les parties »"
  and_party,         // "Et"
  part_marker,       // "D'une part", "D'autre part"
  visa,              // "Vu …"
  signature_place,   // "Fait à Paris, le …"
  list_item,         // "- …", "• …", "a) …"
  table_row,         // tab-separated or pipe cells
  numbered_heading,  // "1. Objet de la délégation."
  markdown_heading,  // "## Title"
  text,
};

// One classified line. Spans are byte offsets into the text given to parse_lines.
struct ParsedLine {
  LineKind kind = LineKind::text;
  Span line;                // the whole line, without its '\n'
  Span title;               // headings: the title after the number and separator (may be empty)
  Span content;             // list items, visas, parties markers, footnotes: the text after the marker
  int number = -1;          // headings and footnotes: the number, when there is one
  bool inserted = false;    // « Article 2 bis »: a heading inserted after its number's (bis, ter, quater…)
  uint32_t indent = 0;      // leading white space, a tab counting 4
  std::vector<Span> cells;  // table rows
};

// Classifies every line of `text` (LF line ends). Total: every line gets a kind, `text` at worst.
std::vector<ParsedLine> parse_lines(std::string_view text);

// Name of a line kind, for debugging output and tests.
std::string_view line_kind_name(LineKind kind);

}  // namespace convlint::grammar
