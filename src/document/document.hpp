#pragma once
// The document tree of a convention. Every node keeps its span in the normalised text; SourceText::position turns
// a span into the original line and column.

#include <optional>
#include <string>
#include <vector>

#include "document/facts.hpp"
#include "document/kind.hpp"
#include "document/lexicon.hpp"
#include "document/text.hpp"
#include "document/text_fold.hpp"
#include "source/folded_text.hpp"
#include "source/source_text.hpp"

namespace convlint::document {

struct Cell {
  Text text;
};

struct Row {
  std::vector<Cell> cells;
  bool separator = false;  // "---|---" rows: layout only
  Span span;
};

struct Table {
  std::vector<Row> rows;
  Span span() const;
  // Rows that carry content (separator rows left out).
  std::vector<const Row*> content_rows() const;
};

enum class BlockKind { paragraph, heading, list_item, table };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  Text text;         // paragraph, heading, list item: the text (list marker left out)
  int level = 0;     // list items: nesting level from 0
  Table table;       // tables only
  Span span() const { return kind == BlockKind::table ? table.span() : text.span(); }
};

struct Article {
  int number = -1;        // -1 when the heading has no readable number
  bool inserted = false;  // « Article 2 bis »: inserted after article `number` by an amendment
  Text heading;           // the whole heading line
  Text title;             // the title after the number (may be empty)
  std::vector<Block> blocks;
  Span span;              // heading to last block
};

struct Role {
  std::string name;  // without its article: "délégant", "partenaire-délégataire", "DINUM"
  Span span;         // the quoted words in the parties block
};

struct Party {
  Text name;
  std::optional<Text> address;
  std::optional<Text> representative;
  std::vector<Role> roles;
  Span span;
};

struct Visa {
  Text text;
  std::vector<LegalRef> references;
};

struct Footnote {
  int number = -1;     // -1 for a non-numeric [^label]
  std::string label;   // "1", "note"
  Text text;
  Span span;
};

struct FootnoteMark {
  int number = -1;
  std::string label;
  Span span;
};

struct Signature {
  Text line;                      // "Fait à Paris, le 20/03/2024"
  std::string place;              // "Paris"
  std::optional<Text> date_text;  // what follows « le », when anything does
  std::optional<Date> date;
  std::vector<Text> signatories;  // one text per signatory block below the line
  std::vector<Text> stamps;       // digital-signature stamps
  Span span;
};

struct Annex {
  int number = -1;
  Text heading;
  Text title;
  std::vector<Block> blocks;
  Span span;
};

// Something the parser saw but could not place; reported as `parse/structure`.
struct ParseDiagnostic {
  Span span;
  LocalizedText message;
};

struct Document {
  const source::SourceText* source = nullptr;
  const Lexicon* lexicon = nullptr;  // the concepts Facts::mentions name, when sentences were read
  source::FoldedText folded;  // the whole source, folded once for every reader of words
  DocumentKind kind = DocumentKind::convention;
  std::optional<Text> title;
  std::vector<Text> front_matter;       // lines above the title (letterheads, logos)
  std::vector<Party> parties;
  std::optional<Text> parties_together;  // « Et ensemble, « les parties » »
  std::vector<Visa> visas;
  std::optional<Text> preamble_heading;
  std::vector<Block> preamble;
  std::optional<Text> agreed;            // « Il a été convenu ce qui suit : »
  std::vector<Article> articles;
  std::optional<Signature> signature;
  std::vector<Annex> annexes;
  std::vector<Footnote> footnotes;
  std::vector<FootnoteMark> footnote_marks;
  // Text read by OCR only: « ? », « : » or « * » glued to a word's end (« l'État: »), which may be a footnote call
  // OCR misread.
  std::vector<Span> glued_marks;
  std::vector<Text> unplaced;
  std::vector<ParseDiagnostic> diagnostics;
  Facts facts;

  // The span of the title line, else of the first line: where findings about something missing point.
  Span anchor() const;
  // The folded form of a text of this document (a window of `folded` when the text is one piece of the source).
  TextFold fold_of(const Text& text) const { return TextFold(text, folded); }
  TextFold fold_of(Text&&) const = delete;  // a view of a temporary would outlive it
};

}  // namespace convlint::document
