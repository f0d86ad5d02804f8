#include "lint/extracted.hpp"

#include <algorithm>

#include "document/document.hpp"
#include "rules/role_book.hpp"
#include "source/folded_text.hpp"

namespace convlint::lint {

using namespace convlint::document;

namespace {

std::optional<std::string> iso(const std::optional<Date>& date) {
  return date && date->valid ? std::optional<std::string>(date->iso()) : std::nullopt;
}

// The role party `index` plays: délégant or délégataire when one of its roles stands for it, else its first role.
std::optional<std::string> party_role(const Party& party, size_t index, const rules::RoleBook& roles) {
  for (const rules::DefinedRole& role : roles.defined()) {
    if (role.party != index || !role.kind) continue;
    return *role.kind == rules::RoleKind::delegant ? "délégant" : "délégataire";
  }
  return party.roles.empty() ? std::nullopt : std::optional<std::string>(party.roles.front().name);
}

std::vector<ExtractedRow> rows_of(const std::vector<ScheduleRow>& rows) {
  std::vector<ExtractedRow> out;
  for (const ScheduleRow& row : rows)
    out.push_back({row.year, row.ae.amounts.empty() ? std::nullopt : std::optional<int64_t>(row.ae.value()),
                   row.cp.amounts.empty() ? std::nullopt : std::optional<int64_t>(row.cp.value())});
  return out;
}

std::optional<std::string> chorus_value(const std::optional<ChorusField>& field) {
  return field ? std::optional<std::string>(field->value) : std::nullopt;
}

// The date the convention takes effect: the one its term states, else its signature's when it takes effect then.
std::optional<Date> effective_date(const Document& document) {
  const Facts& facts = document.facts;
  if (facts.term.start || !facts.term.start_clause || !document.source) return facts.term.start;
  const Span clause = *facts.term.start_clause;
  const std::string around = source::fold(std::string_view(document.source->text).substr(clause.begin, 80));
  if (around.find("signature") == std::string::npos || !document.signature) return std::nullopt;
  return document.signature->date;
}

}  // namespace

Extracted extract_facts(const Document& document, const rules::RoleBook& roles) {
  const Facts& facts = document.facts;
  Extracted out;
  out.kind = std::string(kind_name(document.kind));
  if (document.title) out.title = plain_text(document.title->view());
  for (size_t p = 0; p < document.parties.size(); ++p) {
    const Party& party = document.parties[p];
    out.parties.push_back({plain_text(party.name.view()), party_role(party, p, roles),
                           party.representative ? std::optional<std::string>(party.representative->str()) : std::nullopt});
  }
  for (const LegalRef& ref : facts.legal_refs) {
    ExtractedText text{std::string(legal_kind_name(ref.kind)), ref.number, iso(ref.date)};
    const bool seen = std::any_of(out.legal_texts.begin(), out.legal_texts.end(), [&](const ExtractedText& other) {
      return other.kind == text.kind && other.number == text.number && other.date == text.date;
    });
    if (!seen) out.legal_texts.push_back(std::move(text));
  }
  if (!facts.schedules.empty()) out.schedule = ExtractedSchedule{{}, std::nullopt, false, rows_of(facts.credits_by_year()), facts.total_ae(), facts.total_cp()};
  for (const Schedule& each : facts.schedules)
    out.schedules.push_back({each.label, each.programme, each.summary, rows_of(each.rows), each.total_ae(), each.total_cp()});
  for (const ChorusBlock& block : facts.chorus)
    out.chorus.push_back({block.label, block.programme, chorus_value(block.domaine_fonctionnel), chorus_value(block.centre_financier),
                          chorus_value(block.activite), chorus_value(block.centre_de_cout)});
  for (const Duration& duration : facts.durations) {
    if (!duration.notice) continue;
    out.preavis_months = duration.months();
    break;
  }
  if (document.signature) {
    out.signature_place = document.signature->place;
    out.signature_date = iso(document.signature->date);
  }
  out.effective_date = iso(effective_date(document));
  out.end_date = iso(facts.term.end);
  return out;
}

}  // namespace convlint::lint
