// Word and PDF conventions from the CLI: the corpus converted by tools/make-fixtures (pandoc, Chromium, qpdf) must
// give the same rules as its text, and PDFs that hold no readable text must be refused clearly.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <sstream>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;
using testing::run_convlint;

using testing::fixtures;

// The rule of every finding, sorted.
std::vector<std::string> rules_found(const fs::path& file) {
  const auto run = run_convlint("check --format jsonl --fail-on never '" + file.string() + "'");
  std::vector<std::string> rules;
  const auto record = nlohmann::json::parse(run.out);
  EXPECT_EQ(record["status"], "ok") << file << ": " << record["error"];
  for (const auto& finding : record["findings"]) rules.push_back(finding["rule"]);
  std::sort(rules.begin(), rules.end());
  return rules;
}

// The forms tools/make-fixtures makes of a convention: pandoc's DOCX, Chromium's PDF, LibreOffice's DOCX, ODT and PDF
// of the text typed with tab stops, and `pdftotext` of that PDF with -layout and without.
const std::vector<std::string> forms = {".docx", ".pdf", ".lo.docx", ".odt", ".lo.pdf", ".layout.txt", ".raw.txt"};

// A convention that is already what a PDF conversion gives (see tools/make-fixtures) has no other form.
bool has_forms(const fs::path& text) {
  return (text.extension() == ".txt" || text.extension() == ".md") && !text.string().ends_with(".layout.txt") &&
         !text.string().ends_with("-texte-abime.txt");
}

// The corpus convention tools/make-fixtures makes its special forms of (turned, stamped, numbered): the first by name.
fs::path first_convention() {
  fs::path first;
  for (const auto& entry : fs::directory_iterator(testing::corpus_dir()))
    if (has_forms(entry.path()) && (first.empty() || entry.path() < first)) first = entry.path();
  return first;
}

// Each of `files` (of the fixtures) gives the rules of the first convention's text.
void expect_rules_of_first_convention(std::initializer_list<const char*> files) {
  const fs::path first = first_convention();
  ASSERT_FALSE(first.empty());
  const auto expected = rules_found(first);
  for (const char* file : files) EXPECT_EQ(rules_found(fixtures() / file), expected) << file;
}

// Checks each text convention of `folder` against the forms `of` it; returns how many had findings.
size_t compare_forms(const fs::path& folder, const std::vector<std::string>& of = forms) {
  size_t with_findings = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const fs::path text = entry.path();
    if (!has_forms(text)) continue;
    const std::string stem = text.stem().string();
    SCOPED_TRACE(stem);
    const auto expected = rules_found(text);
    for (const std::string& form : of) EXPECT_EQ(rules_found(fixtures() / (stem + form)), expected) << form;
    with_findings += !expected.empty();
  }
  return with_findings;
}

// Scanned conventions read by OCR: misread characters may change a finding now and then (a letter for a digit in a
// Chorus code), so the bar is the same rules for at least nine conventions in ten, and every one read.
TEST(DocumentFormats, ScannedCorpusConventionsGiveTheSameRulesAsTheirText) {
  REQUIRE_FIXTURES();
  std::vector<fs::path> texts;
  std::string scans;
  for (const auto& entry : fs::directory_iterator(testing::corpus_dir())) {
    if (!has_forms(entry.path())) continue;
    texts.push_back(entry.path());
    scans += " '" + (fixtures() / (entry.path().stem().string() + ".scan.pdf")).string() + "'";
  }
  std::sort(texts.begin(), texts.end());
  const auto run = run_convlint("check --format jsonl --fail-on never -j 2" + scans);
  std::map<std::string, std::vector<std::string>> scanned;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    const auto record = nlohmann::json::parse(line);
    EXPECT_EQ(record["status"], "ok") << record["path"] << ": " << record["error"];
    std::vector<std::string> rules;
    for (const auto& finding : record["findings"]) rules.push_back(finding["rule"]);
    std::sort(rules.begin(), rules.end());
    scanned[fs::path(record["path"].get<std::string>()).filename().string()] = rules;
  }
  size_t same = 0;
  for (const fs::path& text : texts) {
    const auto expected = rules_found(text);
    const auto found = scanned.find(text.stem().string() + ".scan.pdf");
    ASSERT_NE(found, scanned.end()) << text;
    if (found->second == expected) ++same;
    else std::cout << "[ differs  ] " << text.filename() << ": " << ::testing::PrintToString(found->second) << " scanned, "
                   << ::testing::PrintToString(expected) << " typed\n";
  }
  // The issue asks for nine in ten: twelve in thirteen. The one left is Tesseract's, sure of itself (99 %) when it
  // reads « 40 000 » as « 49 000 » in a table row; the rate is printed above, convention by convention.
  EXPECT_GE(same, 12u) << same << " of " << texts.size() << " scanned conventions give the rules of their text";
}

TEST(DocumentFormats, ImagesAreReadByOcrWithTheirPageBoxAndConfidence) {
  REQUIRE_FIXTURES();
  for (const char* image : {"scan-page1.png", "scan-page1.tif"}) {
    SCOPED_TRACE(image);
    const auto text = run_convlint("convert '" + (fixtures() / image).string() + "'");
    EXPECT_EQ(text.status, 0);
    EXPECT_NE(text.out.find("Convention de délégation de gestion"), std::string::npos) << text.out.substr(0, 300);
    const auto record = nlohmann::json::parse(run_convlint("check --format jsonl --fail-on never '" + (fixtures() / image).string() + "'").out);
    ASSERT_EQ(record["status"], "ok") << record["error"];
    ASSERT_FALSE(record["findings"].empty()) << "one page of a convention misses its clauses";
    const auto& first = record["findings"][0];
    EXPECT_EQ(first["page"], 1);
    ASSERT_TRUE(first.contains("bbox"));
    EXPECT_EQ(first["bbox"].size(), 4u);
    EXPECT_GE(first["ocr_confidence"].get<int>(), 0);
  }
}

// Every footnote call and footnote number of the corpus, as the typed text has them, is read on its scan: raised
// digits OCR reads as digits, and the ones it reads as « ? » or « : » once read again alone; « n° » stays « n° ».
TEST(DocumentFormats, FootnoteCallsAreReadOnScans) {
  REQUIRE_FIXTURES();
  const auto count = [](const std::string& text, std::string_view mark) {
    size_t found = 0;
    for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 1)) ++found;
    return found;
  };
  for (const char* stem : {"05-sauts-de-page", "07-defauts-structure"}) {
    SCOPED_TRACE(stem);
    const std::string typed = testing::read_file(testing::corpus_dir() / (std::string(stem) + ".txt"));
    const auto scanned = run_convlint("convert '" + (fixtures() / (std::string(stem) + ".scan.pdf")).string() + "'");
    ASSERT_EQ(scanned.status, 0);
    for (std::string_view mark : {"¹", "²", "³"}) EXPECT_EQ(count(scanned.out, mark), count(typed, mark)) << mark;
    EXPECT_EQ(count(scanned.out, "n⁰"), 0u) << "« n° » read as a call";
  }
}

// Pages turned for display, as a landscape annex is stored: each is read in the direction of its text.
TEST(DocumentFormats, PagesTurnedForDisplayReadAsTheUprightOnes) {
  REQUIRE_FIXTURES();
  const fs::path first = first_convention();
  ASSERT_FALSE(first.empty());
  const fs::path upright = fixtures() / (first.stem().string() + ".lo.pdf");
  const auto turned = run_convlint("convert '" + (fixtures() / "turned.pdf").string() + "'");
  ASSERT_EQ(turned.status, 0);
  EXPECT_EQ(turned.out, run_convlint("convert '" + upright.string() + "'").out);
}

// Pages scanned sideways or upside down: OCR reads them turned upright, to the rules of their text.
TEST(DocumentFormats, PagesScannedSidewaysOrUpsideDownAreTurnedUprightForOcr) {
  REQUIRE_FIXTURES();
  const fs::path first = first_convention();
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(rules_found(fixtures() / "turned-scan.pdf"), rules_found(first));
  const auto text = run_convlint("convert '" + (fixtures() / "turned-scan.pdf").string() + "'");
  for (const char* words : {"Convention de délégation de gestion", "Article 1", "Fait à Paris"})
    EXPECT_NE(text.out.find(words), std::string::npos) << words;
  const auto image = run_convlint("convert '" + (fixtures() / "turned-page1.png").string() + "'");
  EXPECT_TRUE(image.out.starts_with("Convention de délégation de gestion")) << image.out.substr(0, 200);
}

// A draft printed with Word's line numbering: the numbers in the margin are not the convention's, in the PDF or in
// its `pdftotext -layout` text.
TEST(DocumentFormats, ADraftWithNumberedLinesGivesTheRulesOfItsText) {
  REQUIRE_FIXTURES();
  expect_rules_of_first_convention({"numbered.pdf", "numbered.layout.txt"});
  const auto text = run_convlint("convert '" + (fixtures() / "numbered.pdf").string() + "'");
  EXPECT_EQ(text.out.rfind("1 ", 0), std::string::npos) << text.out.substr(0, 200);
}

// A convention set in two columns, as a bulletin sets its pages: read column by column, it gives the rules of its text.
TEST(DocumentFormats, AConventionSetInTwoColumnsGivesTheRulesOfItsText) {
  REQUIRE_FIXTURES();
  expect_rules_of_first_convention({"columns.pdf"});
  // Its pages are in two columns: the first one's lines hold half a line of the text each.
  const auto text = run_convlint("convert '" + (fixtures() / "columns.pdf").string() + "'");
  EXPECT_NE(text.out.find("Entre"), std::string::npos);
  EXPECT_LT(text.out.find("Entre"), text.out.find("Article 1")) << text.out.substr(0, 400);
}

// A bulletin's stamp in real text over a scanned page is not the page's text: the page is read by OCR all the same.
TEST(DocumentFormats, AScanStampedWithAFewWordsOfTextIsReadByOcr) {
  REQUIRE_FIXTURES();
  const fs::path first = first_convention();
  ASSERT_FALSE(first.empty());
  const auto stamped = run_convlint("check --format jsonl --fail-on never '" + (fixtures() / "stamped-scan.pdf").string() + "'");
  const auto scanned = run_convlint("check --format jsonl --fail-on never '" + (fixtures() / (first.stem().string() + ".scan.pdf")).string() + "'");
  const auto record = nlohmann::json::parse(stamped.out);
  ASSERT_EQ(record["status"], "ok") << record["error"];
  EXPECT_EQ(record["findings"], nlohmann::json::parse(scanned.out)["findings"]);
  const auto text = run_convlint("convert '" + (fixtures() / "stamped-scan.pdf").string() + "'");
  EXPECT_NE(text.out.find("Convention de délégation de gestion"), std::string::npos) << text.out.substr(0, 300);
  const auto unread = run_convlint("check --ocr never '" + (fixtures() / "stamped-scan.pdf").string() + "'");
  EXPECT_EQ(unread.status, 2) << "without OCR, a stamp is all there is to read";
  EXPECT_NE(unread.out.find("--ocr never"), std::string::npos) << unread.out;
}

// One scan alone: its pages are read on both CPUs, in or out of a worker process, to the same findings as on one,
// and the progress bar counts them.
TEST(DocumentFormats, AScanAloneIsReadOnEveryCpuWithItsPagesCounted) {
  REQUIRE_FIXTURES();
  const std::string scan = "'" + (fixtures() / "05-sauts-de-page.scan.pdf").string() + "'";
  const auto one = run_convlint("check --format jsonl --fail-on never -j 1 " + scan);
  ASSERT_EQ(one.status, 0);
  EXPECT_EQ(run_convlint("check --format jsonl --fail-on never -j 2 " + scan).out, one.out);
  EXPECT_EQ(run_convlint("check --format jsonl --fail-on never -j 2 --max-seconds-per-file 0 " + scan).out, one.out);
  const auto shown = run_convlint("check --format jsonl --fail-on never -j 2 --progress always " + scan + " 2>&1 >/dev/null");
  EXPECT_NE(shown.out.find("OCR 3/3 p."), std::string::npos) << shown.out;
}

TEST(DocumentFormats, APageOcrCanHardlyReadIsNamedAndOcrNeverRefusesScans) {
  REQUIRE_FIXTURES();
  const auto record = nlohmann::json::parse(run_convlint("check --format jsonl --fail-on never '" + (fixtures() / "dusty.scan.pdf").string() + "'").out);
  ASSERT_EQ(record["status"], "ok") << record["error"];
  size_t low = 0;
  for (const auto& finding : record["findings"]) {
    if (finding["rule"] != "parse/ocr") continue;
    ++low;
    EXPECT_EQ(finding["severity"], "warning");
    EXPECT_NE(finding["message"].get<std::string>().find("page " + std::to_string(finding["page"].get<int>())), std::string::npos);
    EXPECT_EQ(finding["column"], 1);
  }
  EXPECT_GE(low, 1u) << "a page this dusty is read with low confidence";
  const auto clean = nlohmann::json::parse(run_convlint("check --format jsonl --fail-on never '" + (fixtures() / "01-culture-dinum.scan.pdf").string() + "'").out);
  for (const auto& finding : clean["findings"]) EXPECT_NE(finding["rule"], "parse/ocr") << "a clean scan reads with confidence";
  const auto refused = run_convlint("check --ocr never '" + (fixtures() / "01-culture-dinum.scan.pdf").string() + "'");
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.out.find("--ocr never"), std::string::npos) << refused.out;
}

TEST(DocumentFormats, EveryCorpusConventionGivesTheSameRulesInEveryForm) {
  REQUIRE_FIXTURES();
  EXPECT_GE(compare_forms(testing::corpus_dir()), 4u) << "the defective conventions must be among those compared";
}

// The facts `extract` writes for one file, without its path.
nlohmann::json facts_of(const fs::path& file) {
  auto record = nlohmann::json::parse(run_convlint("extract '" + file.string() + "'").out);
  record.erase("path");
  return record;
}

TEST(DocumentFormats, EveryCorpusConventionGivesTheSameFactsInEveryForm) {
  REQUIRE_FIXTURES();
  for (const auto& entry : fs::directory_iterator(testing::corpus_dir())) {
    const fs::path text = entry.path();
    if (!has_forms(text)) continue;
    SCOPED_TRACE(text.filename().string());
    const auto expected = facts_of(text);
    // `pdftotext` without -layout runs paragraphs together: the rules come out the same, but not yet every fact that
    // depends on where a paragraph ends (a third party after two, the line that labels a table, a date cut at a line's
    // end), so its form is left out here.
    for (const std::string& form : forms) {
      if (form == ".raw.txt") continue;
      EXPECT_EQ(facts_of(fixtures() / (text.stem().string() + form)), expected) << form;
    }
  }
}

TEST(DocumentFormats, EverySeedGivesTheSameRulesInEveryForm) {
  REQUIRE_FIXTURES();
  if (testing::seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds is absent";
  for (const auto& entry : fs::directory_iterator(testing::seeds_dir()))
    if (entry.path().extension() == ".txt" && !fs::exists(fixtures() / (entry.path().stem().string() + ".pdf")))
      GTEST_SKIP() << "the fixtures were made without the seeds (re-run cmake)";
  // LibreOffice's PDF of seed 002 wraps its AE/CP row onto two lines, the CP cell alone on the second: no reader
  // of that PDF can tell which column it belonged to, so the seeds are compared in the forms that keep their cells.
  EXPECT_GE(compare_forms(testing::seeds_dir(), {".docx", ".pdf", ".lo.docx", ".odt"}), 5u);
}

TEST(DocumentFormats, FindingsInAPdfCarryTheirPageAndInADocxTheirParagraph) {
  REQUIRE_FIXTURES();
  const auto pdf = nlohmann::json::parse(
      run_convlint("check --format jsonl '" + (fixtures() / "08-defauts-juridiques.pdf").string() + "'").out);
  ASSERT_FALSE(pdf["findings"].empty());
  for (const auto& finding : pdf["findings"]) EXPECT_GE(finding["page"].get<int>(), 1) << finding;
  EXPECT_GE(pdf["findings"].back()["page"].get<int>(), 2) << "a finding near the end is past the first page";

  const auto docx = run_convlint("check --lang en '" + (fixtures() / "08-defauts-juridiques.docx").string() + "'");
  EXPECT_NE(docx.out.find("note: paragraph "), std::string::npos) << docx.out;
  EXPECT_NE(docx.out.find(" of the Word document"), std::string::npos);
}

TEST(DocumentFormats, PdfsWithoutReadableTextAreRefusedWithExitStatusTwo) {
  REQUIRE_FIXTURES();
  const std::pair<const char*, const char*> cases[] = {{"scanned.pdf", "PDF sans texte (document numérisé ?)"},
                                                       {"encrypted.pdf", "PDF protégé par un mot de passe"},
                                                       {"corrupt.pdf", "PDF illisible ou endommagé"}};
  for (const auto& [file, message] : cases) {
    const auto run = run_convlint("check '" + (fixtures() / file).string() + "'");
    EXPECT_EQ(run.status, 2) << file;
    EXPECT_NE(run.out.find(message), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("[structure/"), std::string::npos) << "no clause reported missing from an unreadable file";
  }
}

TEST(DocumentFormats, WithoutThePdfModuleAPdfIsRefusedAndTextIsStillLinted) {
  REQUIRE_FIXTURES();
  const fs::path alone = fs::temp_directory_path() / ("convlint-alone-" + std::to_string(getpid()));
  fs::create_directories(alone / "bin");
  fs::copy_file(CONVLINT_BINARY, alone / "bin" / "convlint", fs::copy_options::overwrite_existing);
  const std::string command = "'" + (alone / "bin" / "convlint").string() + "' check --lang en '" +
                              (fixtures() / "01-culture-dinum.pdf").string() + "' corpus/01-culture-dinum.txt";
  const auto run = run_convlint("--version >/dev/null && " + command);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("PDF reading unavailable: module libconvlint_pdf.so not found"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("2 files, 0 errors"), std::string::npos) << run.out;
  fs::remove_all(alone);
}

TEST(DocumentFormats, ConvertPrintsTheTextThatLocationsReferTo) {
  REQUIRE_FIXTURES();
  const auto pdf = fixtures() / "01-culture-dinum.pdf";
  const auto text = run_convlint("convert '" + pdf.string() + "'");
  EXPECT_EQ(text.status, 0);
  EXPECT_TRUE(text.out.starts_with("Convention de délégation de gestion\n")) << text.out.substr(0, 200);
  EXPECT_EQ(text.out.find("Page 1 / "), std::string::npos) << "the running footer is removed";
  EXPECT_EQ(text.out.find("Document de travail"), std::string::npos) << "the running header is removed";

  const auto with_pages = run_convlint("convert --origin '" + pdf.string() + "'");
  EXPECT_TRUE(with_pages.out.starts_with("p. 1\tConvention de délégation de gestion\n"));
  EXPECT_NE(with_pages.out.find("\np. 2\t"), std::string::npos);
  const auto with_paragraphs = run_convlint("convert --origin '" + (fixtures() / "01-culture-dinum.docx").string() + "'");
  EXPECT_TRUE(with_paragraphs.out.starts_with("\u00A7 1\tConvention de délégation de gestion\n")) << with_paragraphs.out.substr(0, 200);

  EXPECT_EQ(run_convlint("convert '" + (fixtures() / "encrypted.pdf").string() + "' 2>/dev/null").status, 2);
}

TEST(DocumentFormats, FoldersAndArchivesIncludeWordAndPdfConventions) {
  REQUIRE_FIXTURES();
  // A folder of its own, empty: a process of an earlier test may have had the same pid and left files.
  const fs::path folder = fs::temp_directory_path() / ("convlint-folder-formats-" + std::to_string(getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  for (const char* name : {"09-defauts-financiers.docx", "09-defauts-financiers.odt", "09-defauts-financiers.pdf", "scanned.pdf"})
    fs::copy_file(fixtures() / name, folder / name, fs::copy_options::overwrite_existing);
  fs::copy_file(fixtures() / "09-defauts-financiers.html", folder / "page.html", fs::copy_options::overwrite_existing);
  const auto run = run_convlint("check --format json '" + folder.string() + "'");
  const auto report = nlohmann::json::parse(run.out);
  ASSERT_EQ(report["files"].size(), 4u) << "the .html page is not a convention";
  EXPECT_FALSE(report["files"][0]["findings"].empty());
  EXPECT_FALSE(report["files"][1]["findings"].empty()) << "the .odt is read";
  EXPECT_FALSE(report["files"][2]["findings"].empty());
  EXPECT_EQ(report["files"][3]["status"], "error");
  EXPECT_EQ(run.status, 2);

  const fs::path zip = folder / "conventions.zip";
  ASSERT_EQ(std::system(("cd '" + folder.string() + "' && python3 -c \"import zipfile, sys; z = zipfile.ZipFile('conventions.zip', 'w'); "
                         "[z.write(name) for name in sys.argv[1:]]\" 09-defauts-financiers.docx 09-defauts-financiers.pdf")
                            .c_str()),
            0);
  fs::remove(folder / "09-defauts-financiers.docx");
  fs::remove(folder / "09-defauts-financiers.odt");
  fs::remove(folder / "09-defauts-financiers.pdf");
  fs::remove(folder / "scanned.pdf");
  const auto members = nlohmann::json::parse(run_convlint("check --format json '" + zip.string() + "'").out);
  ASSERT_EQ(members["files"].size(), 2u);
  EXPECT_EQ(members["files"][0]["path"], zip.string() + "!09-defauts-financiers.docx");
  EXPECT_EQ(members["files"][0]["findings"], report["files"][0]["findings"]);
  EXPECT_EQ(members["files"][1]["findings"], report["files"][2]["findings"]);
  fs::remove_all(folder);
}

}  // namespace
}  // namespace convlint
