#pragma once
// Helpers for rule tests: a clean convention, edits of it, and where a piece of text stands in it.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/engine.hpp"
#include "test_support.hpp"

namespace convlint::testing {

// A complete, well-formed convention: no rule fires on it (checked by RuleFixture.CleanConventionHasNoFinding).
inline const std::string& clean_convention() {
  static const std::string text = R"(Convention de délégation de gestion

Entre

Le ministère des Sports,
Adresse : 95 avenue de France, 75013 Paris
Représenté par Jeanne Roy, secrétaire générale,
Ci-après dénommé « le délégant »,

Et

La Direction interministérielle du numérique (DINUM),
Représentée par Paul Durand, directeur,
Ci-après dénommée « le délégataire »,

Vu le décret n° 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'État ;
Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;
Vu le décret n° 2019-1088 du 25 octobre 2019 relatif à la direction interministérielle du numérique ;

Il a été convenu ce qui suit :

Article 1 : Objet de la délégation

La présente convention a pour objet de confier au délégataire la gestion des crédits du service « Sport Pass » sur l'UO 0219-CSPO-DNUM.

Article 2 : Obligations du délégant

Le délégant fournit au délégataire les informations nécessaires et certifie le service fait.

Article 3 : Obligations du délégataire

Le délégataire passe les commandes et rend compte au délégant de l'exécution de la délégation.

Article 4 : Exécution financière

Le budget estimé de l'opération est de 100 000 €. Le délégant met à disposition en 2025 les crédits suivants sur l'UO mentionnée à l'article 1 :

Année	AE	CP
2025	100 000 €	60 000 €
2026	0 €	40 000 €

Références Chorus :	
Domaine fonctionnel :	0219-03
Centre financier :	0219-CSPO-DNUM
Activité :	021903010101
Centre de coût :	SPORTS0075

Le comptable assignataire de la dépense est le CBCM des services du Premier ministre. Une copie de la convention est transmise au CBCM du ministère des Sports.

La somme des engagements ne pourra dépasser la limite du montant alloué. En cas d'insuffisance des crédits, le délégataire en informe le délégant.

Article 5 : Modification

Toute modification fait l'objet d'un avenant transmis aux contrôleurs budgétaires et comptables ministériels des parties.

Article 6 : Durée et résiliation

La présente convention prend effet à la date de sa signature et prend fin le 31 décembre 2026. Il peut y être mis fin à tout moment par l'une des parties, sous réserve d'un préavis de trois mois.

Article 7 : Publication

La présente convention est publiée au bulletin officiel du ministère des Sports.

Fait à Paris, le 3 février 2025

Le délégant	Le délégataire
)";
  return text;
}

// A delegation of acts that manages no credit (leave, part-time work…), its article 3 holding `modification`.
inline std::string delegation_of_acts_only(const std::string& modification) {
  return "Convention de délégation de gestion\n\nEntre\n\nLe secrétariat général du ministère de la Culture,\n"
         "Représenté par Anne Morel, cheffe du service des ressources humaines,\nCi-après dénommé « le délégant »,\n\nEt\n\n"
         "Les Archives nationales,\nReprésentées par Paul Girard, directeur,\nCi-après dénommées « le délégataire »,\n\n"
         "Vu le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État ;\n\n"
         "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire la signature des décisions "
         "de congé et de temps partiel des agents affectés aux Archives nationales.\n\nArticle 2 : Obligations des parties\n\n"
         "Le délégataire rend compte chaque semestre au délégant des décisions prises. Le délégant lui fournit les modèles d'actes. "
         "La présente délégation ne porte sur aucun crédit.\n\nArticle 3 : Modification\n\n" + modification +
         "\n\nArticle 4 : Durée\n\nLa présente convention prend effet le 1er janvier 2026 et prend fin le 31 décembre 2028. "
         "Chaque partie peut y mettre fin sous réserve d'un préavis de trois mois.\n\nArticle 5 : Publication\n\n"
         "La présente convention est publiée au bulletin officiel du ministère de la Culture.\n\nFait à Paris, le 3 février 2025\n";
}

// `text` with the first `from` replaced by `to` (the test fails if `from` is absent).
inline std::string with(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "fixture has no « " << from << " »";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// 1-based line and code-point column where `needle` starts in `text` (its `occurrence`-th appearance, from 1).
inline source::Position position_in(const std::string& text, const std::string& needle, int occurrence = 1) {
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

struct LintedText {
  Parsed parsed;
  std::vector<rules::Finding> findings;

  std::vector<rules::Finding> of(const std::string& rule) const {
    std::vector<rules::Finding> selected;
    for (const auto& finding : findings) {
      if (finding.rule == rule) selected.push_back(finding);
    }
    return selected;
  }
  source::Position position(const rules::Finding& finding) const { return parsed.position(finding.span); }
};

// Lints `text` with every rule of the built-in catalog (profile `signed` unless said otherwise).
inline LintedText lint_parsed(Parsed parsed, const std::string& profile = "signed", Language language = Language::fr) {
  auto catalog = rules::builtin_catalog();
  EXPECT_TRUE(catalog.has_value());
  rules::Config config;
  config.profile = profile;
  auto engine = rules::Engine::create(std::move(catalog.value()), config);
  EXPECT_TRUE(engine.has_value());
  LintedText linted{std::move(parsed), {}};
  linted.findings = engine.value()->run(linted.parsed.document, language);
  return linted;
}

inline LintedText lint_text(const std::string& text, const std::string& profile = "signed", Language language = Language::fr) {
  return lint_parsed(parse_bytes(text), profile, language);
}

// `text` linted as if OCR had read it, all of it, from page 1 of a scan.
inline LintedText lint_scanned_text(const std::string& text) {
  auto scanned = decode_bytes(text, "scan.pdf");
  scanned->line_origins.assign(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1, 1);
  scanned->ocr_pages = {{1, 85}};
  return lint_parsed(parse_source(std::move(scanned)));
}

// Asserts that `rule` reports exactly `count` findings and that the first is at `expected` with `severity`.
inline void expect_finding(const LintedText& linted, const std::string& rule, rules::Severity severity, source::Position expected,
                           size_t count = 1) {
  const auto found = linted.of(rule);
  ASSERT_EQ(found.size(), count) << rule;
  EXPECT_EQ(found[0].severity, severity) << rule;
  const source::Position at = linted.position(found[0]);
  EXPECT_EQ(at.line, expected.line) << rule << ": " << found[0].message;
  EXPECT_EQ(at.column, expected.column) << rule << ": " << found[0].message;
}

inline void expect_none(const LintedText& linted, const std::string& rule) {
  const auto found = linted.of(rule);
  EXPECT_TRUE(found.empty()) << rule << " fired: " << (found.empty() ? "" : found[0].message);
}

}  // namespace convlint::testing
