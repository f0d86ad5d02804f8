#include "report/extract.hpp"

#include <fmt/format.h>

#include "report/jsonl_writer.hpp"
#include "source/folded_text.hpp"

namespace convlint::report {

using nlohmann::ordered_json;
using namespace convlint::document;

namespace {

ordered_json iso(const std::optional<Date>& date) { return date && date->valid ? ordered_json(date->iso()) : ordered_json(nullptr); }

// The role party `index` plays: délégant or délégataire when one of its roles stands for it, else its first role.
ordered_json party_role(const Party& party, size_t index, const rules::RoleBook& roles) {
  for (const rules::DefinedRole& role : roles.defined()) {
    if (role.party != index || !role.kind) continue;
    return *role.kind == rules::RoleKind::delegant ? "délégant" : "délégataire";
  }
  return party.roles.empty() ? ordered_json(nullptr) : ordered_json(party.roles.front().name);
}

ordered_json rows_json(const std::vector<ScheduleRow>& rows) {
  ordered_json out = ordered_json::array();
  for (const ScheduleRow& row : rows)
    out.push_back({{"year", row.year}, {"ae", row.ae.amounts.empty() ? ordered_json(nullptr) : ordered_json(row.ae.value())},
                   {"cp", row.cp.amounts.empty() ? ordered_json(nullptr) : ordered_json(row.cp.value())}});
  return out;
}

ordered_json chorus_value(const std::optional<ChorusField>& field) { return field ? ordered_json(field->value) : ordered_json(nullptr); }

std::string euros(const ordered_json& cents) {
  if (cents.is_null()) return "";
  const int64_t value = cents.get<int64_t>();
  return fmt::format("{}{}.{:02}", value < 0 ? "-" : "", std::llabs(value) / 100, std::llabs(value) % 100);
}

std::string text_of(const ordered_json& value) { return value.is_null() ? "" : value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, ordered_json::error_handler_t::replace); }

ordered_json with_status(const FileResult& result, Language language) {
  ordered_json record = {{"path", result.path}, {"status", result.error ? "error" : "ok"},
                         {"error", result.error ? ordered_json(result.error->describe(language)) : ordered_json(nullptr)}};
  if (!result.record.is_null())
    for (const auto& [key, value] : result.record.items()) record[key] = value;
  Summary counts;
  counts.add(result);
  record["findings"] = {{"error", counts.errors}, {"warning", counts.warnings}, {"info", counts.infos}};
  return record;
}

}  // namespace

ordered_json extract_record(const Document& document, const rules::RoleBook& roles) {
  const Facts& facts = document.facts;
  ordered_json parties = ordered_json::array();
  for (size_t p = 0; p < document.parties.size(); ++p) {
    const Party& party = document.parties[p];
    parties.push_back({{"name", plain_text(party.name.view())}, {"role", party_role(party, p, roles)},
                       {"representative", party.representative ? ordered_json(party.representative->str()) : ordered_json(nullptr)}});
  }
  ordered_json texts = ordered_json::array();
  for (const LegalRef& ref : facts.legal_refs) {
    const ordered_json entry = {{"kind", legal_kind_name(ref.kind)}, {"number", ref.number}, {"date", iso(ref.date)}};
    if (std::find(texts.begin(), texts.end(), entry) == texts.end()) texts.push_back(entry);
  }
  ordered_json schedule = nullptr;
  if (!facts.schedules.empty()) schedule = {{"rows", rows_json(facts.credits_by_year())}, {"total_ae", facts.total_ae()}, {"total_cp", facts.total_cp()}};
  ordered_json schedules = ordered_json::array();
  for (const Schedule& each : facts.schedules) {
    schedules.push_back({{"label", each.label}, {"programme", each.programme ? ordered_json(*each.programme) : ordered_json(nullptr)},
                         {"summary", each.summary}, {"rows", rows_json(each.rows)}, {"total_ae", each.total_ae()},
                         {"total_cp", each.total_cp()}});
  }
  ordered_json chorus = ordered_json::array();
  for (const ChorusBlock& block : facts.chorus)
    chorus.push_back({{"label", block.label}, {"programme", block.programme ? ordered_json(*block.programme) : ordered_json(nullptr)},
                      {"domaine_fonctionnel", chorus_value(block.domaine_fonctionnel)},
                      {"centre_financier", chorus_value(block.centre_financier)}, {"activite", chorus_value(block.activite)},
                      {"centre_de_cout", chorus_value(block.centre_de_cout)}});
  ordered_json preavis = nullptr;
  for (const Duration& duration : facts.durations) {
    if (duration.notice) {
      if (const auto months = duration.months()) preavis = *months;
      break;
    }
  }
  const std::optional<Date> signature_date = document.signature ? document.signature->date : std::nullopt;
  std::optional<Date> effective = facts.term.start;
  if (!effective && facts.term.start_clause && document.source) {
    const Span clause = *facts.term.start_clause;
    const std::string around = source::fold(std::string_view(document.source->text).substr(clause.begin, 80));
    if (around.find("signature") != std::string::npos) effective = signature_date;
  }
  return {{"kind", std::string(document::kind_name(document.kind))},
          {"title", document.title ? ordered_json(plain_text(document.title->view())) : ordered_json(nullptr)},
          {"parties", parties},
          {"signature", {{"place", document.signature ? ordered_json(document.signature->place) : ordered_json(nullptr)},
                         {"date", iso(signature_date)}}},
          {"effective_date", iso(effective)},
          {"end_date", iso(facts.term.end)},
          {"legal_texts", texts},
          {"schedule", schedule},
          {"schedules", schedules},
          {"chorus", chorus},
          {"preavis_months", preavis}};
}

void ExtractJsonlWriter::file(const FileResult& result) {
  out_ << with_status(result, language_).dump(-1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
  out_.flush();
}

const std::vector<std::string>& extract_columns() {
  static const std::vector<std::string> columns = {
      "path",     "status",   "title", "parties", "signature_place", "signature_date", "effective_date", "end_date", "legal_texts",
      "schedule", "total_ae", "total_cp", "chorus", "preavis_months", "errors",        "warnings",       "infos"};
  return columns;
}

std::vector<std::string> extract_row(const FileResult& result, Language language) {
  const ordered_json record = with_status(result, language);
  auto joined = [](const ordered_json& list, auto&& format) {
    std::string out;
    if (!list.is_array()) return out;
    for (const auto& item : list) out += (out.empty() ? "" : " | ") + format(item);
    return out;
  };
  const std::string parties = joined(record.value("parties", ordered_json()), [](const ordered_json& party) {
    return fmt::format("{} ({}; {})", text_of(party["name"]), text_of(party["role"]), text_of(party["representative"]));
  });
  const std::string texts = joined(record.value("legal_texts", ordered_json()), [](const ordered_json& text) {
    return fmt::format("{} {} {}", text_of(text["kind"]), text_of(text["number"]), text_of(text["date"]));
  });
  const ordered_json schedule = record.value("schedule", ordered_json());
  const std::string rows = schedule.is_null() ? "" : joined(schedule["rows"], [](const ordered_json& row) {
    return fmt::format("{}: AE {} / CP {}", row["year"].get<int>(), euros(row["ae"]), euros(row["cp"]));
  });
  const std::string chorus = joined(record.value("chorus", ordered_json()), [](const ordered_json& block) {
    return fmt::format("{} {} {} {}", text_of(block["domaine_fonctionnel"]), text_of(block["centre_financier"]),
                       text_of(block["activite"]), text_of(block["centre_de_cout"]));
  });
  const ordered_json signature = record.value("signature", ordered_json::object());
  return {result.path, text_of(record["status"]), text_of(record.value("title", ordered_json())), parties,
          text_of(signature.value("place", ordered_json())), text_of(signature.value("date", ordered_json())),
          text_of(record.value("effective_date", ordered_json())), text_of(record.value("end_date", ordered_json())), texts, rows,
          schedule.is_null() ? "" : euros(schedule["total_ae"]), schedule.is_null() ? "" : euros(schedule["total_cp"]), chorus,
          text_of(record.value("preavis_months", ordered_json())), text_of(record["findings"]["error"]),
          text_of(record["findings"]["warning"]), text_of(record["findings"]["info"])};
}

void ExtractCsvWriter::begin() {
  std::string line;
  for (const std::string& column : extract_columns()) line += (line.empty() ? "" : ",") + column;
  out_ << line << "\r\n";
}

void ExtractCsvWriter::file(const FileResult& result) {
  std::string line;
  for (const std::string& field : extract_row(result, language_)) line += (line.empty() ? "" : ",") + csv_field(field);
  out_ << line << "\r\n";
}

}  // namespace convlint::report
