#include "report/document_json.hpp"

#include "report/location.hpp"

namespace convlint::report {

using nlohmann::ordered_json;
using namespace convlint::document;

namespace {

class Writer {
 public:
  explicit Writer(const Document& document) : document_(document), source_(*document.source) {}

  ordered_json location(Span span) const { return location_json(source_, span); }

  ordered_json text(const Text& value, bool plain = false) const {
    return {{"text", plain ? document::plain_text(value.view()) : value.str()}, {"location", location(value.span())}};
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
    return {{"name", document::plain_text(value.name.view())},
            {"address", value.address ? ordered_json(value.address->str()) : ordered_json(nullptr)},
            {"representative", value.representative ? ordered_json(value.representative->str()) : ordered_json(nullptr)},
            {"roles", roles},
            {"location", location(value.span)}};
  }

  // An article or an annex: numbered, titled, located, with its blocks.
  template <class Section>
  ordered_json section(const Section& value) const {
    ordered_json out = {{"number", value.number},
                        {"title", document::plain_text(value.title.view())},
                        {"line", source_.position(value.heading.span().begin).line},
                        {"location", location(value.span)},
                        {"blocks", blocks(value.blocks)}};
    if constexpr (requires { value.inserted; }) {
      if (value.inserted) out["inserted"] = true;  // « Article 2 bis »
    }
    return out;
  }

  ordered_json signature(const Signature& value) const {
    ordered_json signatories = ordered_json::array();
    for (const Text& signatory : value.signatories) signatories.push_back(document::plain_text(signatory.view()));
    ordered_json stamps = ordered_json::array();
    for (const Text& stamp : value.stamps) stamps.push_back(stamp.str());
    return {{"line", value.line.str()},
            {"place", value.place},
            {"date_text", value.date_text ? ordered_json(document::plain_text(value.date_text->view())) : ordered_json(nullptr)},
            {"date", value.date && value.date->valid ? ordered_json(value.date->iso()) : ordered_json(nullptr)},
            {"signatories", signatories},
            {"stamps", stamps},
            {"location", location(value.span)}};
  }

  ordered_json whole() const {
    ordered_json out;
    out["path"] = source_.path;
    out["encoding"] = source::encoding_name(source_.encoding);
    out["format"] = source::format_name(source_.format);
    out["kind"] = std::string(document::kind_name(document_.kind));
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
    for (const Article& value : document_.articles) articles.push_back(section(value));
    out["articles"] = articles;
    out["signature"] = document_.signature ? signature(*document_.signature) : ordered_json(nullptr);
    ordered_json annexes = ordered_json::array();
    for (const Annex& value : document_.annexes) annexes.push_back(section(value));
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
      diagnostics.push_back({{"message", diagnostic.message.en}, {"location", location(diagnostic.span)}});
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

namespace {

ordered_json date_json(const source::SourceText& source, const Date& date) {
  return {{"date", date.valid ? ordered_json(date.iso()) : ordered_json(nullptr)},
          {"valid", date.valid},
          {"written", {date.year, date.month, date.day}},
          {"location", location_json(source, date.span)}};
}

ordered_json optional_date(const source::SourceText& source, const std::optional<Date>& date) {
  return date ? date_json(source, *date) : ordered_json(nullptr);
}

ordered_json amount_json(const source::SourceText& source, const Amount& amount) {
  return {{"cents", amount.cents}, {"location", location_json(source, amount.span)}};
}

ordered_json cell_json(const source::SourceText& source, const ScheduleCell& cell) {
  ordered_json amounts = ordered_json::array();
  for (const Amount& amount : cell.amounts) amounts.push_back(amount_json(source, amount));
  return {{"text", cell.text}, {"cents", cell.amounts.empty() ? ordered_json(nullptr) : ordered_json(cell.value())},
          {"amounts", amounts}, {"location", location_json(source, cell.span)}};
}

ordered_json chorus_field_json(const source::SourceText& source, const std::optional<ChorusField>& field) {
  if (!field) return nullptr;
  return {{"value", field->value}, {"location", location_json(source, field->value.empty() ? field->label_span : field->value_span)}};
}

}  // namespace

ordered_json facts_json(const Document& document) {
  const source::SourceText& source = *document.source;
  const Facts& facts = document.facts;
  ordered_json out;
  ordered_json legal = ordered_json::array();
  for (const LegalRef& ref : facts.legal_refs) {
    legal.push_back({{"kind", legal_kind_name(ref.kind)}, {"number", ref.number}, {"date", optional_date(source, ref.date)},
                     {"amended", ref.amended}, {"location", location_json(source, ref.span)}});
  }
  out["legal_refs"] = legal;
  ordered_json references = ordered_json::array();
  for (const ArticleRef& ref : facts.article_refs) {
    references.push_back({{"target", ref.target == ArticleRef::Target::article ? "article" : "annex"},
                          {"number", ref.number}, {"internal", ref.internal},
                          {"subject", ref.subject.empty() ? ordered_json(nullptr) : ordered_json(ref.subject)},
                          {"location", location_json(source, ref.span)}});
  }
  out["references"] = references;
  ordered_json amounts = ordered_json::array();
  for (const Amount& amount : facts.amounts) amounts.push_back(amount_json(source, amount));
  out["amounts"] = amounts;
  ordered_json dates = ordered_json::array();
  for (const Date& date : facts.dates) dates.push_back(date_json(source, date));
  out["dates"] = dates;
  ordered_json durations = ordered_json::array();
  static constexpr std::string_view units[] = {"day", "week", "month", "year"};
  for (const Duration& duration : facts.durations) {
    const auto months = duration.months();
    durations.push_back({{"count", duration.count}, {"unit", units[static_cast<size_t>(duration.unit)]},
                         {"months", months ? ordered_json(*months) : ordered_json(nullptr)}, {"notice", duration.notice},
                         {"named_notice", duration.named_notice}, {"location", location_json(source, duration.span)}});
  }
  out["durations"] = durations;
  ordered_json mentions = ordered_json::array();
  for (const Mention& mention : facts.mentions) {
    mentions.push_back({{"concept", document.lexicon ? ordered_json(document.lexicon->name(mention.concept_id)) : ordered_json(mention.concept_id)},
                        {"location", location_json(source, mention.span)}});
  }
  out["mentions"] = mentions;
  ordered_json schedules = ordered_json::array();
  for (const Schedule& schedule : facts.schedules) {
    ordered_json rows = ordered_json::array();
    for (const ScheduleRow& row : schedule.rows)
      rows.push_back({{"year", row.year}, {"ae", cell_json(source, row.ae)}, {"cp", cell_json(source, row.cp)}});
    schedules.push_back({{"label", schedule.label},
                         {"programme", schedule.programme ? ordered_json(*schedule.programme) : ordered_json(nullptr)},
                         {"summary", schedule.summary}, {"rows", rows}, {"total_ae_cents", schedule.total_ae()},
                         {"total_cp_cents", schedule.total_cp()},
                         {"article", schedule.article >= 0 ? ordered_json(document.articles[schedule.article].number) : ordered_json(nullptr)},
                         {"location", location_json(source, schedule.span)}});
  }
  out["schedules"] = schedules;
  ordered_json chorus = ordered_json::array();
  for (const ChorusBlock& block : facts.chorus) {
    ordered_json axes = ordered_json::array();
    for (const auto& [name, field] : block.axes) axes.push_back({{"name", name}, {"value", field.value}});
    chorus.push_back({{"label", block.label},
                      {"programme", block.programme ? ordered_json(*block.programme) : ordered_json(nullptr)},
                      {"domaine_fonctionnel", chorus_field_json(source, block.domaine_fonctionnel)},
                      {"centre_financier", chorus_field_json(source, block.centre_financier)},
                      {"activite", chorus_field_json(source, block.activite)},
                      {"centre_de_cout", chorus_field_json(source, block.centre_de_cout)},
                      {"code_comptable", chorus_field_json(source, block.code_comptable)},
                      {"axes", axes},
                      {"location", location_json(source, block.span)}});
  }
  out["chorus"] = chorus;
  ordered_json codes = ordered_json::array();
  for (const CodeMention& code : facts.codes)
    codes.push_back({{"kind", code.kind == CodeMention::Kind::programme ? "programme" : "centre_financier"},
                     {"value", code.value}, {"location", location_json(source, code.span)}});
  out["codes"] = codes;
  out["term"] = {{"start_clause", facts.term.start_clause ? location_json(source, *facts.term.start_clause) : ordered_json(nullptr)},
                 {"start", optional_date(source, facts.term.start)},
                 {"end", optional_date(source, facts.term.end)},
                 {"until_settlement", facts.term.until_settlement}};
  out["signature_date"] = document.signature ? optional_date(source, document.signature->date) : ordered_json(nullptr);
  ordered_json roles = ordered_json::array();
  for (const RoleWord& word : facts.role_words) roles.push_back({{"word", word.word}, {"location", location_json(source, word.span)}});
  out["role_words"] = roles;
  return out;
}

}  // namespace convlint::report
