// Clause rules read on many phrasings: each file of tests/fixtures/phrasings/ replaces one clause of the clean
// convention by conforming phrasings (the rule must stay silent) and non-conforming ones (the rule must report at the
// words named, with the severity named).
#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "document/sentences.hpp"
#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using document::ConceptId;

struct PhrasingCase {
  std::string text;
  std::string at;  // non-conforming: the words the finding points at
  rules::Severity severity = rules::Severity::error;
};

struct PhrasingFile {
  std::string name;
  std::string rule;
  std::string replaces;
  std::vector<std::string> conforming;
  std::vector<PhrasingCase> non_conforming;
  std::string base;  // the text the phrasings go into: a file under tests/fixtures (`base:`), else the clean convention
};

std::filesystem::path phrasings_dir() { return project_dir() / "tests" / "fixtures" / "phrasings"; }

std::vector<PhrasingFile> phrasing_files() {
  std::vector<PhrasingFile> files;
  for (const auto& entry : std::filesystem::directory_iterator(phrasings_dir())) {
    if (entry.path().extension() != ".yaml") continue;
    const YAML::Node root = YAML::LoadFile(entry.path().string());
    PhrasingFile file{entry.path().filename().string(), root["rule"].as<std::string>(), root["replaces"].as<std::string>(), {}, {}, {}};
    file.base = root["base"] ? read_file(project_dir() / "tests" / "fixtures" / root["base"].as<std::string>()) : clean_convention();
    for (const auto& text : root["conforming"]) file.conforming.push_back(text.as<std::string>());
    for (const auto& item : root["non_conforming"]) {
      file.non_conforming.push_back({item["text"].as<std::string>(), item["at"].as<std::string>(),
                                     *rules::parse_severity(item["severity"].as<std::string>())});
    }
    files.push_back(std::move(file));
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return files;
}

// Where `at` stands in `text`: inside the replaced clause when it is there, else its first place in the text.
source::Position expected_position(const std::string& text, const std::string& replacement, const std::string& at) {
  const size_t clause = text.find(replacement);
  const size_t inside = replacement.find(at);
  if (clause == std::string::npos || inside == std::string::npos) return position_in(text, at);
  const std::string before = text.substr(0, clause + inside);
  return position_in(before + "\x01", "\x01");
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  return text;
}

class Phrasings : public ::testing::TestWithParam<PhrasingFile> {};

TEST_P(Phrasings, ManyConformingAndNonConformingPhrasings) {
  EXPECT_GE(GetParam().conforming.size(), 12u) << GetParam().name;
  EXPECT_GE(GetParam().non_conforming.size(), 6u) << GetParam().name;
}

TEST_P(Phrasings, AcceptsEveryConformingPhrasing) {
  const PhrasingFile& file = GetParam();
  for (const std::string& phrasing : file.conforming) {
    const auto linted = lint_text(with(file.base, file.replaces, phrasing));
    const auto found = linted.of(file.rule);
    EXPECT_TRUE(found.empty()) << file.rule << " fired on « " << phrasing << " »: " << (found.empty() ? "" : found[0].message);
  }
}

TEST_P(Phrasings, FlagsEveryNonConformingPhrasingAtItsPlace) {
  const PhrasingFile& file = GetParam();
  for (const PhrasingCase& phrasing : file.non_conforming) {
    const std::string text = with(file.base, file.replaces, phrasing.text);
    const auto linted = lint_text(text);
    const source::Position expected = expected_position(text, phrasing.text, phrasing.at);
    const auto found = linted.of(file.rule);
    const bool reported = std::any_of(found.begin(), found.end(), [&](const rules::Finding& finding) {
      const source::Position at = linted.position(finding);
      return at.line == expected.line && at.column == expected.column && finding.severity == phrasing.severity;
    });
    std::string seen;
    for (const auto& finding : found) {
      const auto at = linted.position(finding);
      seen += " " + std::to_string(at.line) + ":" + std::to_string(at.column) + " " + finding.message + ";";
    }
    EXPECT_TRUE(reported) << file.rule << " on « " << phrasing.text << " »: expected " << rules::severity_name(phrasing.severity)
                          << " at " << expected.line << ":" << expected.column << " (« " << phrasing.at << " »), found:" << seen;
  }
}

// Every well-formed convention of corpus/ (an empty .expected), with one clause swapped in turn for each conforming
// phrasing of its pool, gives no finding at all: the clause is the first sentence of the articles that mentions one
// of the pool's `marks` (a concept of rules/lexicon.yaml). Pools whose phrasings fit any convention say
// `paraphrase: true`.
TEST(Paraphrase, WellFormedCorpusConventionsStayCleanWhateverThePhrasing) {
  const auto files = phrasing_files();
  size_t swapped = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    const auto expected = std::filesystem::path(entry.path().string() + ".expected");
    if (!std::filesystem::exists(expected) || !read_file(expected).empty()) continue;
    const Parsed original = parse_bytes(read_file(entry.path()), entry.path().string());
    const std::string& text = original.source->text;
    for (const PhrasingFile& file : files) {
      const YAML::Node root = YAML::LoadFile((phrasings_dir() / file.name).string());
      if (!root["paraphrase"] || !root["paraphrase"].as<bool>()) continue;
      std::vector<ConceptId> marks;
      for (const auto& mark : root["marks"]) marks.push_back(*rules::builtin_lexicon().find(mark.as<std::string>()));
      // The clause: the sentence of the articles that mentions most of the marks (the first of them).
      const document::Sentence* clause = nullptr;
      size_t most = 0;
      for (const auto& sentence : original.document.facts.sentences) {
        if (sentence.heading || sentence.part != document::Sentence::Part::article) continue;
        const size_t count = static_cast<size_t>(std::count_if(marks.begin(), marks.end(), [&](ConceptId mark) {
          return document::mentions(original.document.facts, sentence, mark);
        }));
        if (count > most) {
          most = count;
          clause = &sentence;
        }
      }
      if (!clause) continue;
      for (std::string phrasing : file.conforming) {
        // The pools' years (2025 to 2026) become the convention's own: its signature year to its end year.
        const auto& facts = original.document.facts;
        if (facts.term.end && original.document.signature && original.document.signature->date) {
          phrasing = replace_all(replace_all(replace_all(phrasing, "2026", "{end}"), "2025", std::to_string(original.document.signature->date->year)),
                                 "{end}", std::to_string(facts.term.end->year));
        }
        const std::string swapped_text = text.substr(0, clause->span.begin) + phrasing + text.substr(clause->span.end);
        const auto linted = lint_text(swapped_text);
        for (const auto& finding : linted.findings)
          ADD_FAILURE() << entry.path().filename() << " with « " << phrasing << " » (" << file.name << "): " << finding.rule << ": " << finding.message;
        ++swapped;
      }
    }
  }
  EXPECT_GT(swapped, 100u) << "the corpus holds the clauses the pools rephrase";
}

std::string case_name(const ::testing::TestParamInfo<PhrasingFile>& param) {
  std::string name = param.param.name.substr(0, param.param.name.find('.'));
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Clauses, Phrasings, ::testing::ValuesIn(phrasing_files()), case_name);

}  // namespace
}  // namespace convlint::testing
