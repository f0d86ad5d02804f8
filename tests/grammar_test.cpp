#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "block_rules.hpp"
#include "lines.hpp"

namespace convlint::grammar {
namespace {

TEST(Grammar, AnalyzeFindsNoRuleThatCanLoopForever) {
  EXPECT_EQ(tao::pegtl::analyze<block::line>(1), 0u);
}

struct LineCase {
  const char* text;
  LineKind kind;
  int number;
};

class LineKinds : public ::testing::TestWithParam<LineCase> {};

TEST_P(LineKinds, ClassifiesEveryHeadingAndBlockForm) {
  const LineCase& c = GetParam();
  const auto lines = parse_lines(c.text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(line_kind_name(lines[0].kind), line_kind_name(c.kind)) << c.text;
  if (c.number != -2) {
    EXPECT_EQ(lines[0].number, c.number) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Variants, LineKinds,
    ::testing::Values(
        LineCase{"Article 1 : Objet de la délégation", LineKind::article_heading, 1},
        LineCase{"Article 1er – Objet", LineKind::article_heading, 1},
        LineCase{"Article 1^{er} - Objet", LineKind::article_heading, 1},
        LineCase{"Article 1^(er) – Objet", LineKind::article_heading, 1},  // pandoc -t plain
        LineCase{"## Article 1^er^ – Objet", LineKind::article_heading, 1},  // pandoc -t markdown
        LineCase{"## Article 1<sup>er</sup> – Objet", LineKind::article_heading, 1},  // pandoc -t gfm
        LineCase{"1\\. OBJET DE LA DÉLÉGATION", LineKind::numbered_heading, 1},  // the period a markdown export escapes
        LineCase{"**Vu** le décret n° 2004-1085 du 14 octobre 2004 ;", LineKind::visa, -2},
        LineCase{"\\- le décret n° 2012-1246 du 7 novembre 2012 ;", LineKind::list_item, -2},
        LineCase{"\\| 2025 \\| 100 000 € \\| 60 000 € \\|", LineKind::table_row, -2},  // bars a markdown export escaped
        LineCase{"\\|------\\|-----------\\|----------\\|", LineKind::separator_row, -2},
        LineCase{"ARTICLE 2 - TITRE", LineKind::article_heading, 2},
        LineCase{"ARTICLE 2 TITRE", LineKind::article_heading, 2},
        LineCase{"Art. 3. Durée", LineKind::article_heading, 3},
        LineCase{"Article premier : Objet", LineKind::article_heading, 1},
        // Article numbers in words, cardinal or ordinal, in capitals or not, « unique » for a one-article text.
        LineCase{"ARTICLE DEUX – MONTANT DES CRÉDITS", LineKind::article_heading, 2},
        LineCase{"Article trois : Imputation", LineKind::article_heading, 3},
        LineCase{"ARTICLE DIX-SEPT - DURÉE", LineKind::article_heading, 17},
        LineCase{"Article vingt et un – Litiges", LineKind::article_heading, 21},
        LineCase{"Article quatre-vingt-dix-neuf", LineKind::article_heading, 99},
        LineCase{"ARTICLE DEUXIÈME – OBJET", LineKind::article_heading, 2},
        LineCase{"Article cinquième. Durée", LineKind::article_heading, 5},
        LineCase{"Article neuvième : Résiliation", LineKind::article_heading, 9},
        LineCase{"ARTICLE ONZIÈME – PUBLICATION", LineKind::article_heading, 11},
        LineCase{"Article vingt et unième – Litiges", LineKind::article_heading, 21},
        LineCase{"Article second – Montant", LineKind::article_heading, 2},
        LineCase{"Article unique", LineKind::article_heading, 1},
        LineCase{"Art 2 - Durée", LineKind::article_heading, 2},
        LineCase{"Article 2 bis – Comité de suivi", LineKind::article_heading, 2},
        LineCase{"ARTICLE 4 TER : RAPPORT", LineKind::article_heading, 4},
        LineCase{"Article 2 bisque", LineKind::text, -2},
        LineCase{"Article 3 (Modification)", LineKind::article_heading, 3},
        LineCase{"ARTICLE 4 / PUBLICATION", LineKind::article_heading, 4},
        LineCase{"Art 2 du décret susvisé", LineKind::text, -2},
        LineCase{"Article 5 (alinéa 2) du décret susvisé", LineKind::text, -2},
        LineCase{"Artisan 2 - Dupont", LineKind::text, -2},
        LineCase{"1 - OBJET DE LA DÉLÉGATION", LineKind::numbered_heading, 1},
        LineCase{"II – Durée", LineKind::numbered_heading, 2},
        LineCase{"1 - le délégataire assure la gestion ;", LineKind::text, -2},
        LineCase{"ARTICLE UNIQUE – L'article 3 est remplacé par :", LineKind::article_heading, 1},
        LineCase{"Article deux du décret susvisé", LineKind::text, -2},
        LineCase{"Article Dupont – Objet", LineKind::text, -2},
        LineCase{"Article unième – Objet", LineKind::text, -2},
        LineCase{"Articles deux et trois ci-dessus", LineKind::text, -2},
        LineCase{"**Article 4 : Exécution financière**", LineKind::article_heading, 4},
        LineCase{"## Article 5 – Publication", LineKind::article_heading, 5},
        LineCase{"Article 6", LineKind::article_heading, 6},
        LineCase{"Article 5 du décret n° 2004-1085 prévoit un préavis.", LineKind::text, -2},
        LineCase{"1. Objet de la délégation.", LineKind::numbered_heading, 1},
        LineCase{"Annexe 1 : le manifeste", LineKind::annex_heading, 1},
        LineCase{"ANNEXE II - Budget", LineKind::annex_heading, 2},
        LineCase{"ANNEXE FINANCIÈRE", LineKind::annex_heading, -2},
        LineCase{"Annexe technique", LineKind::text, -2},
        LineCase{"Préambule", LineKind::preamble_heading, -2},
        LineCase{"PRÉAMBULE :", LineKind::preamble_heading, -2},
        LineCase{"Il a été convenu ce qui suit :", LineKind::agreed, -2},
        LineCase{"IL EST CONVENU CE QUI SUIT :", LineKind::agreed, -2},
        LineCase{"Entre", LineKind::between, -2},
        LineCase{"ENTRE LES SOUSSIGNÉS :", LineKind::between, -2},
        LineCase{"Entre.", LineKind::between, -2},
        LineCase{"Et", LineKind::and_party, -2},
        LineCase{"ET ;", LineKind::and_party, -2},
        LineCase{"Et ensemble, « les parties »", LineKind::together, -2},
        LineCase{"D'autre part,", LineKind::part_marker, -2},
        LineCase{"Vu le décret n° 2004-1085 du 14 octobre 2004", LineKind::visa, -2},
        LineCase{"VU la loi organique n° 2001-692", LineKind::visa, -2},
        LineCase{"¹ <https://example.fr>", LineKind::footnote_text, 1},
        LineCase{"[^2]: Texte de la note", LineKind::footnote_text, 2},
        LineCase{"- un élément", LineKind::list_item, -2},
        LineCase{"• un élément", LineKind::list_item, -2},
        LineCase{"   * sous-élément", LineKind::list_item, -2},
        LineCase{"a) premier point", LineKind::list_item, -2},
        LineCase{"1° le décret n° 2012-1246 ;", LineKind::list_item, -2},
        LineCase{"2°) La direction des affaires financières,", LineKind::list_item, -2},
        LineCase{"2024\t150 000 €\t150 000 €", LineKind::table_row, -2},
        LineCase{"\tAE\tCP", LineKind::table_row, -2},
        LineCase{"Centre de coût :\t", LineKind::table_row, -2},
        LineCase{"| Année | AE | CP |", LineKind::table_row, -2},
        LineCase{"|---|:---:|---|", LineKind::separator_row, -2},
        LineCase{"------\t---\t---", LineKind::separator_row, -2},
        LineCase{"\tTexte en retrait", LineKind::text, -2},
        LineCase{"Fait à Paris, le 20/03/2024", LineKind::signature_place, -2},
        LineCase{"Fait en deux exemplaires à Paris, le", LineKind::signature_place, -2},
        LineCase{"À Paris, le 3 mars 2025", LineKind::signature_place, -2},
        LineCase{"Saint-Germain-en-Laye, le 1er mars 2025", LineKind::signature_place, -2},
        LineCase{"Lyon, le", LineKind::signature_place, -2},
        LineCase{"Paris, le 3 février 2026\tMontrouge, le 5 février 2026", LineKind::signature_place, -2},
        LineCase{"Paris, le 3 février 2026 Montrouge, le 5 février 2026", LineKind::signature_place, -2},
        LineCase{"Paris, Le 3 février 2026\tMontrouge, le 5 février 2026", LineKind::signature_place, -2},
        LineCase{"Paris, le 3 février 2026 les parties se sont réunies, puis ont signé", LineKind::text, -2},
        LineCase{"Le délégant, le délégataire et le CBCM", LineKind::text, -2},
        LineCase{"Paris, le 3 mars, a été retenu comme lieu du comité", LineKind::text, -2},
        LineCase{"2025 | 620 000 € | 540 000 €", LineKind::table_row, -2},
        LineCase{"Année | AE | CP", LineKind::table_row, -2},
        LineCase{"Art. 2. – Obligations. – Le délégataire assure la gestion.", LineKind::article_heading, 2},
        LineCase{"Art. 2, — Obligations du délégataire. — Le délégataire assure la gestion.", LineKind::article_heading, 2},
        LineCase{"Article 2, alinéa 3, du décret susvisé", LineKind::text, -2},
        LineCase{"**Comité d'investissement**", LineKind::text, -2},
        // Kinds tried only on lines whose first character after spaces could start them: spaces, a tab or a
        // no-break space before that character must not hide them.
        LineCase{"  \t\f", LineKind::page_break, -2},
        LineCase{"\u00A0\f", LineKind::page_break, -2},
        LineCase{"\t[^3]: Note en retrait", LineKind::footnote_text, 3},
        LineCase{"\u00A0\u00B2 Note après une espace insécable", LineKind::footnote_text, 2},
        LineCase{"  |---|---|", LineKind::separator_row, -2},
        LineCase{"\t---\t---", LineKind::separator_row, -2},
        LineCase{"  :--- | ---:", LineKind::separator_row, -2},
        LineCase{"\t***", LineKind::horizontal_rule, -2},
        LineCase{"  ___", LineKind::horizontal_rule, -2},
        LineCase{"\u00A0=====", LineKind::horizontal_rule, -2},
        LineCase{"\t| Année | AE |", LineKind::table_row, -2},
        LineCase{"\t## Suivi", LineKind::markdown_heading, -2},
        LineCase{"Le délégant | le délégataire", LineKind::text, -2},
        LineCase{"Les parties # 2", LineKind::text, -2}));

TEST(Grammar, TableCellsAreSpansOfTheLine) {
  const std::string text = "2025\t\t110 000 €";
  const auto lines = parse_lines(text);
  ASSERT_EQ(lines[0].cells.size(), 3u);
  EXPECT_TRUE(lines[0].cells[1].empty());
  EXPECT_EQ(text.substr(lines[0].cells[2].begin, lines[0].cells[2].size()), "110 000 €");
}

TEST(Grammar, EveryLineGetsAKindWhateverItHolds) {
  const std::string text = "\x01\x02 (((\n\n]]]]\n***\n\f\n";
  const auto lines = parse_lines(text);
  EXPECT_EQ(lines.size(), 6u);
}

}  // namespace
}  // namespace convlint::grammar
