#include "report/document_tree.hpp"

#include <fmt/format.h>

#include "report/document_json.hpp"
#include "source/line_map.hpp"

namespace convlint::report {

using namespace convlint::document;

namespace {

// At most `limit` code points of `text`, with an ellipsis when cut.
std::string shorten(std::string_view text, size_t limit = 72) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++count > limit) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

class TreeWriter {
 public:
  explicit TreeWriter(const Document& document) : document_(document), source_(*document.source) {}

  std::string write() {
    line(0, fmt::format("document {} ({})", source_.path, source::encoding_name(source_.encoding)));
    if (document_.title) line(1, fmt::format("title L{}: {}", at(document_.title->span()), document::plain_text(document_.title->view())));
    line(1, fmt::format("parties: {}", document_.parties.size()));
    for (const Party& party : document_.parties) write_party(party);
    line(1, fmt::format("visas: {}", document_.visas.size()));
    for (const Visa& visa : document_.visas) line(2, fmt::format("L{}: {}", at(visa.text.span()), shorten(visa.text.view())));
    if (!document_.preamble.empty()) {
      line(1, fmt::format("preamble: {} blocks", document_.preamble.size()));
      write_blocks(document_.preamble);
    }
    line(1, fmt::format("articles: {}", document_.articles.size()));
    for (const Article& article : document_.articles) {
      line(2, fmt::format("Article {} L{}: {}", article.number, at(article.heading.span()), document::plain_text(article.title.view())));
      write_blocks(article.blocks);
    }
    if (document_.signature) write_signature(*document_.signature);
    line(1, fmt::format("annexes: {}", document_.annexes.size()));
    for (const Annex& annex : document_.annexes) {
      line(2, fmt::format("Annexe {} L{}: {}", annex.number, at(annex.heading.span()), document::plain_text(annex.title.view())));
      write_blocks(annex.blocks);
    }
    line(1, fmt::format("footnotes: {}", document_.footnotes.size()));
    for (const Footnote& note : document_.footnotes) line(2, fmt::format("[{}] L{}: {}", note.label, at(note.span), shorten(note.text.view())));
    for (const ParseDiagnostic& diagnostic : document_.diagnostics)
      line(1, fmt::format("diagnostic L{}: {}", at(diagnostic.span), diagnostic.message.en));
    return out_;
  }

 private:
  uint32_t at(Span span) const { return source_.position(span.begin).line; }

  void line(int depth, std::string_view text) {
    out_.append(static_cast<size_t>(depth) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }

  void write_party(const Party& party) {
    line(2, fmt::format("L{}: {}", at(party.span), document::plain_text(party.name.view())));
    if (party.representative) line(3, fmt::format("représenté par: {}", party.representative->str()));
    if (party.address) line(3, fmt::format("adresse: {}", party.address->str()));
    for (const Role& role : party.roles) line(3, fmt::format("rôle: {}", role.name));
  }

  void write_blocks(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      switch (block.kind) {
        case BlockKind::paragraph: line(3, fmt::format("¶ L{}: {}", at(block.span()), shorten(block.text.view()))); break;
        case BlockKind::heading: line(3, fmt::format("§ L{}: {}", at(block.span()), shorten(block.text.view()))); break;
        case BlockKind::list_item:
          line(3 + block.level, fmt::format("- L{}: {}", at(block.span()), shorten(block.text.view())));
          break;
        case BlockKind::table:
          line(3, fmt::format("table L{}: {} rows", at(block.span()), block.table.rows.size()));
          for (const Row& row : block.table.rows) {
            std::string cells;
            for (const Cell& cell : row.cells) cells += (cells.empty() ? "" : " | ") + shorten(cell.text.view(), 30);
            line(4, row.separator ? std::string("---") : cells);
          }
          break;
      }
    }
  }

  void write_signature(const Signature& signature) {
    line(1, fmt::format("signature L{}: place={} date={}", at(signature.span), signature.place,
                        signature.date_text ? document::plain_text(signature.date_text->view()) : "(none)"));
    for (const Text& signatory : signature.signatories) line(2, fmt::format("signatory: {}", shorten(signatory.view())));
    for (const Text& stamp : signature.stamps) line(2, fmt::format("stamp: {}", shorten(stamp.view())));
  }

  const Document& document_;
  const source::SourceText& source_;
  std::string out_;
};

}  // namespace

std::string document_tree(const Document& document) { return TreeWriter(document).write(); }

}  // namespace convlint::report
