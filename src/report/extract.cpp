#include "report/extract.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "report/jsonl_writer.hpp"

namespace convlint::report {

using nlohmann::ordered_json;

namespace {

ordered_json optional_json(const auto& value) { return value ? ordered_json(*value) : ordered_json(nullptr); }

ordered_json rows_json(const std::vector<lint::ExtractedRow>& rows) {
  ordered_json out = ordered_json::array();
  for (const lint::ExtractedRow& row : rows) out.push_back({{"year", row.year}, {"ae", optional_json(row.ae)}, {"cp", optional_json(row.cp)}});
  return out;
}

ordered_json extracted_json(const lint::Extracted& facts) {
  ordered_json parties = ordered_json::array();
  for (const lint::ExtractedParty& party : facts.parties)
    parties.push_back({{"name", party.name}, {"role", optional_json(party.role)}, {"representative", optional_json(party.representative)}});
  ordered_json texts = ordered_json::array();
  for (const lint::ExtractedText& text : facts.legal_texts)
    texts.push_back({{"kind", text.kind}, {"number", text.number}, {"date", optional_json(text.date)}});
  ordered_json schedule = nullptr;
  if (facts.schedule)
    schedule = {{"rows", rows_json(facts.schedule->rows)}, {"total_ae", facts.schedule->total_ae}, {"total_cp", facts.schedule->total_cp}};
  ordered_json schedules = ordered_json::array();
  for (const lint::ExtractedSchedule& each : facts.schedules)
    schedules.push_back({{"label", each.label}, {"programme", optional_json(each.programme)}, {"summary", each.summary},
                         {"rows", rows_json(each.rows)}, {"total_ae", each.total_ae}, {"total_cp", each.total_cp}});
  ordered_json chorus = ordered_json::array();
  for (const lint::ExtractedChorus& block : facts.chorus)
    chorus.push_back({{"label", block.label}, {"programme", optional_json(block.programme)},
                      {"domaine_fonctionnel", optional_json(block.domaine_fonctionnel)},
                      {"centre_financier", optional_json(block.centre_financier)}, {"activite", optional_json(block.activite)},
                      {"centre_de_cout", optional_json(block.centre_de_cout)}});
  return {{"kind", facts.kind},
          {"title", optional_json(facts.title)},
          {"parties", parties},
          {"signature", {{"place", optional_json(facts.signature_place)}, {"date", optional_json(facts.signature_date)}}},
          {"effective_date", optional_json(facts.effective_date)},
          {"end_date", optional_json(facts.end_date)},
          {"legal_texts", texts},
          {"schedule", schedule},
          {"schedules", schedules},
          {"chorus", chorus},
          {"preavis_months", optional_json(facts.preavis_months)}};
}

std::string euros(std::optional<int64_t> cents) {
  if (!cents) return "";
  const int64_t value = *cents;
  return fmt::format("{}{}.{:02}", value < 0 ? "-" : "", std::llabs(value) / 100, std::llabs(value) % 100);
}

// The items of `list`, each written by `format`, joined with " | ".
template <typename Item, typename Format>
std::string joined(const std::vector<Item>& list, Format&& format) {
  std::string out;
  for (const Item& item : list) out += (out.empty() ? "" : " | ") + format(item);
  return out;
}

ordered_json with_status(const FileResult& result, Language language) {
  ordered_json record = {{"path", result.path}, {"status", result.error ? "error" : "ok"},
                         {"error", result.error ? ordered_json(result.error->describe(language)) : ordered_json(nullptr)}};
  if (result.extracted) {
    const ordered_json facts = extracted_json(*result.extracted);
    for (auto field = facts.begin(); field != facts.end(); ++field) record[field.key()] = *field;
  }
  Summary counts;
  counts.add(result);
  record["findings"] = {{"error", counts.errors}, {"warning", counts.warnings}, {"info", counts.infos}};
  return record;
}

}  // namespace

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

std::vector<std::string> extract_row(const FileResult& result) {
  static const lint::Extracted none;
  const lint::Extracted& facts = result.extracted ? *result.extracted : none;
  const std::string parties = joined(facts.parties, [](const lint::ExtractedParty& party) {
    return fmt::format("{} ({}; {})", party.name, party.role.value_or(""), party.representative.value_or(""));
  });
  const std::string texts = joined(facts.legal_texts, [](const lint::ExtractedText& text) {
    return fmt::format("{} {} {}", text.kind, text.number, text.date.value_or(""));
  });
  const std::string rows = !facts.schedule ? "" : joined(facts.schedule->rows, [](const lint::ExtractedRow& row) {
    return fmt::format("{}: AE {} / CP {}", row.year, euros(row.ae), euros(row.cp));
  });
  const std::string chorus = joined(facts.chorus, [](const lint::ExtractedChorus& block) {
    return fmt::format("{} {} {} {}", block.domaine_fonctionnel.value_or(""), block.centre_financier.value_or(""),
                       block.activite.value_or(""), block.centre_de_cout.value_or(""));
  });
  Summary counts;
  counts.add(result);
  return {result.path, result.error ? "error" : "ok", facts.title.value_or(""), parties, facts.signature_place.value_or(""),
          facts.signature_date.value_or(""), facts.effective_date.value_or(""), facts.end_date.value_or(""), texts, rows,
          facts.schedule ? euros(facts.schedule->total_ae) : "", facts.schedule ? euros(facts.schedule->total_cp) : "", chorus,
          facts.preavis_months ? std::to_string(*facts.preavis_months) : "", std::to_string(counts.errors),
          std::to_string(counts.warnings), std::to_string(counts.infos)};
}

void ExtractCsvWriter::begin() {
  std::string line;
  for (const std::string& column : extract_columns()) line += (line.empty() ? "" : ",") + column;
  out_ << line << "\r\n";
}

void ExtractCsvWriter::file(const FileResult& result) {
  std::string line;
  for (const std::string& field : extract_row(result)) line += (line.empty() ? "" : ",") + csv_field(field);
  out_ << line << "\r\n";
}

}  // namespace convlint::report
