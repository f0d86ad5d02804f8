#include "report/overview_html.hpp"

#include <fmt/format.h>

#include "base/ui_text.hpp"
#include "document/facts.hpp"
#include "report/html_writer.hpp"
#include "report/svg_chart.hpp"

namespace convlint::report {

namespace {

constexpr size_t table_rows = 200;  // a table lists this many rows, then says how many more there are
const std::string ae_colour = "#2e7d32", cp_colour = "#81c784", count_colour = "#5c6bc0";

std::string colour_of(rules::Severity severity) {
  switch (severity) {
    case rules::Severity::error: return "#c62828";
    case rules::Severity::warning: return "#b8860b";
    case rules::Severity::info: return "#1565c0";
  }
  return "#1565c0";
}

std::string grouped(uint64_t value, std::string_view separator) {
  std::string digits = std::to_string(value), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

std::string unnamed(std::string_view label, Language language) {
  return label.empty() ? std::string(ui_text(language, "overview_html.not_stated")) : std::string(label);
}

// A section: heading, chart, then its table (header cells and rows already escaped).
std::string section(std::string_view heading, const std::string& chart, const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows, Language language) {
  std::string out = fmt::format("<section class=\"overview-part\"><h3>{}</h3><div class=\"chart\">{}", html_escape(heading), chart);
  out += "<table><tr>";
  for (const std::string& cell : header) out += "<th>" + html_escape(cell) + "</th>";
  out += "</tr>\n";
  for (size_t r = 0; r < rows.size() && r < table_rows; ++r) {
    out += "<tr>";
    for (const std::string& cell : rows[r]) out += "<td>" + html_escape(cell) + "</td>";
    out += "</tr>\n";
  }
  if (rows.size() > table_rows)
    out += fmt::format("<tr><td colspan=\"{}\">{} {}</td></tr>\n", header.size(), rows.size() - table_rows,
                       ui_text(language, "overview_html.more_rows"));
  return out + "</table></div></section>\n";
}

std::string by_rule(const Overview& overview, Language language) {
  std::vector<ChartItem> items;
  std::vector<std::vector<std::string>> rows;
  const auto tallies = overview.rules();
  for (const RuleTally& tally : tallies) {
    const std::string label = tally.rule + " (" + std::string(severity_word(tally.severity, language)) + ")";
    items.push_back({label, {double(tally.findings)}, {std::to_string(tally.findings)}, colour_of(tally.severity)});
    rows.push_back({tally.rule, std::string(severity_word(tally.severity, language)), std::to_string(tally.findings), std::to_string(tally.conventions)});
  }
  return section(ui_text(language, "overview_html.findings_by_rule"),
                 bar_chart("chart-rules", ui_text(language, "overview_html.findings_by_rule"), {{"", count_colour}}, items),
                 {std::string(ui_text(language, "overview_html.rule")), std::string(ui_text(language, "overview_html.severity")),
                  std::string(ui_text(language, "overview_html.findings")), std::string(ui_text(language, "overview_html.conventions"))},
                 rows, language);
}

// Conventions and their findings by party or year: `first_column` names what the labels are.
std::string by_count(std::string_view id, std::string_view heading, std::string_view first_column, const std::vector<Tally>& tallies,
                     Language language) {
  std::vector<ChartItem> items;
  std::vector<std::vector<std::string>> rows;
  for (const Tally& tally : tallies) {
    items.push_back({tally.label, {double(tally.conventions)}, {std::to_string(tally.conventions)}});
    rows.push_back({tally.label, std::to_string(tally.conventions), std::to_string(tally.findings)});
  }
  return section(heading, bar_chart(id, heading, {{"", count_colour}}, items),
                 {std::string(first_column), std::string(ui_text(language, "overview_html.conventions")),
                  std::string(ui_text(language, "overview_html.findings"))},
                 rows, language);
}

std::vector<Tally> years_shown(const Overview& overview, Language language) {
  std::vector<Tally> years = overview.years();
  for (Tally& year : years)
    if (year.label.empty()) year.label = ui_text(language, "overview_html.no_date");
  return years;
}

std::vector<ChartSeries> ae_cp() { return {{"AE", ae_colour}, {"CP", cp_colour}}; }

std::string credits(const Overview& overview, Language language) {
  std::vector<ChartItem> items;
  std::vector<std::vector<std::string>> rows;
  int64_t total_ae = 0, total_cp = 0;
  for (const CreditTally& credit : overview.credits()) {
    const std::string programme = unnamed(credit.programme, language);
    const std::string label = fmt::format("{} {} — {}", ui_text(language, "overview_html.programme"), programme, credit.year);
    items.push_back({label, {double(credit.ae), double(credit.cp)}, {euros_shown(credit.ae, language), euros_shown(credit.cp, language)}});
    rows.push_back({programme, std::to_string(credit.year), euros_shown(credit.ae, language), euros_shown(credit.cp, language),
                    std::to_string(credit.conventions)});
    total_ae = document::add_cents(total_ae, credit.ae);
    total_cp = document::add_cents(total_cp, credit.cp);
  }
  rows.push_back({std::string(ui_text(language, "overview_html.total")), "", euros_shown(total_ae, language), euros_shown(total_cp, language), ""});
  const std::string_view heading = ui_text(language, "overview_html.credits_delegated_by_programme_and");
  return section(heading, bar_chart("chart-credits", heading, ae_cp(), items),
                 {std::string(ui_text(language, "overview_html.programme_2")), std::string(ui_text(language, "overview_html.year")), "AE", "CP",
                  std::string(ui_text(language, "overview_html.conventions"))},
                 rows, language);
}

std::string credits_by_delegataire(const Overview& overview, Language language) {
  std::vector<ChartItem> items;
  std::vector<std::vector<std::string>> rows;
  for (const Tally& tally : overview.credits_by_delegataire()) {
    items.push_back({tally.label, {double(tally.ae), double(tally.cp)}, {euros_shown(tally.ae, language), euros_shown(tally.cp, language)}});
    rows.push_back({tally.label, euros_shown(tally.ae, language), euros_shown(tally.cp, language)});
  }
  const std::string_view heading = ui_text(language, "overview_html.credits_delegated_by_d_l");
  return section(heading, bar_chart("chart-credits-delegataires", heading, ae_cp(), items),
                 {std::string(ui_text(language, "overview_html.d_l_gataire")), "AE", "CP"}, rows, language);
}

}  // namespace

std::string euros_shown(int64_t cents, Language language) {
  const uint64_t magnitude = cents < 0 ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  const bool french = language == Language::fr;
  std::string out = (cents < 0 ? "-" : "") + grouped(magnitude / 100, french ? "\u202F" : ",");
  if (magnitude % 100 != 0) out += fmt::format("{}{:02}", french ? "," : ".", magnitude % 100);
  return out + (french ? "\u00A0€" : " €");
}

std::string overview_html(const Overview& overview, Language language) {
  std::string out = fmt::format("<section id=\"overview\"><h2>{}</h2>\n", ui_text(language, "overview_html.overview"));
  out += by_rule(overview, language);
  const std::string_view name = ui_text(language, "overview_html.name");
  out += by_count("chart-delegants", ui_text(language, "overview_html.conventions_by_d_l_gant"), name, overview.delegants(),
                  language);
  out += by_count("chart-delegataires", ui_text(language, "overview_html.conventions_by_d_l_gataire"), name,
                  overview.delegataires(), language);
  out += by_count("chart-years", ui_text(language, "overview_html.conventions_by_year_of_signature"),
                  ui_text(language, "overview_html.year"), years_shown(overview, language), language);
  out += credits(overview, language);
  out += credits_by_delegataire(overview, language);
  return out + "</section>\n";
}

}  // namespace convlint::report
