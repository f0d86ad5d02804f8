// Lints every file of corpus/ and compares with the findings kept beside it (FILE.expected, one line per finding:
// line:column severity rule message). Set CONVLINT_UPDATE_SNAPSHOTS=1 to rewrite them, then review the diff.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <set>

#include "rules/rule_test_support.hpp"

namespace convlint::testing {
namespace {

std::string snapshot(const std::filesystem::path& file) {
  const auto linted = lint_text(read_file(file));
  std::string out;
  for (const auto& finding : linted.findings) {
    const auto at = linted.position(finding);
    out += std::to_string(at.line) + ":" + std::to_string(at.column) + " " + std::string(rules::severity_name(finding.severity)) +
           " " + finding.rule + " " + finding.message + "\n";
  }
  return out;
}

TEST(CorpusSnapshot, FindingsMatchTheReviewedSnapshots) {
  const bool update = std::getenv("CONVLINT_UPDATE_SNAPSHOTS") != nullptr;
  for (const auto& file : corpus_files()) {
    const std::string actual = snapshot(file);
    const auto expected_path = std::filesystem::path(file.string() + ".expected");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path << " is missing";
    EXPECT_EQ(actual, read_file(expected_path)) << file;
  }
}

TEST(CorpusSnapshot, EveryRuleFiresSomewhereInTheCorpus) {
  std::set<std::string> fired;
  for (const auto& file : corpus_files()) {
    for (const auto& finding : lint_text(read_file(file)).findings) fired.insert(finding.rule);
  }
  auto catalog = rules::builtin_catalog();
  ASSERT_TRUE(catalog.has_value());
  // parse/ocr speaks of pages read by OCR: the corpus is text, its scans are tested in document_formats_test.cpp.
  for (const auto& rule : catalog->rules) {
    if (rule.id == "parse/ocr") continue;
    EXPECT_TRUE(fired.count(rule.id)) << rule.id << " never fires on corpus/";
  }
}

// `text` as a PDF conversion writes it: lines of prose cut at spaces to at most `width` bytes, CRLF kept. Lines that
// do not start like prose (table rows, list items, footnotes, markdown marks) stay whole, as they do in a PDF.
std::string wrapped(const std::string& text, size_t width) {
  const std::string eol = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  std::string out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto lead = line.empty() ? 0u : static_cast<unsigned char>(line.front());
    // An ASCII letter or digit, or an accented letter (UTF-8 lead bytes from 0xC3, Windows-1252 capitals); not
    // 0xC2 or 0xE2, which start no-break spaces, superscripts, bullets and quotes.
    const bool prose = (lead >= 'a' && lead <= 'z') || (lead >= 'A' && lead <= 'Z') || (lead >= '0' && lead <= '9') ||
                       (lead >= 0xC3 && lead != 0xE2);
    while (prose && line.size() > width && line.find('\t') == std::string::npos) {
      const size_t cut = line.rfind(' ', width);
      if (cut == std::string::npos || cut == 0) break;
      out += line.substr(0, cut) + eol;
      line.erase(0, cut + 1);
    }
    out += line + eol;
  }
  return out;
}

std::multiset<std::string> rules_found(const std::string& text) {
  std::multiset<std::string> rules;
  for (const auto& finding : lint_text(text).findings) rules.insert(finding.rule);
  return rules;
}

TEST(CorpusSnapshot, ThePdfConversionOfAConventionWrappingItsLinesGivesTheSameFindings) {
  auto files = corpus_files();
  if (!seeds_dir().empty()) {  // the published conventions beside the project, when they are there
    for (const auto& entry : std::filesystem::directory_iterator(seeds_dir())) files.push_back(entry.path());
  }
  for (const auto& file : files) {
    const std::string text = read_file(file);
    const auto expected = rules_found(text);
    for (const size_t width : {70u, 85u}) {
      const std::string cut = wrapped(text, width);
      ASSERT_NE(cut, text) << file << " has no line to wrap at " << width;
      EXPECT_EQ(rules_found(cut), expected) << file << " wrapped at " << width << " columns";
    }
  }
}

TEST(CorpusSnapshot, WellFormedConventionsOfEveryVariantHaveNoFinding) {
  for (const auto& file : corpus_files()) {
    if (file.filename().string().find("defauts") != std::string::npos) continue;
    EXPECT_EQ(snapshot(file), "") << file;
  }
}

}  // namespace
}  // namespace convlint::testing
