#include "report/document_json.hpp"

#include "report/location.hpp"

namespace convlint::report {

using nlohmann::ordered_json;
using namespace convlint::document;

std::string plain_text(std::string_view text) {
  std::string plain;
  plain.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (i + 1 < text.size() && ((text[i] == '*' && text[i + 1] == '*') || (text[i] == '_' && text[i + 1] == '_'))) {
      ++i;
      continue;
    }
    plain += text[i];
  }
  return plain;
}

namespace {

class Writer {
 public:
  explicit Writer(const Document& document) : document_(document), source_(*document.source) {}

  ordered_json location(Span span) const { return location_json(source_, span); }

  ordered_json text(const Text& value, bool plain = false) const {
    return {{"text", plain ? plain_text(value.view()) : value.str()}, {"location", location(value.span())}};
  }

  ordered_json optional_text(const std::optional<Text>& value, bool plain = false) const {
    return value ? text(*value, plain) : ordered_json(nullptr);
  }

  ordered_json block(const Block& value) const {
    static constexpr const char* kinds[] = {"paragraph", "heading", "list_item", "table"};
    ordered_json out{{"type", kinds[static_cast<int>(value.kind)]}};
    if (value.kind == BlockKind::table) {
      ordered_json rows = ordered_json::array();
      for (const Row& row : value.table.rows) {
        ordered_json cells = ordered_json::array();
        for (const Cell& cell : row.cells) cells.push_back(cell.text.str());
        rows.push_back({{"cells", cells}, {"separator", row.separator}, {"line", source_.position(row.span.begin).line}});
      }
      out["rows"] = rows;
    } else {
      out["text"] = value.text.str();
      if (value.kind == BlockKind::list_item) out["level"] = value.level;
    }
    out["location"] = location(value.span());
    return out;
  }

  ordered_json blocks(const std::vector<Block>& values) const {
    ordered_json out = ordered_json::array();
    for (const Block& value : values) out.push_back(block(value));
    return out;
  }

  ordered_json party(const Party& value) const {
    ordered_json roles = ordered_json::array();
    for (const Role& role : value.roles) roles.push_back({{"name", role.name}, {"location", location(role.span)}});
    return {{"name", plain_text(value.name.view())},
            {"address", value.address ? ordered_json(value.address->str()) : ordered_json(nullptr)},
            {"representative", value.representative ? ordered_json(value.representative->str()) : ordered_json(nullptr)},
            {"roles", roles},
            {"location", location(value.span)}};
  }

  ordered_json article(const Article& value) const {
    return {{"number", value.number},
            {"title", plain_text(value.title.view())},
            {"line", source_.position(value.heading.span().begin).line},
            {"location", location(value.span)},
            {"blocks", blocks(value.blocks)}};
  }

  ordered_json annex(const Annex& value) const {
    return {{"number", value.number},
            {"title", plain_text(value.title.view())},
            {"line", source_.position(value.heading.span().begin).line},
            {"location", location(value.span)},
            {"blocks", blocks(value.blocks)}};
  }

  ordered_json signature(const Signature& value) const {
    ordered_json signatories = ordered_json::array();
    for (const Text& signatory : value.signatories) signatories.push_back(plain_text(signatory.view()));
    ordered_json stamps = ordered_json::array();
    for (const Text& stamp : value.stamps) stamps.push_back(stamp.str());
    return {{"line", value.line.str()},
            {"place", value.place},
            {"date_text", value.date_text ? ordered_json(plain_text(value.date_text->view())) : ordered_json(nullptr)},
            {"date", value.date && value.date->valid ? ordered_json(value.date->iso()) : ordered_json(nullptr)},
            {"signatories", signatories},
            {"stamps", stamps},
            {"location", location(value.span)}};
  }

  ordered_json whole() const {
    ordered_json out;
    out["path"] = source_.path;
    out["encoding"] = source::encoding_name(source_.encoding);
    out["title"] = optional_text(document_.title, true);
    ordered_json parties = ordered_json::array();
    for (const Party& value : document_.parties) parties.push_back(party(value));
    out["parties"] = parties;
    out["parties_together"] = optional_text(document_.parties_together);
    ordered_json visas = ordered_json::array();
    for (const Visa& visa : document_.visas) visas.push_back(text(visa.text));
    out["visas"] = visas;
    out["preamble"] = blocks(document_.preamble);
    out["agreed"] = optional_text(document_.agreed);
    ordered_json articles = ordered_json::array();
    for (const Article& value : document_.articles) articles.push_back(article(value));
    out["articles"] = articles;
    out["signature"] = document_.signature ? signature(*document_.signature) : ordered_json(nullptr);
    ordered_json annexes = ordered_json::array();
    for (const Annex& value : document_.annexes) annexes.push_back(annex(value));
    out["annexes"] = annexes;
    ordered_json footnotes = ordered_json::array();
    for (const Footnote& footnote : document_.footnotes)
      footnotes.push_back({{"label", footnote.label}, {"text", footnote.text.str()}, {"location", location(footnote.span)}});
    out["footnotes"] = footnotes;
    ordered_json marks = ordered_json::array();
    for (const FootnoteMark& mark : document_.footnote_marks)
      marks.push_back({{"label", mark.label}, {"location", location(mark.span)}});
    out["footnote_marks"] = marks;
    ordered_json front = ordered_json::array();
    for (const Text& line : document_.front_matter) front.push_back(line.str());
    out["front_matter"] = front;
    ordered_json unplaced = ordered_json::array();
    for (const Text& line : document_.unplaced) unplaced.push_back(text(line));
    out["unplaced"] = unplaced;
    ordered_json diagnostics = ordered_json::array();
    for (const ParseDiagnostic& diagnostic : document_.diagnostics)
      diagnostics.push_back({{"message", diagnostic.message_en}, {"location", location(diagnostic.span)}});
    out["diagnostics"] = diagnostics;
    out["facts"] = facts_json(document_);
    return out;
  }

 private:
  const Document& document_;
  const source::SourceText& source_;
};

}  // namespace

ordered_json document_json(const Document& document) { return Writer(document).whole(); }

ordered_json facts_json(const Document&) { return ordered_json::object(); }

}  // namespace convlint::report
