// The archive at a glance: the overview's tallies, its charts opened in a browser on a generated archive, and the
// Excel workbook read back by LibreOffice.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "report/overview.hpp"
#include "report/overview_html.hpp"
#include "test_support.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::convlint;
using testing::have;
using testing::scratch;
using testing::shell;

report::FileResult convention(const std::string& path, lint::Extracted facts, const std::vector<std::string>& rule_ids) {
  report::FileResult result;
  result.path = path;
  result.extracted = std::move(facts);
  for (const std::string& rule : rule_ids) result.findings.push_back({rule, rules::Severity::error, "m", {0, 1}, std::nullopt, "", std::nullopt});
  return result;
}

lint::Extracted record(const std::string& delegant, const std::string& delegataire, const std::string& signed_on,
                       std::vector<lint::ExtractedSchedule> schedules, std::vector<lint::ExtractedChorus> chorus = {}) {
  lint::Extracted facts;
  facts.parties = {{delegant, "délégant", std::nullopt}, {delegataire, "délégataire", std::nullopt}};
  facts.signature_place = "Paris";
  if (!signed_on.empty()) facts.signature_date = signed_on;
  facts.schedules = std::move(schedules);
  facts.chorus = std::move(chorus);
  return facts;
}

lint::ExtractedSchedule schedule(std::optional<int> programme, int year, int64_t ae, int64_t cp, bool summary = false) {
  return {"", programme, summary, {{year, ae, cp}}, ae, cp};
}

TEST(Overview, TalliesRulesPartiesYearsAndCreditsAcrossConventions) {
  report::Overview overview;
  overview.add(convention("a.txt", record("Le ministère de la Culture", "La DINUM", "2024-03-01", {schedule(361, 2024, 10000, 6000)}),
                          {"legal/preavis", "legal/preavis", "finance/ae-cp"}));
  // The same parties written otherwise are one party; a recapitulation is not counted twice; a schedule without its
  // programme takes the one its Chorus codes start with.
  overview.add(convention("b.txt",
                          record("le  Ministère de la culture", "la dinum", "2025-01-15",
                                 {schedule(std::nullopt, 2024, 5000, 5000), schedule(std::nullopt, 2024, 5000, 5000, true)},
                                 {{"", std::nullopt, "0361-02", "0361-CDGP-DNUM", std::nullopt, std::nullopt}}),
                          {"legal/preavis"}));
  overview.add(convention("c.txt", record("La DGFiP", "La DINUM", "", {schedule(156, 2025, 700, 700)}), {}));
  report::FileResult unreadable;
  unreadable.path = "d.pdf";
  unreadable.error = source::InputError{source::InputErrorKind::binary, ""};
  overview.add(unreadable);

  EXPECT_EQ(overview.conventions(), 3u);
  const auto rules = overview.rules();
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0].rule, "legal/preavis");
  EXPECT_EQ(rules[0].findings, 3u);
  EXPECT_EQ(rules[0].conventions, 2u);
  const auto delegants = overview.delegants();
  ASSERT_EQ(delegants.size(), 2u);
  EXPECT_EQ(delegants[0].label, "Le ministère de la Culture");
  EXPECT_EQ(delegants[0].conventions, 2u);
  EXPECT_EQ(delegants[0].findings, 4u);
  const auto delegataires = overview.delegataires();
  ASSERT_EQ(delegataires.size(), 1u);
  EXPECT_EQ(delegataires[0].conventions, 3u);
  const auto years = overview.years();
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(years[0].label, "");  // no signature date
  EXPECT_EQ(years[1].label, "2024");
  const auto credits = overview.credits();
  ASSERT_EQ(credits.size(), 2u);
  EXPECT_EQ(credits[0].programme, "156");
  EXPECT_EQ(credits[1].programme, "361");
  EXPECT_EQ(credits[1].year, 2024);
  EXPECT_EQ(credits[1].ae, 15000);
  EXPECT_EQ(credits[1].cp, 11000);
  EXPECT_EQ(credits[1].conventions, 2u);
  const auto by_delegataire = overview.credits_by_delegataire();
  ASSERT_EQ(by_delegataire.size(), 1u);
  EXPECT_EQ(by_delegataire[0].ae, 15700);
}

// The rect.bar elements inside <svg id="ID"> of a rendered page.
size_t bars_in(const std::string& page, const std::string& id) {
  const size_t begin = page.find("<svg id=\"" + id + "\"");
  if (begin == std::string::npos) return 0;
  const size_t end = page.find("</svg>", begin);
  size_t bars = 0;
  for (size_t at = page.find("class=\"bar\"", begin); at < end; at = page.find("class=\"bar\"", at + 1)) ++bars;
  return bars;
}

TEST(Overview, HtmlEscapesPartyNamesAndDrawsOneBarPerItemAndSeries) {
  report::Overview overview;
  overview.add(convention("a.txt", record("<script>alert(1)</script>", "La DINUM", "2024-03-01", {schedule(361, 2024, 10000, 6000)}),
                          {"legal/preavis"}));
  const std::string html = report::overview_html(overview, Language::fr);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(bars_in(html, "chart-rules"), 1u);
  EXPECT_EQ(bars_in(html, "chart-credits"), 2u);  // AE and CP
  EXPECT_NE(html.find("100\u00A0€"), std::string::npos);
  EXPECT_EQ(report::euros_shown(123456789, Language::fr), "1\u202F234\u202F567,89\u00A0€");
  EXPECT_EQ(report::euros_shown(-500, Language::en), "-5 €");
}

// The cells of the table row starting with `first` after `heading`, as text.
std::vector<std::string> row_after(const std::string& page, const std::string& heading, const std::string& first) {
  const size_t section = page.find(heading);
  const size_t row = page.find("<tr><td>" + first + "</td>", section);
  if (section == std::string::npos || row == std::string::npos) return {};
  std::vector<std::string> cells;
  const size_t end = page.find("</tr>", row);
  for (size_t at = page.find("<td>", row); at < end; at = page.find("<td>", at + 1))
    cells.push_back(page.substr(at + 4, page.find("</td>", at) - at - 4));
  return cells;
}

// « 1 234 567,89 € » back to cents.
int64_t cents_shown(const std::string& shown) {
  int64_t euros = 0, cents = 0;
  bool decimals = false;
  int decimal_digits = 0;
  for (const char c : shown) {
    if (c == ',') decimals = true;
    if (c < '0' || c > '9') continue;
    if (decimals) cents = cents * 10 + (c - '0'), ++decimal_digits;
    else euros = euros * 10 + (c - '0');
  }
  return euros * 100 + (decimal_digits == 1 ? cents * 10 : cents);
}

TEST(Overview, OpensInABrowserOnTwoThousandConventionsWithChartsMatchingTheExtract) {
  const std::string browser = have("chromium") ? "chromium" : have("chromium-browser") ? "chromium-browser" : "";
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed (tools/deps.sh installs it)";
  const fs::path archive = scratch("archive");
  fs::remove_all(archive);
  ASSERT_EQ(shell("python3 tools/gen-corpus --count 2000 --seed 31 --defect-rate 0.3 --out '" + archive.string() + "' > /dev/null"), 0);
  const fs::path html = scratch("archive.html"), dom = scratch("archive.dom"), extract = scratch("archive.jsonl"),
                 findings = scratch("archive-findings.jsonl");
  ASSERT_EQ(shell(convlint("check --format html --fail-on never -o '" + html.string() + "' '" + archive.string() + "'")), 0);
  ASSERT_EQ(shell(convlint("extract -o '" + extract.string() + "' '" + archive.string() + "'")), 0);
  ASSERT_EQ(shell(convlint("check --format jsonl --fail-on never -o '" + findings.string() + "' '" + archive.string() + "'")), 0);
  ASSERT_EQ(shell(browser + " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                            "--disable-component-update --disable-sync --user-data-dir='" + scratch("chromium-overview").string() +
                  "' --dump-dom 'file://" + html.string() + "' > '" + dom.string() + "' 2> /dev/null"),
            0);
  const std::string page = testing::read_file(dom);
  ASSERT_NE(page.find("id=\"overview\""), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos) << "nothing runs";

  std::map<std::pair<std::string, std::string>, size_t> by_rule;
  std::ifstream findings_in(findings);
  for (std::string line; std::getline(findings_in, line);) {
    const json file = json::parse(line);
    for (const auto& finding : file["findings"]) ++by_rule[{finding["rule"], finding["severity"]}];
  }
  std::set<std::string> years;
  int64_t total_ae = 0, total_cp = 0;
  size_t conventions = 0;
  std::ifstream extract_in(extract);
  for (std::string line; std::getline(extract_in, line); ++conventions) {
    const json record = json::parse(line);
    const std::string date = record["signature"]["date"].is_string() ? record["signature"]["date"].get<std::string>() : "";
    years.insert(date.substr(0, 4));
    if (record["schedule"].is_null()) continue;
    total_ae += record["schedule"]["total_ae"].get<int64_t>();
    total_cp += record["schedule"]["total_cp"].get<int64_t>();
  }
  ASSERT_EQ(conventions, 2000u);
  EXPECT_EQ(bars_in(page, "chart-rules"), std::min<size_t>(by_rule.size(), 20));
  EXPECT_EQ(bars_in(page, "chart-years"), std::min<size_t>(years.size(), 20));
  EXPECT_EQ(bars_in(page, "chart-credits"), 2 * 20u) << "AE and CP for each of the first 20 programmes and years";
  EXPECT_GT(bars_in(page, "chart-delegants"), 1u);
  EXPECT_GT(bars_in(page, "chart-credits-delegataires"), 1u);
  for (const auto& [key, count] : by_rule) {
    const auto cells = row_after(page, "Constats par règle", key.first);
    ASSERT_GE(cells.size(), 3u) << key.first;
    EXPECT_EQ(cells[2], std::to_string(by_rule[{key.first, cells[1] == "erreur" ? "error" : cells[1] == "avertissement" ? "warning" : "info"}]))
        << key.first;
  }
  const auto total = row_after(page, "Crédits délégués par programme et année", "Total");
  ASSERT_EQ(total.size(), 5u);
  EXPECT_EQ(cents_shown(total[2]), total_ae);
  EXPECT_EQ(cents_shown(total[3]), total_cp);
}

// The cells of a CSV file (RFC 4180, as LibreOffice and convlint write it), by row.
std::vector<std::vector<std::string>> read_csv(const fs::path& path) {
  const std::string text = testing::read_file(path);
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(cell)), cell.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(cell)), cell.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      cell += c;
    }
  }
  if (!cell.empty() || !rows.back().empty()) rows.back().push_back(cell);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(Workbook, LibreOfficeReadsTheSameConventionsAndFindingsAsTheCsvReports) {
  if (!have("soffice")) GTEST_SKIP() << "LibreOffice is not installed (tools/deps.sh installs it)";
  const fs::path book = scratch("corpus.xlsx"), sheets = scratch("sheets"), extract = scratch("corpus-extract.csv"),
                 findings = scratch("corpus-findings.csv");
  fs::remove_all(sheets);
  ASSERT_EQ(shell(convlint("extract --format xlsx -o '" + book.string() + "' corpus")), 0);
  ASSERT_EQ(shell(convlint("extract --format csv -o '" + extract.string() + "' corpus")), 0);
  ASSERT_EQ(shell(convlint("check --format csv --fail-on never -o '" + findings.string() + "' corpus")), 0);
  // Every sheet to its own CSV, values as stored (not as shown): "…,false,true,false,false,false,-1".
  ASSERT_EQ(shell("cd '" + scratch("").string() + "' && soffice -env:UserInstallation=file://" + scratch("lo-profile").string() +
                  " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' --outdir '" +
                  sheets.string() + "' '" + book.string() + "' > /dev/null 2>&1"),
            0);
  const auto conventions = read_csv(sheets / "corpus-Conventions.csv");
  const auto expected = read_csv(extract);
  ASSERT_EQ(conventions.size(), expected.size());
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(conventions[0], expected[0]) << "the same columns";
  for (size_t r = 1; r < expected.size(); ++r) {
    ASSERT_EQ(conventions[r].size(), expected[r].size()) << expected[r][0];
    for (size_t c = 0; c < expected[r].size(); ++c) {
      const std::string& column = expected[0][c];
      if (column == "total_ae" || column == "total_cp") {  // numbers in the sheet, decimal euros in the CSV
        EXPECT_DOUBLE_EQ(std::strtod(conventions[r][c].c_str(), nullptr), std::strtod(expected[r][c].c_str(), nullptr)) << expected[r][0];
      } else {
        EXPECT_EQ(conventions[r][c], expected[r][c]) << expected[r][0] << " " << column;
      }
    }
  }
  const auto found = read_csv(sheets / "corpus-Constats.csv");
  EXPECT_EQ(found, read_csv(findings));
  const auto totals = read_csv(sheets / "corpus-Totaux.csv");
  ASSERT_GT(totals.size(), 1u);
  EXPECT_EQ(totals[0], (std::vector<std::string>{"programme", "year", "ae", "cp", "conventions"}));
  const std::string xml = testing::read_file(book);
  EXPECT_EQ(xml.substr(0, 2), "PK") << "a zip package";
}

TEST(Workbook, IsNotWrittenToATerminalAndReportsAnUnwritableOutput) {
  EXPECT_EQ(shell(convlint("extract --format xlsx -o /nonexistent/dir/out.xlsx corpus/01-culture-dinum.txt 2> /dev/null")), 2);
}

}  // namespace
}  // namespace convlint
