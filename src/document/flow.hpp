#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "document/lexicon.hpp"
#include "lines.hpp"

namespace convlint::document {

// Assembles consecutive lines into blocks (paragraphs, sub-headings, list items, tables) inside one container,
// repairing what page breaks and footnote blocks cut: a paragraph that stops mid-sentence and resumes in lowercase
// after blank lines or footnotes is rejoined (a word hyphenated across the break too, keeping its hyphen: French
// compounds such as « visio-agents » are hyphenated anyway), and a table interrupted by blank lines (Word's rows
// typed with tab stops, one paragraph each), footnotes or a page break goes on as one table when the rows have the
// same shape.
class Flow {
 public:
  // List items deeper than `max_list_depth` levels are kept at the deepest level.
  // `lexicon` (may be null) tells the compounds that keep their hyphen when a line cuts them.
  Flow(std::string_view source, int max_list_depth, const Lexicon* lexicon)
      : source_(source), max_list_depth_(std::max(1, max_list_depth)), lexicon_(lexicon) {}

  // Blocks now go to `container`; the list-nesting and gap state starts afresh.
  void start(std::vector<Block>* container);
  // Adds one line; lines that are not content (blank, footnote text, page break) only mark a gap.
  void add(const grammar::ParsedLine& line);
  // Ends the current container: short standalone paragraphs become sub-headings.
  void finish();

 private:
  void add_text(const grammar::ParsedLine& line);
  void add_list_item(const grammar::ParsedLine& line);
  void add_table_row(const grammar::ParsedLine& line);
  void add_heading(Span title);
  // A row without figures under a row with some: the header of another table.
  bool starts_new_table(const Row& row, const Row& last) const;
  static bool has_digit(const Row& row);
  static size_t filled_cells(const Row& row);
  void seat_under_header(Table& table);
  Block* last_block();
  bool closes_enumeration(Span line) const;
  bool rejoins_after_break(const Block& block, Span line) const;
  // Appends `line` to a paragraph whose last line it continues: a word cut by a hyphen at the line's end is rejoined,
  // keeping its hyphen only when it is a compound (see keeps_hyphen).
  void continue_paragraph(Block& block, Span line, std::string_view joiner);

  std::string_view source_;
  int max_list_depth_;
  const Lexicon* lexicon_;
  std::vector<Block>* container_ = nullptr;
  std::vector<uint32_t> list_indents_;
  grammar::LineKind previous_kind_ = grammar::LineKind::blank;
  int blank_run_ = 0;
  bool gap_has_break_ = false;
};

// Appends `line` of `source` to `text` after `joiner`, the line that continues it: a word cut by a hyphen at the end
// of `text` is rejoined without the hyphen unless it is a compound (the lexicon's compound words; digits: « 7-11- »
// + « 2012 »).
void append_line(Text& text, std::string_view source, Span line, const Lexicon* lexicon, std::string_view joiner);

// True when `text` ends like a sentence or a clause (. ; : ! ? , » or a closing parenthesis), or is empty.
bool ends_sentence(std::string_view text);
// True when `text` starts with a lowercase letter, accented or not.
bool starts_lowercase(std::string_view text);
// True when a paragraph can stand as a sub-heading: one short line, no sentence punctuation at its end.
bool looks_like_subheading(std::string_view text);

}  // namespace convlint::document
