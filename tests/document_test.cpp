#include <gtest/gtest.h>

#include "document/grouped_numbers.hpp"
#include "source/folded_text.hpp"
#include "test_support.hpp"

namespace convlint::document {
namespace {

using testing::Parsed;
using testing::parse_bytes;

const char* const minimal = R"(Convention de délégation de gestion

Entre

Le ministère des Sports,
Adresse : 95 avenue de France, 75013 Paris
Représenté par Jeanne Roy, directrice,
Ci-après dénommé « le délégant »,

Et

La Direction interministérielle du numérique (DINUM),
Représentée par Paul Durand, directeur,
Ci-après dénommée « le délégataire » ou « la DINUM »,

Et ensemble, « les parties »

Vu le décret n° 2004-1085 du 14 octobre 2004 ;

Préambule

Contexte du projet.

Il a été convenu ce qui suit :

Article 1er – Objet

Le délégant confie au délégataire la gestion des crédits.

Article 2 – Exécution financière

	AE	CP
2024	100 000 €	60 000 €

¹ Note en bas de page.

2025	0 €	40 000 €

Fait à Paris, le 2 mai 2024

Le délégant	Le délégataire

Annexe 1 : Budget détaillé

Détail des dépenses.
)";

template <typename Given>
concept foldable_from = requires(const document::Document& document, Given&& text) { document.fold_of(std::forward<Given>(text)); };

// No text view can be made from a temporary, which it would outlive (the ownership rule of document/text_fold.hpp):
// the compiler refuses it, so that ASan (the sanitizer build of this suite, `make fuzz`) has none to find.
TEST(TextViews, CannotBeMadeFromATemporary) {
  static_assert(!std::is_constructible_v<source::FoldedText, std::string&&>);
  static_assert(std::is_constructible_v<source::FoldedText, const std::string&>);
  static_assert(std::is_constructible_v<source::FoldedText, std::string_view>);
  static_assert(!std::is_constructible_v<document::TextFold, document::Text&&, const source::FoldedText&>);
  static_assert(std::is_constructible_v<document::TextFold, const document::Text&, const source::FoldedText&>);
  static_assert(!foldable_from<document::Text>);
  static_assert(foldable_from<const document::Text&>);
  const auto parsed = testing::parse_bytes("Article 1 : Objet\n\nLa Présente convention.\n");
  const document::TextFold heading = parsed.document.fold_of(parsed.document.articles.at(0).heading);
  EXPECT_EQ(heading.view(), "article 1 : objet");
}

TEST(Builder, ReadsPartiesWithRolesRepresentativesAndAddress) {
  const Parsed parsed = parse_bytes(minimal);
  const auto& parties = parsed.document.parties;
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name.str(), "Le ministère des Sports");
  ASSERT_TRUE(parties[0].representative);
  EXPECT_EQ(parties[0].representative->str(), "Jeanne Roy, directrice");
  ASSERT_TRUE(parties[0].address);
  EXPECT_EQ(parties[0].address->str(), "95 avenue de France, 75013 Paris");
  ASSERT_EQ(parties[0].roles.size(), 1u);
  EXPECT_EQ(parties[0].roles[0].name, "délégant");
  ASSERT_EQ(parties[1].roles.size(), 2u);
  EXPECT_EQ(parties[1].roles[0].name, "délégataire");
  EXPECT_EQ(parties[1].roles[1].name, "DINUM");
  EXPECT_EQ(parsed.position(parties[1].roles[1].span), (source::Position{14, 46}));
  EXPECT_TRUE(parsed.document.parties_together.has_value());
}

// The parties block as other hands write it: « Entre » and « Et » in bold or followed by a colon, a title's subtitle
// « entre X et Y », all the parties in one sentence.
struct PartiesCase {
  const char* name;
  std::string text;
};
class PartiesAsWritten : public ::testing::TestWithParam<PartiesCase> {};
TEST_P(PartiesAsWritten, GiveEachPartyItsNameRepresentativeAndRole) {
  const Parsed parsed = parse_bytes(GetParam().text);
  const auto& parties = parsed.document.parties;
  ASSERT_EQ(parties.size(), 2u) << GetParam().name;
  EXPECT_EQ(source::fold(parties[0].name.str()), "le ministere des sports") << GetParam().name;
  EXPECT_EQ(source::fold(parties[1].name.str()), "la direction interministerielle du numerique (dinum)") << GetParam().name;
  ASSERT_TRUE(parties[0].representative && parties[1].representative) << GetParam().name;
  EXPECT_EQ(parties[0].representative->str(), "Jeanne Roy, directrice") << GetParam().name;
  ASSERT_FALSE(parties[0].roles.empty() || parties[1].roles.empty()) << GetParam().name;
  EXPECT_EQ(parties[0].roles[0].name, "délégant") << GetParam().name;
  EXPECT_EQ(parties[1].roles[0].name, "délégataire") << GetParam().name;
  EXPECT_EQ(parsed.document.title->str().find("Convention de délégation de gestion"), 0u) << GetParam().name;
}
std::string with_parties(const std::string& parties) {
  return "Convention de délégation de gestion\n\n" + parties + "\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1 – Objet\n\nTexte.\n";
}
const std::string delegant = "Le ministère des Sports,\nReprésenté par Jeanne Roy, directrice,\nCi-après dénommé « le délégant »,\n";
const std::string delegataire =
    "La Direction interministérielle du numérique (DINUM),\nReprésentée par Paul Durand, directeur,\nCi-après dénommée « le délégataire »,\n";
std::string parties_case_name(const ::testing::TestParamInfo<PartiesCase>& param) {
  std::string name;
  for (const char c : std::string(param.param.name)) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}
INSTANTIATE_TEST_SUITE_P(
    Forms, PartiesAsWritten,
    ::testing::Values(
        PartiesCase{"bold", with_parties("**Entre**\n\n" + delegant + "\n**Et**\n\n" + delegataire)},
        PartiesCase{"colon", with_parties("Entre :\n\n" + delegant + "\nEt :\n\n" + delegataire)},
        PartiesCase{"underline", with_parties("__Entre__\n\n" + delegant + "\n__Et__\n\n" + delegataire)},
        PartiesCase{"subtitle", "Convention de délégation de gestion\nentre le ministère des Sports et la direction interministérielle du "
                                "numérique\n\nEntre\n\n" + delegant + "\nEt\n\n" + delegataire +
                                    "\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1 – Objet\n\nTexte.\n"},
        PartiesCase{"subtitle wrapped after its « et »", "Convention de délégation de gestion\n\nentre le ministère des Sports et\nla direction "
                                                         "interministérielle du numérique\n\nEntre\n\n" + delegant + "\nEt\n\n" + delegataire +
                                                             "\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1 – Objet\n\nTexte.\n"},
        PartiesCase{"subtitle without « Entre »", "Convention de délégation de gestion\nentre le ministère des Sports et la direction "
                                                  "interministérielle du numérique\n\n" + delegant + "\nEt\n\n" + delegataire +
                                                      "\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1 – Objet\n\nTexte.\n"},
        PartiesCase{"one sentence",
                    with_parties("Entre le ministère des Sports, 95 avenue de France, 75013 Paris, représenté par Jeanne Roy, directrice, "
                                 "ci-après dénommé « le délégant », et la Direction interministérielle du numérique (DINUM), représentée "
                                 "par Paul Durand, directeur, ci-après dénommée « le délégataire », il est convenu ce qui suit :\n")},
        PartiesCase{"one sentence each", with_parties("Entre le ministère des Sports, représenté par Jeanne Roy, directrice, ci-après dénommé "
                                                      "« le délégant », d'une part,\n\nEt la Direction interministérielle du numérique "
                                                      "(DINUM), représentée par Paul Durand, directeur, ci-après dénommée « le délégataire », "
                                                      "d'autre part,\n")}),
    parties_case_name);

struct KindCase {
  const char* text;
  DocumentKind kind;
};

class Kinds : public ::testing::TestWithParam<KindCase> {};

TEST_P(Kinds, AreReadFromWhatTheTitleAndTheTextName) {
  EXPECT_EQ(parse_bytes(GetParam().text).document.kind, GetParam().kind) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, Kinds,
    ::testing::Values(
        KindCase{"Convention de délégation de gestion\n\nArticle 1 : Objet\n\nLe délégant confie la gestion.\n", DocumentKind::convention},
        KindCase{"CONVENTION\nrelative à l'hébergement des serveurs\n\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\n"
                 "Article 1 : Objet\n\nLa DINUM assure l'hébergement.\n", DocumentKind::convention},
        KindCase{"Convention relative au portail et à ses avenants\n\nArticle 1 : Objet\n\nLe ministère confie au délégataire "
                 "l'achat des licences.\n", DocumentKind::convention},
        KindCase{"Convention\n\nArticle 1 : Objet\n\nLe ministère confie à la DINUM la gestion des crédits du projet.\n",
                 DocumentKind::convention},
        KindCase{"Avenant n° 1 à la convention de délégation de gestion du 3 mars 2025\n\nArticle 1 : Objet\n\nLe montant est modifié.\n",
                 DocumentKind::avenant},
        KindCase{"CONVENTION DE DÉLÉGATION DE GESTION — AVENANT N° 2\n\nArticle 1 : Objet\n\nL'article 4 est remplacé.\n",
                 DocumentKind::avenant},
        KindCase{"AVENANT\nà la convention du 3 mars 2025\n\nArticle 1 : Objet\n\nL'article 6 est remplacé.\n", DocumentKind::avenant},
        KindCase{"Convention attributive de subvention\n\nArticle 1 : Objet\n\nL'État verse une subvention de 45 000 € "
                 "à l'association.\n", DocumentKind::other},
        KindCase{"Convention de partenariat\n\nEntre\n\nLe musée, ci-après « le musée »,\n\nEt\n\nLa ville, ci-après « la ville »,\n\n"
                 "Article 1 : Objet\n\nLes partenaires organisent une exposition commune.\n", DocumentKind::other},
        KindCase{"Convention de mise à disposition de personnel\n\nArticle 1 : Objet\n\nUn agent est mis à disposition "
                 "de la commune pour une durée de deux ans.\n", DocumentKind::other}));

TEST(Builder, ASubtitleIsPartOfTheTitleEvenAfterABlankLineButASentenceIsNot) {
  const std::string body = "\n\nEntre\n\nLe ministère des Sports,\n\nArticle 1 – Objet\n\nTexte.\n";
  EXPECT_EQ(parse_bytes("Convention de délégation de gestion\n\nProjet « Pass Sport »" + body).document.title->str(),
            "Convention de délégation de gestion Projet « Pass Sport »");
  EXPECT_EQ(parse_bytes("Convention de délégation de gestion\nProjet « Pass Sport »" + body).document.title->str(),
            "Convention de délégation de gestion Projet « Pass Sport »");
  const Parsed sentence = parse_bytes("Convention de délégation de gestion\n\nElle est conclue pour un an." + body);
  EXPECT_EQ(sentence.document.title->str(), "Convention de délégation de gestion");
  // A whole title on one line, as a text export leaves it, however long, under the name of the issuing service.
  const std::string long_title =
      "Convention de délégation de gestion entre le secrétariat général pour les affaires régionales et la direction "
      "régionale de l'économie, de l'emploi, du travail et des solidarités des Hauts-de-France";
  EXPECT_EQ(parse_bytes("PRÉFET DE LA RÉGION HAUTS-DE-FRANCE\n\n" + long_title + body).document.title->str(), long_title);
}

// « Entre » opening a party whose name holds « et » and whose paragraph wraps over lines (a PDF's text, pandoc's
// plain text): the party, not a subtitle of the title.
TEST(Builder, AWrappedFirstPartyWithEtInItsNameIsAParty) {
  const std::string second = "\n\net la Direction interministérielle du numérique (DINUM), représentée par Paul Durand,\ndirecteur, "
                             "ci-après dénommée « le délégataire »,\n\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1 – Objet\n\nTexte.\n";
  const std::pair<std::string, std::string> cases[] = {
      {"Entre le ministère de l'économie et des finances, 139 rue\nde Bercy, 75012 Paris, représenté par Jeanne Roy, directrice,\n"
       "dénommé ci-dessous « le délégant »,",
       "le ministere de l'economie et des finances"},
      {"Entre le ministère de l'agriculture et de la souveraineté\nalimentaire, représenté par Jeanne Roy, directrice, ci-après\n"
       "dénommé « le délégant »,",
       "le ministere de l'agriculture et de la souverainete alimentaire"},
      {"ENTRE le Secrétariat général des ministères sociaux et de la santé, représenté\npar Jeanne Roy, secrétaire générale, "
       "agissant en qualité de délégant,",
       "le secretariat general des ministeres sociaux et de la sante"},
  };
  for (const auto& [first, name] : cases) {
    SCOPED_TRACE(first);
    const Parsed parsed = parse_bytes("CONVENTION DE DÉLÉGATION DE GESTION N° 2026-07\n\n" + first + second);
    ASSERT_EQ(parsed.document.parties.size(), 2u);
    EXPECT_EQ(source::fold(parsed.document.parties[0].name.str()), name);
    EXPECT_EQ(parsed.document.title->str(), "CONVENTION DE DÉLÉGATION DE GESTION N° 2026-07");
  }
}

// A representative's civility or initial at a line's end (`pdftotext -layout` wraps where the page does).
TEST(Builder, ARepresentativeWrappedAfterACivilityOrAnInitialIsWhole) {
  for (const auto& [written, representative] : std::vector<std::pair<std::string, std::string>>{
           {"représenté par M.\nLaurent Vasseur, directeur général adjoint, ci-après désigné « le délégant »,", "M. Laurent Vasseur, directeur général adjoint"},
           {"représenté par Jean P.\nMartin, secrétaire général, ci-après désigné « le délégant »,", "Jean P. Martin, secrétaire général"},
           // « ci-après » cut at its hyphen at the line's end.
           {"représenté par Jean Martin, secrétaire général, ci-\naprès désigné « le délégant »,", "Jean Martin, secrétaire général"}}) {
    SCOPED_TRACE(written);
    const Parsed parsed = parse_bytes("Convention de délégation de gestion\n\nEntre\n\nLe ministère de l'Europe et des affaires étrangères, " + written +
                                      "\n\nEt\n\n" + delegataire + "\nArticle 1 – Objet\n\nTexte.\n");
    ASSERT_FALSE(parsed.document.parties.empty());
    ASSERT_TRUE(parsed.document.parties[0].representative);
    EXPECT_EQ(parsed.document.parties[0].representative->str(), representative);
  }
}

// Each signatory dating its own signature on one line, the two datelines apart by a tab (a Word table made text),
// by a wide gap (pdftotext -layout) or by one space (pandoc's plain text).
TEST(Builder, DatelinesSideBySideDateTheSignature) {
  for (const std::string between : {"\t", "      ", " "}) {
    SCOPED_TRACE("«" + between + "»");
    const Parsed parsed = parse_bytes("Convention de délégation de gestion\n\nArticle 1 – Objet\n\nTexte.\n\nPour le délégant," + between +
                                      "Pour le délégataire,\nParis, le 3 février 2026" + between + "Montrouge, le 5 février 2026\n"
                                      "Le secrétaire général" + between + "La directrice générale\n");
    ASSERT_TRUE(parsed.document.signature);
    EXPECT_EQ(parsed.document.signature->place, "Paris");
    ASSERT_TRUE(parsed.document.signature->date);
    EXPECT_EQ(parsed.document.signature->date->iso(), "2026-02-05") << "the later date: the convention is signed when both have signed";
  }
  // OCR's reading of the same: the labels' tab read as a space (the line ends with a comma, as an unfinished sentence
  // would), a capital « Le ».
  const Parsed read_by_ocr = parse_bytes("Convention de délégation de gestion\n\nArticle 1 – Objet\n\nTexte.\n\nPour le délégant, Pour le "
                                         "délégataire,\nParis, Le 3 février 2026\tMontrouge, le 5 février 2026\nLe secrétaire général\n");
  ASSERT_TRUE(read_by_ocr.document.signature);
  EXPECT_EQ(read_by_ocr.document.signature->place, "Paris");
  // A sentence after the date is no dateline.
  const Parsed sentence = parse_bytes("Convention de délégation de gestion\n\nArticle 1 – Objet\n\nParis, le 3 février 2026 "
                                      "Montrouge accueille le comité, qui se réunit deux fois.\n");
  EXPECT_FALSE(sentence.document.signature);
}

TEST(Builder, ReadsVisasPreambleArticlesSignatureAndAnnexes) {
  const Parsed parsed = parse_bytes(minimal);
  const Document& document = parsed.document;
  ASSERT_TRUE(document.title);
  EXPECT_EQ(document.title->str(), "Convention de délégation de gestion");
  EXPECT_EQ(document.visas.size(), 1u);
  EXPECT_TRUE(document.preamble_heading);
  EXPECT_TRUE(document.agreed);
  ASSERT_EQ(document.articles.size(), 2u);
  EXPECT_EQ(document.articles[0].number, 1);
  EXPECT_EQ(document.articles[0].title.str(), "Objet");
  EXPECT_EQ(parsed.position(document.articles[1].heading.span()), (source::Position{30, 1}));
  ASSERT_TRUE(document.signature);
  EXPECT_EQ(document.signature->place, "Paris");
  ASSERT_TRUE(document.signature->date_text);
  EXPECT_EQ(document.signature->date_text->str(), "2 mai 2024");
  EXPECT_EQ(document.signature->signatories.size(), 2u);
  ASSERT_EQ(document.annexes.size(), 1u);
  EXPECT_EQ(document.annexes[0].title.str(), "Budget détaillé");
  EXPECT_TRUE(document.diagnostics.empty());
}

TEST(Builder, TableInterruptedByFootnotesStaysOneTableAndFootnotesAreLifted) {
  const Parsed parsed = parse_bytes(minimal);
  const auto& blocks = parsed.document.articles[1].blocks;
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].kind, BlockKind::table);
  ASSERT_EQ(blocks[0].table.rows.size(), 3u);
  EXPECT_EQ(blocks[0].table.rows[2].cells[2].text.str(), "40 000 €");
  ASSERT_EQ(parsed.document.footnotes.size(), 1u);
  EXPECT_EQ(parsed.document.footnotes[0].text.str(), "Note en bas de page.");
}

TEST(Builder, RejoinsAParagraphAndAHyphenatedWordCutByAPageBreak) {
  const Parsed parsed = parse_bytes(
      "Article 1 : Objet\n\nLes services visio-\n\n\n\f\nagents et classes du ministère sont\n\n\ndélégués au délégataire.\n");
  ASSERT_EQ(parsed.document.articles.size(), 1u);
  const auto& blocks = parsed.document.articles[0].blocks;
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text.str(), "Les services visio-agents et classes du ministère sont délégués au délégataire.");
  const Span agents = blocks[0].text.source_span(blocks[0].text.view().substr(blocks[0].text.view().find("agents"), 6));
  EXPECT_EQ(parsed.position(agents), (source::Position{7, 1}));
}

TEST(Builder, PageNumbersAndRunningHeadersBetweenRowsAndLinesAreReadAsPageBreaks) {
  const Parsed parsed = parse_bytes(
      "Convention Culture – DINUM\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire la gestion des\n\n"
      "                                                  - 1 -\n\nConvention Culture – DINUM\n\ncrédits du programme.\n\nArticle 2 : Crédits\n\n"
      "Année\tAE\tCP\n2025\t200 000 €\t120 000 €\n\nPage 2 / 3\n\nConvention Culture – DINUM\n\n"
      "2026\t0 €\t80 000 €\n\nArticle 3 : Durée\n\nPage 3 / 3\n");
  ASSERT_EQ(parsed.document.articles.size(), 3u);
  const auto& object = parsed.document.articles[0].blocks;
  ASSERT_EQ(object.size(), 1u);
  EXPECT_EQ(object[0].text.str(), "Le délégant confie au délégataire la gestion des crédits du programme.");
  const auto& credits = parsed.document.articles[1].blocks;
  ASSERT_EQ(credits.size(), 1u);
  ASSERT_EQ(credits[0].kind, BlockKind::table);
  ASSERT_EQ(credits[0].table.rows.size(), 3u);
  EXPECT_EQ(credits[0].table.rows[2].cells[2].text.str(), "80 000 €");
  EXPECT_TRUE(parsed.document.articles[2].blocks.empty());
}

// The table that opens the only article of `parsed`; null when there is not exactly one article or it opens otherwise.
const Table* only_article_table(const Parsed& parsed) {
  if (parsed.document.articles.size() != 1) return nullptr;
  const auto& blocks = parsed.document.articles[0].blocks;
  return !blocks.empty() && blocks[0].kind == BlockKind::table ? &blocks[0].table : nullptr;
}

TEST(Builder, ARowWhoseLabelRanIntoItsFirstAmountIsCutAtTheLabel) {
  // `pdftotext -layout` of a table typed with Word's default tab stops: the long header word pushed « AE » and « CP »
  // one stop further right than the amounts, and a short label has one space before the first amount.
  const Parsed parsed = parse_bytes(
      "Article 1 : Crédits\n\nExercice      AE   CP\n\f2025 150 000 €    100 000 €\n2026 0 €    50 000 €\n"
      "Total 150 000 €   150 000 €\n\nMontants et remarques   voir ci-dessus\n");
  const Table* table = only_article_table(parsed);
  ASSERT_NE(table, nullptr);
  const auto& rows = table->rows;
  ASSERT_EQ(rows.size(), 4u);
  const std::vector<std::vector<std::string>> expected = {
      {"Exercice", "AE", "CP"}, {"2025", "150 000 €", "100 000 €"}, {"2026", "0 €", "50 000 €"}, {"Total", "150 000 €", "150 000 €"}};
  for (size_t r = 0; r < rows.size(); ++r) {
    ASSERT_EQ(rows[r].cells.size(), 3u) << r;
    for (size_t c = 0; c < 3; ++c) EXPECT_EQ(rows[r].cells[c].text.str(), expected[r][c]) << r << "," << c;
  }
  const Span amount = rows[2].cells[1].text.span();
  EXPECT_EQ(parsed.position(amount), (source::Position{5, 6}));
}

TEST(Builder, APlainTextTableWithARuleUnderItsHeaderIsOneTable) {
  // `pandoc -t plain` and other plain-text exports draw a rule of dashes under the header.
  const Parsed parsed = parse_bytes(
      "Article 1 : Crédits\n\n  Année   Autorisations d'engagement   Crédits de paiement\n"
      "  ------- ---------------------------- ---------------------\n  2025    480 000 €                    480 000 €\n"
      "  2026    0 €                          20 000 €\n\n-----\n\nFin.\n");
  const Table* table = only_article_table(parsed);
  ASSERT_NE(table, nullptr);
  const auto rows = table->content_rows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0]->cells[1].text.str(), "Autorisations d'engagement");
  EXPECT_EQ(rows[2]->cells[2].text.str(), "20 000 €");
  ASSERT_EQ(parsed.document.facts.schedules.size(), 1u);
  ASSERT_EQ(parsed.document.facts.schedules[0].rows.size(), 2u);
  EXPECT_EQ(parsed.document.facts.schedules[0].total_cp(), 50'000'000);
}

TEST(Builder, TheEndOfACodeCutAtAHyphenStaysInItsTableColumn) {
  // `pdftotext -layout` of a Word table whose column is too narrow for its code: the end goes below, in its column.
  const Parsed parsed = parse_bytes(
      "Article 1 : Crédits\n\nBOP          UO               AE            CP\n\n0111-BFC     0111-DR21-       45 000 €      45 000 €\n"
      "             DD21\n\nTotal                         45 000 €      45 000 €\n\nFin.\n");
  const Table* table = only_article_table(parsed);
  ASSERT_NE(table, nullptr);
  const auto rows = table->content_rows();
  ASSERT_EQ(rows.size(), 4u) << "the code's end and the total in the table";
  EXPECT_EQ(rows[2]->cells[1].text.str(), "DD21");
  // A figure alone under a column that no cell above leaves cut is no part of the table.
  const Parsed apart = parse_bytes(
      "Article 1 : Crédits\n\nBOP          UO               AE            CP\n\n0111-BFC     0111-DR21-DD21   45 000 €      45 000 €\n"
      "             2026\n\nTotal                         45 000 €      45 000 €\n\nFin.\n");
  ASSERT_FALSE(apart.document.articles[0].blocks.empty());
  EXPECT_EQ(apart.document.articles[0].blocks[0].table.content_rows().size(), 2u);
}

TEST(Builder, AParagraphWrappedOverLinesIsOnePieceOfTheSourceWithExactLocations) {
  const Parsed parsed = parse_bytes("Article 1 : Objet\n\nLe délégant confie au\ndélégataire la gestion\ndes crédits.\n");
  ASSERT_EQ(parsed.document.articles.size(), 1u);
  const Text& text = parsed.document.articles[0].blocks.at(0).text;
  EXPECT_EQ(text.str(), "Le délégant confie au délégataire la gestion des crédits.");
  EXPECT_TRUE(text.contiguous());
  const auto word = text.view().find("délégataire");
  EXPECT_EQ(parsed.position(text.source_span(text.view().substr(word, std::string_view("délégataire").size()))),
            (source::Position{4, 1}));
  EXPECT_EQ(parsed.position(text.source_span(text.view().substr(text.view().find("crédits"), 7))),
            (source::Position{5, 5}));
  // Role words are read through the document's fold: the one on the second line is found where it is.
  const auto& roles = parsed.document.facts.role_words;
  const auto role = std::find_if(roles.begin(), roles.end(), [](const RoleWord& r) { return r.folded == "delegataire"; });
  ASSERT_NE(role, roles.end());
  EXPECT_EQ(role->word, "délégataire");
  EXPECT_EQ(parsed.position(role->span), (source::Position{4, 1}));
}

TEST(Builder, NestsListsByIndentationAndSpotsSubheadings) {
  const Parsed parsed = parse_bytes("Article 1 : Objet\n\nEngagements du délégant\n\n- premier\n  - sous-point\n- second\n");
  const auto& blocks = parsed.document.articles[0].blocks;
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(blocks[1].level, 0);
  EXPECT_EQ(blocks[2].level, 1);
  EXPECT_EQ(blocks[3].level, 0);
}

TEST(Builder, NumberedHeadingsAreArticlesOnlyWhenNoArticleHeadingExists) {
  const Parsed numbered = parse_bytes("Vu le décret\n\n1. Objet de la délégation.\n\nTexte.\n\n2. Durée.\n\nTexte.\n");
  ASSERT_EQ(numbered.document.articles.size(), 2u);
  EXPECT_EQ(numbered.document.articles[0].title.str(), "Objet de la délégation");
  const Parsed mixed = parse_bytes("Article 1 : Objet\n\n1. Les besoins des usagers priment.\n");
  EXPECT_EQ(mixed.document.articles.size(), 1u);
}

TEST(Builder, HeadingsWhoseAutomaticNumbersAConversionLostAreTheArticlesInTheirOrder) {
  // `pandoc -t plain` of a DOCX whose « Article %1 – » came from Word's numbering: the titles alone.
  const Parsed lost = parse_bytes(
      "Vu le décret n° 2004-1085 ;\n\nIl est convenu ce qui suit :\n\nObjet\n\nLe délégant confie au délégataire la gestion des crédits.\n\n"
      "Missions du délégataire\n\nLe délégataire :\n\n1.  engage les dépenses ;\n\n2.  rend compte.\n\nDURÉE ET RÉSILIATION\n\n"
      "La convention prend fin le 31 décembre 2026.\n\nFait à Paris, le 3 février 2025\n\nLe délégant\n");
  ASSERT_EQ(lost.document.articles.size(), 3u);
  EXPECT_EQ(lost.document.articles[0].number, 1);
  EXPECT_EQ(lost.document.articles[1].title.str(), "Missions du délégataire");
  EXPECT_EQ(lost.document.articles[2].number, 3);
  EXPECT_EQ(lost.document.articles[2].title.str(), "DURÉE ET RÉSILIATION");
  ASSERT_TRUE(lost.document.signature.has_value());
  ASSERT_EQ(lost.document.diagnostics.size(), 1u);
  EXPECT_EQ(lost.position(lost.document.diagnostics[0].span), (source::Position{5, 1}));
  // Markdown headings without numbers (`pandoc -t gfm` of the same DOCX).
  const Parsed markdown = parse_bytes(
      "Il est convenu ce qui suit :\n\n# Objet\n\nLe délégant confie au délégataire la gestion.\n\n# Durée\n\nLa convention prend fin.\n");
  ASSERT_EQ(markdown.document.articles.size(), 2u);
  EXPECT_EQ(markdown.document.articles[1].title.str(), "Durée");
  // Before « Il est convenu », or one such line alone, nothing is made an article.
  EXPECT_TRUE(parse_bytes("Objet\n\nLe délégant confie au délégataire la gestion.\n\nDurée\n\nLa convention prend fin.\n").document.articles.empty());
  EXPECT_TRUE(parse_bytes("Il est convenu ce qui suit :\n\nObjet\n\nLe délégant confie au délégataire la gestion.\n").document.articles.empty());
}

TEST(Builder, ABulletAloneOnItsLineTakesTheNextLineAsItsItem) {
  // `pdftotext` without -layout writes a Word bullet on a line of its own, above its text.
  const Parsed parsed = parse_bytes("Article 1 : Imputation\n\nRéférences :\n–\n\nCentre financier : 0113-CDBC-DOM1\n\n•\nActivité : 011307020101\n");
  const auto& blocks = parsed.document.articles.at(0).blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].kind, BlockKind::list_item);
  EXPECT_EQ(blocks[1].text.str(), "Centre financier : 0113-CDBC-DOM1");
  EXPECT_EQ(parsed.position(blocks[1].text.span()), (source::Position{6, 1}));
  EXPECT_EQ(blocks[2].text.str(), "Activité : 011307020101");
}

TEST(Builder, AHeadingAloneTakesItsTitleFromTheNextLineButNotAParagraphsFirstLine) {
  for (const char* title : {"Objet de la convention", "OBJET", "Montant et échéancier des crédits"}) {
    const Parsed parsed = parse_bytes(std::string("Article 1er\n") + title + "\n\nLe délégant délègue la gestion.\n\nArticle 2\n\n" + title +
                                      "\n\nTexte.\n");
    ASSERT_EQ(parsed.document.articles.size(), 2u) << title;
    for (const auto& article : parsed.document.articles) {
      EXPECT_EQ(article.title.str(), title);
      EXPECT_EQ(article.blocks.size(), 1u) << title;
    }
  }
  // A paragraph's first line, wrapped (the next line goes on in lowercase) or holding the end of a sentence, or a
  // sentence alone.
  for (const char* body : {"Le délégant confie au délégataire la gestion des crédits.\n","Le présent avenant prend effet à compter de sa signature. Il est transmis au\ncontrôleur budgétaire.\n",
                           "Les autres stipulations de la convention\ndemeurent inchangées.\n",
                           "Le présent avenant prend effet à sa signature. Il est publié\n"}) {
    const Parsed parsed = parse_bytes(std::string("Article 4\n\n") + body);
    ASSERT_EQ(parsed.document.articles.size(), 1u) << body;
    EXPECT_TRUE(parsed.document.articles[0].title.empty()) << body;
    ASSERT_EQ(parsed.document.articles[0].blocks.size(), 1u) << body;
    EXPECT_TRUE(parsed.document.articles[0].blocks[0].text.str().starts_with("Le")) << body;
  }
}

// The official bulletins' run-in articles: a title of a few words closed by a period (or a dash) and the text after it
// on the heading's line, or the text alone; a title in capitals, with a period or not, stays a title.
TEST(Builder, ReadsTheTitleAndTextOfARunInArticle) {
  struct Case {
    const char* heading;
    const char* title;
    const char* text;  // the start of the article's first paragraph, empty for none
  };
  for (const Case& each : {Case{"Art. 5. – Modifications. Toute modification fait l'objet d'un avenant.", "Modifications", "Toute modification"},
                           Case{"Art. 2. – Obligations du délégataire. – Le délégataire rend compte.", "Obligations du délégataire", "Le délégataire"},
                           Case{"Art. 4. – Crédits. Le montant est de 75 000 €.", "Crédits", "Le montant"},
                           Case{"Art. 7. – La présente convention est publiée au bulletin officiel.", "", "La présente convention"},
                           Case{"Art. 3. – Le délégant fournit les données nécessaires. Il certifie le service fait.", "", "Le délégant"},
                           Case{"ARTICLE 6 – DURÉE ET RÉSILIATION DE LA CONVENTION.", "DURÉE ET RÉSILIATION DE LA CONVENTION", ""},
                           Case{"Article 6 – Durée. Résiliation", "Durée. Résiliation", ""},
                           Case{"Article 1er – Objet de la délégation de gestion des crédits", "Objet de la délégation de gestion des crédits", ""}}) {
    const Parsed parsed = parse_bytes(std::string("Il est convenu ce qui suit :\n\n") + each.heading + "\n\nArticle 9 : Fin\n\nTexte.\n");
    ASSERT_EQ(parsed.document.articles.size(), 2u) << each.heading;
    const Article& article = parsed.document.articles[0];
    EXPECT_EQ(article.title.str(), each.title) << each.heading;
    if (*each.text == '\0') {
      EXPECT_TRUE(article.blocks.empty()) << each.heading;
    } else {
      ASSERT_FALSE(article.blocks.empty()) << each.heading;
      EXPECT_TRUE(article.blocks[0].text.str().starts_with(each.text)) << each.heading << ": " << article.blocks[0].text.str();
    }
  }
  // The text wrapped onto the next line, starting in lowercase, is the article's text too.
  const Parsed wrapped = parse_bytes("Art. 7. – La présente convention sera publiée au bulletin officiel du\nministère des Sports.\n");
  ASSERT_EQ(wrapped.document.articles.size(), 1u);
  EXPECT_TRUE(wrapped.document.articles[0].title.empty());
  ASSERT_EQ(wrapped.document.articles[0].blocks.size(), 1u);
  EXPECT_EQ(wrapped.document.articles[0].blocks[0].text.str(), "La présente convention sera publiée au bulletin officiel du ministère des Sports.");
}

TEST(Builder, AWatermarksScatteredLettersAreNoTextAndTheSentenceTheyCutIsRejoined) {
  // `pdftotext -layout` of a draft marked « PROJET »: its letters alone on lines, amid blank lines.
  const Parsed parsed = parse_bytes("Article 1 : Objet\n\nLe délégant confie au délégataire la gestion des crédits, au nom et pour le\n\n\n\n"
                                    "                                  O\ncompte du délégant.\n\n\n              P\n\nTexte suivant.\n");
  const auto& blocks = parsed.document.articles.at(0).blocks;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text.str(), "Le délégant confie au délégataire la gestion des crédits, au nom et pour le compte du délégant.");
  EXPECT_EQ(blocks[1].text.str(), "Texte suivant.");
  // A letter between single blank lines is text (an item, a mark in a table).
  const Parsed kept = parse_bytes("Article 1 : Objet\n\nTexte.\n\nA\n\nTexte.\n");
  EXPECT_EQ(kept.document.articles.at(0).blocks.size(), 3u);
}

TEST(Builder, AnEnumerationsLastItemEndsItWithItsPeriod) {
  // `pdftotext` without -layout leaves no blank line under a list: items end with « ; », the last with a period,
  // and a capitalised line after it starts a paragraph.
  for (const char* marker : {"a) ", "- ", "1° "}) {
    const std::string m = marker;
    const Parsed parsed = parse_bytes("Article 1 : Objet\n\nLe délégataire assure :\n" + m + "l'engagement des dépenses ;\n" + m +
                                      "la demande de\npaiement.\nLe délégant conserve la programmation.\n");
    const auto& blocks = parsed.document.articles.at(0).blocks;
    ASSERT_EQ(blocks.size(), 4u) << marker;
    EXPECT_EQ(blocks[2].text.str(), "la demande de paiement.") << marker;
    EXPECT_EQ(blocks[3].kind, BlockKind::paragraph) << marker;
    EXPECT_EQ(blocks[3].text.str(), "Le délégant conserve la programmation.") << marker;
  }
  // An item that does not close an enumeration of « ; » items goes on.
  const Parsed one = parse_bytes("Article 1 : Objet\n\n- le délégataire transmet le rapport.\nIl le publie.\n");
  ASSERT_EQ(one.document.articles.at(0).blocks.size(), 1u);
  EXPECT_EQ(one.document.articles.at(0).blocks[0].text.str(), "le délégataire transmet le rapport. Il le publie.");
}

TEST(Builder, ALineThatContinuesASentenceIsNeitherANumberedHeadingNorTheSignature) {
  // A PDF conversion wraps « … prend fin le 31 décembre 2025. Il peut … » before the year.
  const Parsed wrapped = parse_bytes(
      "Vu le décret\n\n1. Objet.\n\nTexte.\n\n2. Durée.\n\nLa convention prend fin le 31 décembre\n"
      "2025. Il peut y être mis fin avec un préavis de trois mois.\n\n3. Publication.\n\nTexte.\n");
  ASSERT_EQ(wrapped.document.articles.size(), 3u);
  EXPECT_EQ(wrapped.document.articles[2].number, 3);
  EXPECT_EQ(wrapped.document.articles[1].blocks.at(0).text.str(),
            "La convention prend fin le 31 décembre 2025. Il peut y être mis fin avec un préavis de trois mois.");
  // Under a finished sentence, or a blank line, the numbered line is still a heading.
  const Parsed tight = parse_bytes("Vu le décret\n\n1. Objet.\nTexte.\n2. Durée.\nTexte.\n");
  EXPECT_EQ(tight.document.articles.size(), 2u);

  const Parsed place = parse_bytes(
      "Article 1 : Objet\n\nLa réunion se tient\nà Paris, le 12 mars 2024, chez le délégant.\n\nFait à Lyon, le 2 mai 2024\n");
  ASSERT_EQ(place.document.articles.size(), 1u);
  EXPECT_EQ(place.document.articles[0].blocks.at(0).text.str(),
            "La réunion se tient à Paris, le 12 mars 2024, chez le délégant.");
  ASSERT_TRUE(place.document.signature);
  EXPECT_EQ(place.document.signature->place, "Lyon");

  // « annexe 2. » or « article 3. » cut to the start of a line is the end of a sentence; a capitalised heading
  // under a line without final punctuation is still a heading.
  const Parsed mention = parse_bytes(
      "Article 1 : Objet\n\nLes frais sont déterminés en\nannexe 2. Ils sont revus chaque année.\n\nLe suivi est prévu à\n"
      "article 2.\n\nArticle 2 : Durée\n\nTexte sans point final\nAnnexe 1 : Budget\n\nDétail.\n");
  ASSERT_EQ(mention.document.articles.size(), 2u);
  EXPECT_EQ(mention.document.articles[0].blocks.at(0).text.str(),
            "Les frais sont déterminés en annexe 2. Ils sont revus chaque année.");
  EXPECT_EQ(mention.document.articles[0].blocks.at(1).text.str(), "Le suivi est prévu à article 2.");

  // A sentence wrapped over several such lines is followed to its end.
  const Parsed chain = parse_bytes(
      "Article 1 : Objet\n\nLe calendrier est décrit en\nannexe 1. La réunion de lancement se tient\n"
      "à Paris, le 3 février 2025, dans les locaux du délégant.\n\nFait à Lyon, le 2 mai 2024\n");
  ASSERT_EQ(chain.document.articles.size(), 1u);
  EXPECT_EQ(chain.document.articles[0].blocks.at(0).text.str(),
            "Le calendrier est décrit en annexe 1. La réunion de lancement se tient à Paris, le 3 février 2025, dans "
            "les locaux du délégant.");
  EXPECT_TRUE(chain.document.annexes.empty());
  ASSERT_TRUE(chain.document.signature);
  EXPECT_EQ(chain.document.signature->place, "Lyon");
  ASSERT_EQ(mention.document.annexes.size(), 1u);
  EXPECT_EQ(mention.document.annexes[0].number, 1);
}

TEST(Builder, InlinePartiesWithPartMarkers) {
  const Parsed parsed = parse_bytes(
      "Entre le ministère des Armées, représenté par Anne Roy, ci-après dénommé « le délégant », d'une part,\n\n"
      "Et le Service du commissariat des armées, représenté par Luc Perrin, ci-après dénommé « le délégataire », "
      "d'autre part,\n\nVu le décret\n");
  ASSERT_EQ(parsed.document.parties.size(), 2u);
  EXPECT_EQ(parsed.document.parties[0].name.str(), "le ministère des Armées");
  EXPECT_EQ(parsed.document.parties[0].representative->str(), "Anne Roy");
  EXPECT_EQ(parsed.document.parties[1].roles[0].name, "délégataire");
}

TEST(Builder, TextWithoutArticlesIsKeptAndDiagnosed) {
  const Parsed parsed = parse_bytes("Une simple lettre.\n\nSans aucun article.\n");
  EXPECT_TRUE(parsed.document.articles.empty());
  ASSERT_EQ(parsed.document.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.position(parsed.document.diagnostics[0].span), (source::Position{1, 1}));
}

// The same convention in four encodings must give the same lines and columns.
TEST(Locations, AreExactForUtf8BomWindows1252AndCrlf) {
  const std::string utf8 = "Entre\n\nLe ministère,\nCi-après dénommé « le délégant »\n\nArticle 1 : Objet\n\nÉté délégué.\n";
  std::string bom = "\xEF\xBB\xBF" + utf8;
  std::string crlf;
  for (char c : utf8) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  // Windows-1252 bytes for the same text: é = E9, É = C9, « = AB, » = BB.
  std::string cp1252 = "Entre\r\n\r\nLe minist\xE8re,\r\nCi-apr\xE8s d\xE9nomm\xE9 \xAB le d\xE9l\xE9gant \xBB\r\n\r\n"
                       "Article 1 : Objet\r\n\r\n\xC9t\xE9 d\xE9l\xE9gu\xE9.\r\n";
  for (const std::string& bytes : {utf8, bom, crlf, cp1252}) {
    const Parsed parsed = parse_bytes(bytes);
    ASSERT_EQ(parsed.document.parties.size(), 1u);
    ASSERT_EQ(parsed.document.parties[0].roles.size(), 1u);
    EXPECT_EQ(parsed.position(parsed.document.parties[0].roles[0].span), (source::Position{4, 23}));
    ASSERT_EQ(parsed.document.articles.size(), 1u);
    EXPECT_EQ(parsed.position(parsed.document.articles[0].title.span()), (source::Position{6, 13}));
    EXPECT_EQ(parsed.position(parsed.document.articles[0].blocks[0].span()), (source::Position{8, 1}));
  }
}

// The numbers of `text` that split_grouped_numbers reads, as strings.
std::vector<std::string> grouped(std::string_view text, size_t count) {
  std::vector<std::string> numbers;
  if (const auto spans = document::split_grouped_numbers(text, count)) {
    for (const Span span : *spans) numbers.emplace_back(text.substr(span.begin, span.size()));
  }
  return numbers;
}

TEST(GroupedNumbers, SplitsARunOfDigitGroupsWhereOneReadingOnlyGivesTheCount) {
  using Numbers = std::vector<std::string>;
  EXPECT_EQ(grouped("1 800 000 1 100 000", 2), (Numbers{"1 800 000", "1 100 000"}));
  EXPECT_EQ(grouped("150 000 150 000", 2), (Numbers{"150 000", "150 000"}));  // « 000 » opens no number
  EXPECT_EQ(grouped("0 40 000", 2), (Numbers{"0", "40 000"}));                // « 0 » is continued by no group
  EXPECT_EQ(grouped("100 000,00 60 000,50", 2), (Numbers{"100 000,00", "60 000,50"}));
  EXPECT_EQ(grouped("1800000 1100000", 2), (Numbers{"1800000", "1100000"}));
  EXPECT_EQ(grouped("1\u00A0800\u00A0000 40\u202F000", 2), (Numbers{"1\u00A0800\u00A0000", "40\u202F000"}));
  EXPECT_TRUE(grouped("1 800 000 400 000", 2).empty());  // also 1 and 800 000 400 000
  EXPECT_EQ(grouped(" 120 000 ", 1), (Numbers{"120 000"}));
  // Two readings, or none, or something else than digits: nothing.
  EXPECT_TRUE(grouped("120 450 300 000", 2).empty());
  EXPECT_TRUE(grouped("100 000 60 000", 3).empty());
  EXPECT_TRUE(grouped("100 000 € 60 000", 2).empty());
  EXPECT_TRUE(grouped("2025-2026", 2).empty());
  EXPECT_TRUE(grouped("", 1).empty());
  EXPECT_EQ(grouped("1,5 2,25", 2), (Numbers{"1,5", "2,25"}));
}

}  // namespace
}  // namespace convlint::document

namespace convlint {
namespace {

TEST(Text, HasDigitFindsEveryDigitAndNothingElseWhereverItStands) {
  for (int byte = 0; byte < 256; ++byte) {
    for (size_t at = 0; at < 19; ++at) {
      std::string text(19, 'a');
      text[at] = static_cast<char>(byte);
      EXPECT_EQ(document::has_digit(text), byte >= '0' && byte <= '9') << byte << " at " << at;
    }
  }
  EXPECT_FALSE(document::has_digit("Références Chorus : néant, « é » ¹²³"));
  EXPECT_FALSE(document::has_digit(""));
}

}  // namespace
}  // namespace convlint
