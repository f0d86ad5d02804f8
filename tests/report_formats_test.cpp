// Every report format on the corpus, read back by an independent parser; archives; deterministic parallel output.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "test_support.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;

using testing::convlint;
using testing::have;
using testing::scratch;
using testing::shell;

bool have_python_module(const std::string& module) { return shell("python3 -c 'import " + module + "' 2> /dev/null") == 0; }

using Key = std::tuple<std::string, std::string, int, int>;  // path, rule, line, column

std::vector<Key> keys_of(const nlohmann::json& files) {
  std::vector<Key> keys;
  for (const auto& file : files) {
    for (const auto& finding : file["findings"])
      keys.emplace_back(file["path"], finding["rule"], finding["line"], finding["column"]);
  }
  return keys;
}

TEST(Formats, JsonAndJsonlGiveTheSameFindings) {
  const auto json = scratch("report.json"), jsonl = scratch("report.jsonl");
  shell(convlint("check --format json corpus/ > " + json.string()));
  shell(convlint("check --format jsonl corpus/ > " + jsonl.string()));
  const auto report = nlohmann::json::parse(testing::read_file(json));
  nlohmann::json lines = nlohmann::json::array();
  std::ifstream in(jsonl);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  EXPECT_EQ(lines.size(), report["files"].size());
  EXPECT_FALSE(keys_of(report["files"]).empty());
  EXPECT_EQ(keys_of(lines), keys_of(report["files"]));
}

TEST(Formats, CsvRoundTripsThroughACsvParser) {
  if (!have_python_module("csv")) GTEST_SKIP() << "python3 is not installed (tools/deps.sh installs it)";
  const auto csv = scratch("report.csv"), json = scratch("report2.json");
  shell(convlint("check --format csv corpus/ > " + csv.string()));
  shell(convlint("check --format json corpus/ > " + json.string()));
  const auto parsed = scratch("parsed.json");
  ASSERT_EQ(shell("python3 -c \"import csv,json,sys; rows=list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))); "
                  "json.dump(rows, open(sys.argv[2],'w'))\" " + csv.string() + " " + parsed.string()), 0);
  const auto rows = nlohmann::json::parse(testing::read_file(parsed));
  const auto report = nlohmann::json::parse(testing::read_file(json));
  std::vector<Key> from_csv;
  size_t messages = 0;
  for (const auto& row : rows) {
    from_csv.emplace_back(row["path"], row["rule"], std::stoi(row["line"].get<std::string>()), std::stoi(row["column"].get<std::string>()));
    messages += !row["message"].get<std::string>().empty();
  }
  EXPECT_EQ(from_csv, keys_of(report["files"]));
  EXPECT_EQ(messages, rows.size());
}

TEST(Formats, SarifIsValidAgainstTheSchema) {
  const auto sarif = scratch("report.sarif");
  shell(convlint("check --format sarif corpus/ > " + sarif.string()));
  const auto log = nlohmann::json::parse(testing::read_file(sarif));
  const auto& run = log["runs"][0];
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), rules::builtin_catalog()->rules.size());
  ASSERT_FALSE(run["results"].empty());
  for (const auto& result : run["results"]) {
    EXPECT_TRUE(result.contains("partialFingerprints"));
    const std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_TRUE(uri.starts_with("corpus/")) << uri;
    EXPECT_GE(result["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>(), 1);
    EXPECT_EQ(run["tool"]["driver"]["rules"][result["ruleIndex"].get<size_t>()]["id"], result["ruleId"]);
  }
  const auto schema = testing::project_dir().parent_path() / "shared" / "schemas" / "sarif-2.1.0.json";
  if (!fs::exists(schema) || !have_python_module("jsonschema")) GTEST_SKIP() << "no SARIF schema or python3-jsonschema at hand";
  EXPECT_EQ(shell("python3 -c \"import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))\" " +
                  sarif.string() + " " + schema.string()),
            0);
}

TEST(Formats, HtmlEscapesEveryPieceOfDocumentText) {
  const std::string hostile = "Article 1 : Objet <script>document.title='PWNED'</script>\n\n"
                              "Le délégataire <img src=x onerror=\"document.title='PWNED'\"> rend compte.\n";
  const auto input = scratch("hostile.txt"), html = scratch("hostile.html");
  std::ofstream(input, std::ios::binary) << hostile;
  shell(convlint("check --format html " + input.string() + " > " + html.string()));
  const std::string page = testing::read_file(html);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_EQ(page.find("http://"), std::string::npos) << "self-contained: no network";
}

TEST(Formats, EveryFormatShowsASafeFixBesideItsFinding) {
  const std::string file = (testing::corpus_dir() / "08-defauts-juridiques.txt").string();
  const auto html = testing::run_convlint("check --format html --select legal/preavis " + file);
  EXPECT_NE(html.out.find("Correction sûre : « d&#39;un mois » → « de trois mois »"), std::string::npos);
  const auto text = testing::run_convlint("check --select legal/preavis " + file);
  EXPECT_NE(text.out.find("note: correction sûre (--fix) : « d'un mois » → « de trois mois »"), std::string::npos) << text.out;
  const auto sarif = nlohmann::json::parse(testing::run_convlint("check --format sarif --select legal/preavis " + file).out);
  const auto& replacement = sarif["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0];
  EXPECT_EQ(replacement["insertedContent"]["text"], "de trois mois");
  EXPECT_EQ(replacement["deletedRegion"]["startLine"], 55);
  EXPECT_EQ(replacement["deletedRegion"]["startColumn"], 155) << "with the elided « d' »";
  const auto rules = testing::run_convlint("rules");
  EXPECT_NE(rules.out.find("legal/preavis                    error    legal      [*] "), std::string::npos) << rules.out;
  const auto explain = testing::run_convlint("explain legal/preavis");
  EXPECT_NE(explain.out.find("Correction sûre"), std::string::npos);
}

TEST(Formats, HtmlShowsFindingsInPlaceInABrowserAndRunsNothing) {
  const std::string browser = have("chromium") ? "chromium" : have("chromium-browser") ? "chromium-browser" : "";
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed (tools/deps.sh installs it)";
  const auto input = scratch("page.txt"), html = scratch("page.html"), dom = scratch("page.dom");
  std::ofstream(input, std::ios::binary) << testing::read_file(testing::corpus_dir() / "08-defauts-juridiques.txt")
                                         << "\n<script>document.body.setAttribute('data-pwned','yes')</script>\n"
                                            "<img src=x onerror=\"document.body.setAttribute('data-pwned','yes')\">\n";
  shell(convlint("check --format html " + input.string() + " > " + html.string()));
  const std::string profile = scratch("chromium-profile").string();
  ASSERT_EQ(shell(browser + " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
                            "--disable-component-update --disable-sync --user-data-dir=" + profile + " --dump-dom file://" +
                  html.string() + " > " + dom.string() + " 2> /dev/null"),
            0);
  const std::string rendered = testing::read_file(dom);
  EXPECT_EQ(rendered.find("data-pwned=\"yes\""), std::string::npos) << "a script from the convention ran";
  EXPECT_NE(rendered.find("<mark class=\"error\""), std::string::npos) << "findings are highlighted in the text";
  EXPECT_NE(rendered.find("préavis fixé à un mois"), std::string::npos) << "findings are listed";
  EXPECT_NE(rendered.find("&lt;script&gt;"), std::string::npos);
}

TEST(Archives, EveryMemberIsReportedWithItsOutcome) {
  if (!have_python_module("zipfile")) GTEST_SKIP() << "python3 is not installed (tools/deps.sh installs it)";
  const auto zip = scratch("lot.zip");
  const std::string valid = testing::read_file(testing::corpus_dir() / "01-culture-dinum.txt");
  const auto valid_path = scratch("valid.txt");
  std::ofstream(valid_path, std::ios::binary) << valid;
  ASSERT_EQ(shell("python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); "
                  "z.write(sys.argv[2],'lot/valide.txt'); z.writestr('lot/sous/dossier/autre.txt', open(sys.argv[2]).read()); "
                  "z.writestr('lot/binaire.txt', bytes(range(256))*4); z.writestr('lot/gros.txt', 'a'*300000); "
                  "z.writestr('../evasion.txt', 'Article 1 : Objet'); z.close()\" " + zip.string() + " " + valid_path.string()),
            0);
  const auto report = scratch("lot.jsonl");
  EXPECT_EQ(shell(convlint("check --format jsonl --max-file-size 200000 " + zip.string() + " > " + report.string())), 2);
  std::map<std::string, nlohmann::json> by_member;
  std::ifstream in(report);
  for (std::string line; std::getline(in, line);) {
    const auto file = nlohmann::json::parse(line);
    by_member[file["path"].get<std::string>().substr(zip.string().size())] = file;
  }
  ASSERT_EQ(by_member.size(), 5u);
  EXPECT_EQ(by_member["!lot/valide.txt"]["status"], "ok");
  EXPECT_EQ(by_member["!lot/sous/dossier/autre.txt"]["status"], "ok");
  EXPECT_NE(by_member["!lot/binaire.txt"]["error"].get<std::string>().find("binaire"), std::string::npos);
  EXPECT_NE(by_member["!lot/gros.txt"]["error"].get<std::string>().find("volumineux"), std::string::npos);
  EXPECT_EQ(by_member["!../evasion.txt"]["status"], "ok") << "read in memory, never extracted";
  EXPECT_FALSE(fs::exists(scratch("").parent_path() / "evasion.txt"));
}

TEST(Archives, ADecompressionBombIsStoppedAtTheTotalLimit) {
  if (!have_python_module("zipfile")) GTEST_SKIP() << "python3 is not installed";
  const auto zip = scratch("bomb.zip");
  ASSERT_EQ(shell("python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); "
                  "[z.writestr('bomb/%d.txt' % i, 'a'*4000000) for i in range(20)]; z.close()\" " + zip.string()),
            0);
  EXPECT_LT(fs::file_size(zip), 1000000u);
  const auto report = scratch("bomb.jsonl");
  EXPECT_EQ(shell(convlint("check --format jsonl --max-archive-size 10000000 " + zip.string() + " > " + report.string())), 2);
  const std::string out = testing::read_file(report);
  EXPECT_NE(out.find("taille totale"), std::string::npos);
}

// Members nobody asked for are decompressed all the same to reach the next one: they count towards the limit, and
// past it the rest of the archive is left unread (a bzip2 stream of zeros unpacks to a thousand times its size).
TEST(Archives, SkippedMembersCountTowardsTheTotalLimit) {
  if (!have_python_module("tarfile")) GTEST_SKIP() << "python3 is not installed";
  const auto bomb = scratch("bomb.tar.bz2");
  ASSERT_EQ(shell("python3 -c \"import tarfile,io,sys; t=tarfile.open(sys.argv[1],'w:bz2'); "
                  "d=b'\\0'*40000000; i=tarfile.TarInfo('junk.bin'); i.size=len(d); t.addfile(i, io.BytesIO(d)); "
                  "i=tarfile.TarInfo('after.txt'); i.size=5; t.addfile(i, io.BytesIO(b'texte')); t.close()\" " + bomb.string()), 0);
  EXPECT_LT(fs::file_size(bomb), 100000u);
  const auto report = scratch("bomb-tar.jsonl");
  EXPECT_EQ(shell("timeout 60 " + convlint("check --format jsonl --max-archive-size 10000000 " + bomb.string() + " > " + report.string())), 2);
  const std::string out = testing::read_file(report);
  EXPECT_NE(out.find("taille totale"), std::string::npos) << out;
  EXPECT_EQ(out.find("after.txt"), std::string::npos) << "the member past the limit was read";
}

TEST(Parallel, TwoThousandConventionsGiveTheSameBytesWithOneOrTwoThreads) {
  if (!have("python3")) GTEST_SKIP() << "python3 is not installed (tools/deps.sh installs it)";
  const auto dir = scratch("generated");
  ASSERT_EQ(shell("python3 tools/gen-corpus --count 2000 --seed 11 --defect-rate 0.3 --out " + dir.string()), 0);
  const auto one = scratch("j1.json"), two = scratch("j2.json");
  shell(convlint("check --format json -j 1 " + dir.string() + " > " + one.string()));
  shell(convlint("check --format json -j 2 " + dir.string() + " > " + two.string()));
  const std::string first = testing::read_file(one);
  EXPECT_EQ(nlohmann::json::parse(first)["summary"]["files"], 2000);
  EXPECT_TRUE(first == testing::read_file(two)) << "-j 2 output differs from -j 1";
}

TEST(Extract, OneRecordPerConventionInJsonlAndCsv) {
  const auto jsonl = scratch("extract.jsonl"), csv = scratch("extract.csv");
  EXPECT_EQ(shell(convlint("extract corpus/ > " + jsonl.string())), 0);
  EXPECT_EQ(shell(convlint("extract --format csv corpus/ > " + csv.string())), 0);
  std::ifstream in(jsonl);
  std::vector<nlohmann::json> records;
  for (std::string line; std::getline(in, line);) records.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(records.size(), testing::corpus_files().size());
  const auto& first = records[0];
  EXPECT_EQ(first["parties"][0]["role"], "délégant");
  EXPECT_EQ(first["schedule"]["total_ae"], 20000000);
  EXPECT_EQ(first["end_date"], "2026-12-31");
  EXPECT_EQ(first["preavis_months"], 3);
  EXPECT_EQ(first["chorus"][0]["centre_financier"], "0361-CDGP-DNUM");
  const std::string table = testing::read_file(csv);
  EXPECT_NE(table.find("2025: AE 200000.00 / CP 120000.00"), std::string::npos);
}

// A convention with NAME.extract.json beside it (the record, reviewed, without its path) must give that record.
TEST(Extract, ConventionsGiveTheirReviewedRecords) {
  int reviewed = 0;
  for (const auto& file : testing::corpus_files()) {
    const auto expected_path = fs::path(file).replace_extension(".extract.json");
    if (!fs::exists(expected_path)) continue;
    ++reviewed;
    const auto out = scratch("record.json");
    shell(convlint("extract " + file.string() + " > " + out.string()));
    auto record = nlohmann::json::parse(testing::read_file(out));
    record.erase("path");
    EXPECT_EQ(record, nlohmann::json::parse(testing::read_file(expected_path))) << file;
  }
  EXPECT_GE(reviewed, 4);
}

TEST(Extract, AMisspeltRoleDefinitionStillNamesItsRole) {
  const std::string text = "Entre\n\nLe ministère,\nReprésenté par A,\nCi-après dénommé « le délégant »,\n\nEt\n\nLa DNUM,\n"
                           "Représentée par B,\nCi-après dénommée « le partenaire-déléataire »,\n\nArticle 1 : Objet\n\nTexte.\n";
  const auto input = scratch("misspelt.txt"), out = scratch("misspelt.jsonl");
  std::ofstream(input, std::ios::binary) << text;
  shell(convlint("extract " + input.string() + " > " + out.string()));
  const auto record = nlohmann::json::parse(testing::read_file(out));
  EXPECT_EQ(record["parties"][1]["role"], "délégataire");
}

}  // namespace
}  // namespace convlint
