#include "rule_test_support.hpp"

namespace convlint::testing {

const std::string& clean_convention() {
  static const std::string text = read_file(project_dir() / "tests" / "fixtures" / "clean-convention.txt");
  return text;
}

std::string delegation_of_acts_only(const std::string& modification) {
  return "Convention de délégation de gestion\n\nEntre\n\nLe secrétariat général du ministère de la Culture,\n"
         "Représenté par Anne Morel, cheffe du service des ressources humaines,\nCi-après dénommé « le délégant »,\n\nEt\n\n"
         "Les Archives nationales,\nReprésentées par Paul Girard, directeur,\nCi-après dénommées « le délégataire »,\n\n"
         "Vu le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État ;\n\n"
         "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire la signature des décisions "
         "de congé et de temps partiel des agents affectés aux Archives nationales.\n\nArticle 2 : Obligations des parties\n\n"
         "Le délégataire rend compte chaque semestre au délégant des décisions prises. Le délégant lui fournit les modèles d'actes. "
         "La présente délégation ne porte sur aucun crédit.\n\nArticle 3 : Modification\n\n" +
         modification +
         "\n\nArticle 4 : Durée\n\nLa présente convention prend effet le 1er janvier 2026 et prend fin le 31 décembre 2028. "
         "Chaque partie peut y mettre fin sous réserve d'un préavis de trois mois.\n\nArticle 5 : Publication\n\n"
         "La présente convention est publiée au bulletin officiel du ministère de la Culture.\n\nFait à Paris, le 3 février 2025\n";
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "fixture has no « " << from << " »";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

source::Position position_in(const std::string& text, const std::string& needle, int occurrence) {
  size_t at = std::string::npos;
  for (int i = 0; i < occurrence; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  EXPECT_NE(at, std::string::npos) << "no « " << needle << " » in the text";
  if (at == std::string::npos) return {};
  const size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  const size_t from = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
  uint32_t line = 1;
  for (size_t i = 0; i < from; ++i) line += text[i] == '\n';
  return {line, source::count_code_points(std::string_view(text).substr(from, at - from)) + 1};
}

LintedText lint_parsed(Parsed parsed, const std::string& profile, Language language) {
  // One engine per profile for the whole test run (run() is const and thread-safe).
  static std::map<std::string, std::shared_ptr<const rules::Engine>> engines;
  auto& engine = engines[profile];
  if (!engine) {
    auto catalog = rules::builtin_catalog();
    EXPECT_TRUE(catalog.has_value());
    rules::Config config;
    config.profile = profile;
    auto created = rules::Engine::create(std::move(catalog.value()), config);
    EXPECT_TRUE(created.has_value());
    engine = std::move(created.value());
  }
  LintedText linted{std::move(parsed), {}};
  linted.findings = engine->run(linted.parsed.document, language);
  return linted;
}

LintedText lint_text(const std::string& text, const std::string& profile, Language language) {
  return lint_parsed(parse_bytes(text), profile, language);
}

LintedText lint_scanned_text(const std::string& text, float confidence) {
  auto scanned = decode_bytes(text, "scan.pdf");
  scanned->line_origins.assign(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1, 1);
  scanned->ocr_pages = {{1, confidence}};
  return lint_parsed(parse_source(std::move(scanned)));
}

void expect_finding(const LintedText& linted, const std::string& rule, rules::Severity severity, source::Position expected, size_t count) {
  const auto found = linted.of(rule);
  ASSERT_EQ(found.size(), count) << rule;
  EXPECT_EQ(found[0].severity, severity) << rule;
  const source::Position at = linted.position(found[0]);
  EXPECT_EQ(at.line, expected.line) << rule << ": " << found[0].message;
  EXPECT_EQ(at.column, expected.column) << rule << ": " << found[0].message;
}

void expect_none(const LintedText& linted, const std::string& rule) {
  const auto found = linted.of(rule);
  EXPECT_TRUE(found.empty()) << rule << " fired: " << (found.empty() ? "" : found[0].message);
}

}  // namespace convlint::testing
