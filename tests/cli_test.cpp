// End-to-end: the convlint binary as users run it.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "test_support.hpp"

namespace convlint {
namespace {

using Outcome = testing::CliOutcome;

Outcome convlint(const std::string& arguments) { return testing::run_convlint(arguments); }

std::filesystem::path temp_file(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("convlint-cli-" + std::to_string(getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(Cli, CleanConventionExitsZeroAndDefectsExitOne) {
  EXPECT_EQ(convlint("check corpus/01-culture-dinum.txt").status, 0);
  const Outcome defective = convlint("check corpus/08-defauts-juridiques.txt");
  EXPECT_EQ(defective.status, 1);
  EXPECT_NE(defective.out.find("corpus/08-defauts-juridiques.txt:55:157: erreur: préavis fixé à un mois"), std::string::npos) << defective.out;
  EXPECT_NE(defective.out.find("[legal/preavis]"), std::string::npos);
  EXPECT_NE(defective.out.find("note: base : Décret n° 2004-1085, art. 5"), std::string::npos);
  EXPECT_EQ(convlint("corpus/08-defauts-juridiques.txt --fail-on never").status, 0) << "no command means check";
}

TEST(Cli, FailOnLowersTheThreshold) {
  EXPECT_EQ(convlint("check corpus/07-defauts-structure.txt --select dates/ --fail-on error").status, 0);
  EXPECT_EQ(convlint("check corpus/07-defauts-structure.txt --select dates/ --fail-on warning").status, 1);
}

TEST(Cli, UnreadableInputIsReportedAndTheRestIsLinted) {
  const Outcome run = convlint("check --format json corpus/01-culture-dinum.txt nowhere.txt corpus/08-defauts-juridiques.txt");
  EXPECT_EQ(run.status, 2);
  const auto report = nlohmann::json::parse(run.out);
  ASSERT_EQ(report["files"].size(), 3u);
  EXPECT_EQ(report["files"][1]["status"], "error");
  EXPECT_EQ(report["files"][1]["error"], "fichier introuvable");
  EXPECT_FALSE(report["files"][2]["findings"].empty());
  EXPECT_EQ(report["summary"]["failed_inputs"], 1);
}

TEST(Cli, JsonHasTheDocumentedShape) {
  const Outcome run = convlint("check --format json --lang en corpus/08-defauts-juridiques.txt");
  const auto report = nlohmann::json::parse(run.out);
  EXPECT_EQ(report["tool"], "convlint");
  const auto& finding = report["files"][0]["findings"][0];
  for (const char* key : {"rule", "severity", "message", "line", "column", "end_line", "end_column", "suggestion"})
    EXPECT_TRUE(finding.contains(key)) << key;
  EXPECT_EQ(report["files"][0]["status"], "ok");
  EXPECT_NE(run.out.find("the visas do not cite"), std::string::npos) << "--lang en gives English messages";
}

TEST(Cli, DirectoriesAndStandardInput) {
  const Outcome directory = convlint("check --format json -j 2 corpus/");
  EXPECT_EQ(nlohmann::json::parse(directory.out)["summary"]["files"], testing::corpus_files().size());
  const Outcome piped = convlint("check - < corpus/08-defauts-juridiques.txt");
  EXPECT_EQ(piped.status, 1);
  EXPECT_NE(piped.out.find("-:55:157"), std::string::npos);
}

TEST(Cli, ProfileDraftTurnsSignatureRulesOff) {
  EXPECT_NE(convlint("check corpus/10-defauts-roles-signature.txt").out.find("signature/date"), std::string::npos);
  EXPECT_EQ(convlint("check --profile draft corpus/10-defauts-roles-signature.txt").out.find("signature/"), std::string::npos);
}

TEST(Cli, SelectAndIgnoreTakeIdsAndCategories) {
  const Outcome selected = convlint("check --select legal/preavis corpus/08-defauts-juridiques.txt");
  EXPECT_NE(selected.out.find("legal/preavis"), std::string::npos);
  EXPECT_EQ(selected.out.find("legal/reference"), std::string::npos);
  const Outcome ignored = convlint("check --ignore legal corpus/08-defauts-juridiques.txt");
  EXPECT_EQ(ignored.out.find("[legal/"), std::string::npos);
  EXPECT_EQ(convlint("check --select legal/prevais corpus/ 2>&1").status, 2);
}

TEST(Cli, ConfigurationOverridesSeverityAndReportsUnknownRulesWithLine) {
  const auto config = temp_file("config.yaml", "profile: signed\nrules:\n  legal/preavis: off\n  legal/publication: error\n");
  const Outcome run = convlint("check --config " + config.string() + " corpus/08-defauts-juridiques.txt");
  EXPECT_EQ(run.out.find("legal/preavis"), std::string::npos);
  EXPECT_NE(run.out.find("erreur: aucune clause ne prévoit la publication"), std::string::npos) << run.out;
  const auto bad = temp_file("bad.yaml", "rules:\n  legal/preavis: off\n  terms/role-names: error\n");
  const Outcome refused = convlint("check --config " + bad.string() + " corpus/ 2>&1");
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.out.find(bad.string() + ":3: règle inconnue « terms/role-names » (vouliez-vous dire « terms/roles » ?)"), std::string::npos)
      << refused.out;
  const auto malformed = temp_file("malformed.yaml", "rules: [unclosed\n");
  EXPECT_EQ(convlint("check --config " + malformed.string() + " corpus/ 2>&1").status, 2);
}

TEST(Cli, RuleFilesAreValidatedWithFileAndLine) {
  const auto rules = temp_file("rules.yaml",
                               "- id: custom/avenant\n  severity: warning\n  title: {fr: t, en: t}\n  messages:\n    m: {fr: m, en: m}\n"
                               "  pattern:\n    require:\n      - {regex: \"(unclosed\", message: m}\n");
  const Outcome run = convlint("check --rules " + rules.string() + " corpus/01-culture-dinum.txt 2>&1");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find(rules.string() + ":8: motif invalide"), std::string::npos) << run.out;
}

TEST(Cli, AClauseRuleFromAFileMayExcludeASentenceByAConcept) {
  auto rule = [](const std::string& excluded) {
    return "- id: custom/publication\n  severity: warning\n  title: {fr: t, en: t}\n  messages:\n    m: {fr: pas de publication, en: m}\n"
           "  clause:\n    anchor: [publication]\n    require:\n      - {all: [publication], none: [" + excluded + "], message: m}\n";
  };
  const auto published = temp_file("published.txt", "Article 1 : Publication\n\nLa présente convention est publiée au bulletin officiel.\n");
  const auto refused = temp_file("refused.txt", "Article 1 : Publication\n\nLa présente convention n'a pas vocation à être publiée.\n");
  const auto rules = temp_file("none.yaml", rule("no_publication"));
  EXPECT_EQ(convlint("check --fail-on warning --select custom/ --rules " + rules.string() + " " + published.string()).status, 0);
  const Outcome run = convlint("check --fail-on warning --select custom/ --rules " + rules.string() + " " + refused.string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("refused.txt:1:1: avertissement: pas de publication [custom/publication]"), std::string::npos) << run.out;
  // A concept the lexicon lacks stops the run with the file and the rule.
  const auto unknown = temp_file("unknown.yaml", rule("pas_de_publication"));
  const Outcome bad = convlint("check --rules " + unknown.string() + " " + published.string() + " 2>&1");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.out.find("concept « pas_de_publication » absent du lexique"), std::string::npos) << bad.out;
}

TEST(Cli, DeclarativeRulesFromAFileRunInLinearTime) {
  const auto rules = temp_file("forbid.yaml",
                               "- id: custom/sans-tacite\n  severity: error\n  title: {fr: Pas de reconduction tacite, en: No tacit renewal}\n"
                               "  messages:\n    found: {fr: reconduction tacite interdite, en: tacit renewal forbidden}\n"
                               "  pattern:\n    scope: articles\n    forbid:\n      - {regex: \"(a+)+b|tacite\", message: found}\n");
  const auto text = temp_file("tacite.txt", "Article 1 : Durée\n\nLa convention est reconduite de façon TACITE.\n" + std::string(50000, 'a') + "\n");
  const Outcome run = convlint("check --select custom/ --rules " + rules.string() + " " + text.string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find(":3:39: erreur: reconduction tacite interdite [custom/sans-tacite]"), std::string::npos) << run.out;
}

TEST(Cli, RequiredPatternsKeepEachRuleScopeWhenMatchedTogether) {
  // Both rules require « tacite »; only the second looks at every article. Their patterns share one pass per
  // scope, and the first must still see only the « Durée » article.
  const std::string rule = "  severity: warning\n  title: {fr: t, en: t}\n  messages:\n    missing: {fr: absent, en: missing}\n";
  const auto rules = temp_file("require.yaml",
                               "- id: custom/duree\n" + rule + "  pattern:\n    scope: articles\n    title: duree\n" +
                                   "    require:\n      - {regex: tacite, message: missing}\n" +
                                   "- id: custom/partout\n" + rule + "  pattern:\n    scope: articles\n" +
                                   "    require:\n      - {regex: tacite, message: missing}\n");
  const auto text = temp_file("scopes.txt", "Article 1 : Objet\n\nReconduction TACITE exclue.\n\nArticle 2 : Durée\n\nUn an.\n");
  const Outcome run = convlint("check --fail-on warning --select custom/ --rules " + rules.string() + " " + text.string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("[custom/duree]"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("[custom/partout]"), std::string::npos) << run.out;
}

TEST(Cli, BaselineAcceptsKnownFindingsAndSurvivesEditsElsewhere) {
  const auto baseline = std::filesystem::temp_directory_path() / ("convlint-baseline-" + std::to_string(getpid()) + ".json");
  const std::string original = testing::read_file(testing::corpus_dir() / "08-defauts-juridiques.txt");
  const auto copy = temp_file("08.txt", original);
  EXPECT_EQ(convlint("check --write-baseline " + baseline.string() + " " + copy.string() + " > /dev/null").status, 0);
  EXPECT_EQ(convlint("check --baseline " + baseline.string() + " " + copy.string()).status, 0);
  std::ofstream(copy, std::ios::binary) << "Note liminaire ajoutée.\n\n" << original;
  const Outcome edited = convlint("check --baseline " + baseline.string() + " " + copy.string());
  EXPECT_EQ(edited.status, 0) << edited.out;
}

TEST(Cli, RulesAndExplain) {
  const Outcome list = convlint("rules");
  EXPECT_EQ(list.status, 0);
  for (const char* id : {"structure/parties", "legal/preavis", "finance/ae-cp", "terms/roles", "dates/term", "signature/signatories", "parse/structure"})
    EXPECT_NE(list.out.find(id), std::string::npos) << id;
  const Outcome explain = convlint("explain legal/preavis");
  EXPECT_EQ(explain.status, 0);
  EXPECT_NE(explain.out.find("Ce que vérifie la règle"), std::string::npos);
  EXPECT_NE(explain.out.find("Exemple non conforme"), std::string::npos);
  EXPECT_NE(convlint("explain legal/preavis --lang en").out.find("What it does"), std::string::npos);
  EXPECT_EQ(convlint("explain legal/preavi 2>&1").status, 2);
}

TEST(Cli, BadOptionIsAUsageError) { EXPECT_EQ(convlint("check --format xml corpus/ 2>&1").status, 2); }

}  // namespace
}  // namespace convlint
