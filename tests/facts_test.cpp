// Typed facts: every written form of RULES.md, and the false friends that must not be read as facts.
#include <gtest/gtest.h>

#include "inline.hpp"
#include "test_support.hpp"

namespace convlint {
namespace {

using grammar::scan_inline;

struct AmountCase {
  const char* text;
  int64_t cents;
};
class Amounts : public ::testing::TestWithParam<AmountCase> {};
TEST_P(Amounts, ReadsEveryForm) {
  const auto facts = scan_inline(GetParam().text);
  ASSERT_EQ(facts.amounts.size(), 1u) << GetParam().text;
  EXPECT_EQ(facts.amounts[0].cents, GetParam().cents) << GetParam().text;
}
INSTANTIATE_TEST_SUITE_P(Forms, Amounts,
                         ::testing::Values(AmountCase{"150 000 €", 15000000}, AmountCase{"150 000€", 15000000},
                                           AmountCase{"150.000 €", 15000000}, AmountCase{"150 000,00 euros", 15000000},
                                           AmountCase{"1,2 M€", 120000000}, AmountCase{"30 000€ seront déduits", 3000000},
                                           AmountCase{"150\u00a0000 €", 15000000}, AmountCase{"150\u202f000 €", 15000000},
                                           AmountCase{"un budget de **220 000 €**", 22000000},
                                           AmountCase{"12,5 euros", 1250}, AmountCase{"2 millions d'euros", 200000000},
                                           AmountCase{"120 000, 00 €", 12000000}, AmountCase{"120 000,00 €", 12000000}));

TEST(Amounts, ASpaceAfterTheDecimalCommaOnlyBeforeTwoDecimalsAndTheCurrency) {
  for (const char* text : {"les années 2025, 2026 et 2027", "en 2025, 25 000 € sont délégués", "article 3, 15 jours"}) {
    const auto facts = scan_inline(text);
    for (const auto& amount : facts.amounts) EXPECT_NE(amount.cents % 100, 25) << text;
  }
  const auto listed = scan_inline("en 2025, 25 000 € sont délégués");
  ASSERT_EQ(listed.amounts.size(), 1u);
  EXPECT_EQ(listed.amounts[0].cents, 2500000);
}

TEST(Amounts, BareNumbersOnlyInMoneyCells) {
  EXPECT_EQ(grammar::bare_amount_cents("0"), 0);
  EXPECT_EQ(grammar::bare_amount_cents(" 150 000 "), 15000000);
  EXPECT_FALSE(grammar::bare_amount_cents("-").has_value());
  EXPECT_TRUE(scan_inline("en 2024 pour 3 agents").amounts.empty());
}

struct DateCase {
  const char* text;
  int year, month, day;
};
class Dates : public ::testing::TestWithParam<DateCase> {};
TEST_P(Dates, ReadsEveryForm) {
  const auto facts = scan_inline(GetParam().text);
  ASSERT_EQ(facts.dates.size(), 1u) << GetParam().text;
  EXPECT_EQ(facts.dates[0].year, GetParam().year);
  EXPECT_EQ(facts.dates[0].month, GetParam().month);
  EXPECT_EQ(facts.dates[0].day, GetParam().day);
}
INSTANTIATE_TEST_SUITE_P(Forms, Dates,
                         ::testing::Values(DateCase{"31/12/2024", 2024, 12, 31}, DateCase{"31 décembre 2024", 2024, 12, 31},
                                           DateCase{"1er septembre 2024", 2024, 9, 1},
                                           DateCase{"1^{er} septembre 2024", 2024, 9, 1},
                                           DateCase{"1^(er) septembre 2024", 2024, 9, 1},
                                           DateCase{"14-10-2004", 2004, 10, 14}, DateCase{"7-11-2012", 2012, 11, 7},
                                           DateCase{"2020.03.25 15:03:11", 2020, 3, 25},
                                           DateCase{"le **26 mars 2020** à", 2020, 3, 26},
                                           DateCase{"1er août 2001", 2001, 8, 1}, DateCase{"31 DÉCEMBRE 2025", 2025, 12, 31},
                                           DateCase{"31/02/2024", 2024, 2, 31},
                                           // Months abbreviated with their period.
                                           DateCase{"3 févr. 2025", 2025, 2, 3}, DateCase{"3 fév. 2025", 2025, 2, 3},
                                           DateCase{"12 janv. 2026", 2026, 1, 12}, DateCase{"1er sept. 2024", 2024, 9, 1},
                                           DateCase{"15 déc. 2025", 2025, 12, 15}, DateCase{"2 juil. 2025", 2025, 7, 2},
                                           DateCase{"30 avr. 2026", 2026, 4, 30}, DateCase{"5 oct. 2026", 2026, 10, 5},
                                           DateCase{"5 nov. 2026", 2026, 11, 5}));

TEST(Dates, ImpossibleDatesAreKeptAsInvalid) {
  const auto parsed = testing::parse_bytes("Article 1 : Objet\n\nValable jusqu'au 31/02/2024 et au 32 mars 2025.\n");
  ASSERT_EQ(parsed.document.facts.dates.size(), 2u);
  EXPECT_FALSE(parsed.document.facts.dates[0].valid);
  EXPECT_FALSE(parsed.document.facts.dates[1].valid);
}

TEST(Dates, FalseFriendsAreNotDates) {
  EXPECT_TRUE(scan_inline("en 2024").dates.empty());
  EXPECT_TRUE(scan_inline("Domaine fonctionnel : 0105-06-08").dates.empty());
  EXPECT_TRUE(scan_inline("décret n° 2004-1085").dates.size() == 0);
  EXPECT_TRUE(scan_inline("les 3 octets 2025").dates.empty());  // an abbreviation needs its period
  EXPECT_TRUE(scan_inline("3 sept 2025 et 4 nove 2025").dates.empty());
}

struct RefCase {
  const char* text;
  grammar::RawLegalKind kind;
  const char* number;
  int year;  // 0 when no date
  bool amended;
};
class LegalRefs : public ::testing::TestWithParam<RefCase> {};
TEST_P(LegalRefs, ReadsEveryForm) {
  const std::string text = GetParam().text;
  const auto facts = scan_inline(text);
  ASSERT_EQ(facts.legal_refs.size(), 1u) << text;
  const auto& ref = facts.legal_refs[0];
  EXPECT_EQ(ref.kind, GetParam().kind) << text;
  EXPECT_EQ(text.substr(ref.number.begin, ref.number.size()), GetParam().number);
  EXPECT_EQ(ref.date ? ref.date->year : 0, GetParam().year) << text;
  EXPECT_EQ(ref.amended, GetParam().amended) << text;
}
using K = grammar::RawLegalKind;
INSTANTIATE_TEST_SUITE_P(
    Forms, LegalRefs,
    ::testing::Values(RefCase{"décret n° 2004-1085 du 14 octobre 2004 modifié", K::decret, "2004-1085", 2004, true},
                      RefCase{"décret n°2012-1246 du 7-11-2012", K::decret, "2012-1246", 2012, false},
                      RefCase{"décret no 2004-1085", K::decret, "2004-1085", 0, false},
                      RefCase{"décret n 2004-1085 du 14 octobre 2004", K::decret, "2004-1085", 2004, false},
                      RefCase{"décret n ° 2004-1085 du 14 octobre 2004", K::decret, "2004-1085", 2004, false},
                      RefCase{"décret n° 2004\u20131085 du 14 octobre 2004", K::decret, "2004\u20131085", 2004, false},  // Word's dash
                      RefCase{"décret n° 2004\u20111085", K::decret, "2004\u20111085", 0, false},  // a non-breaking hyphen
                      RefCase{"décret n\u00a0° 2004-1085", K::decret, "2004-1085", 0, false},
                      RefCase{"décret 2004-1085 du 14 octobre 2004", K::decret, "2004-1085", 2004, false},
                      RefCase{"l'ordonnance n° 2022-408 du 23 mars 2022", K::ordonnance, "2022-408", 2022, false},
                      RefCase{"la loi organique n° 2001-692 du 1er août 2001", K::loi_organique, "2001-692", 2001, false},
                      RefCase{"circulaire du Premier ministre 5608/SG du 19 septembre 2012", K::circulaire, "5608/SG", 2012, false},
                      RefCase{"l'arrêté du 3 mai 2021", K::arrete, "", 2021, false}));

TEST(LegalRefs, SeveralTextsInOneVisa) {
  const auto semicolon = scan_inline("Vu décret n° 2004-1085 du 14-10-2004 modifié ; décret n° 2012-1246 du 7-11-2012");
  EXPECT_EQ(semicolon.legal_refs.size(), 2u);
  const auto et = scan_inline("Vu le décret 2004-1085 du 14 octobre 2004 et le décret n°2012-1246 du 7 novembre 2012");
  EXPECT_EQ(et.legal_refs.size(), 2u);
}

TEST(LegalRefs, NumberInsideAnAddressIsNoReference) {
  EXPECT_TRUE(scan_inline("voir https://www.legifrance.gouv.fr/jorf/id/decret-2004-1085").legal_refs.empty());
  EXPECT_TRUE(scan_inline("la référence 2004-1085 seule").legal_refs.empty());
}

TEST(References, ArticleAndAnnexReferencesAndTheirNumbers) {
  const auto facts = scan_inline("l'UO mentionnée à l'article 1 ; l'article 2 du décret n° 2004-1085 ; à l'annexe 2 ; "
                                 "article 5 du décret 2004-1085 visé en référence ; les articles 3 et 4");
  ASSERT_EQ(facts.references.size(), 5u);
  EXPECT_TRUE(facts.references[2].annex);
  EXPECT_EQ(facts.references[4].numbers, (std::vector<int>{3, 4}));
  EXPECT_EQ(facts.legal_refs.size(), 2u) << "the décret after « article 2 du » is still read";
}

// A reference is internal unless the words after it name another text; the words come from rules/lexicon.yaml.
struct ReferenceCase {
  const char* sentence;
  bool internal;
};
class ReferenceScope : public ::testing::TestWithParam<ReferenceCase> {};
TEST_P(ReferenceScope, NamesAnotherTextOrNot) {
  const std::string text = std::string("Article 1 : Objet\n\n") + GetParam().sentence + "\n";
  const auto parsed = testing::parse_bytes(text);
  const auto& refs = parsed.document.facts.article_refs;
  ASSERT_EQ(refs.size(), 1u) << GetParam().sentence;
  EXPECT_EQ(refs[0].internal, GetParam().internal) << GetParam().sentence;
}
INSTANTIATE_TEST_SUITE_P(
    Forms, ReferenceScope,
    ::testing::Values(ReferenceCase{"Les crédits de l'UO mentionnée à l'article 4 sont délégués.", true},
                      ReferenceCase{"Dans les conditions prévues à l'article 4 de la présente convention.", true},
                      ReferenceCase{"Comme indiqué à l'article 3 ci-dessus, le délégataire rend compte.", true},
                      ReferenceCase{"En application de l'article 2 du décret n° 2004-1085 du 14 octobre 2004.", false},
                      ReferenceCase{"Conformément à l'article 2 de la convention-cadre du 4 mai 2022 passée entre les parties.", false},
                      ReferenceCase{"Les stipulations de l'article 5 de la convention du 3 mars 2021 restent applicables.", false},
                      ReferenceCase{"L'article 4 de la convention susvisée est remplacé par les dispositions suivantes.", false},
                      ReferenceCase{"En application de l'article 1er du décret du 14 octobre 2004 susvisé.", false},
                      ReferenceCase{"Au sens de l'article 3 de l'arrêté du 27 février 2023.", false},
                      ReferenceCase{"Selon l'article 12 de la loi organique relative aux lois de finances.", false},
                      ReferenceCase{"Dans le respect de l'article 6 du code de la commande publique.", false},
                      ReferenceCase{"Au titre de l'article 3, alinéa 2, de l'ordonnance du 23 mars 2022.", false},
                      ReferenceCase{"Les prestations de l'article 7 du marché public n° 2024-15 sont exclues.", false},
                      ReferenceCase{"Comme le prévoit l'article 4 dudit décret.", false},
                      ReferenceCase{"Selon l'article 9 précité, les parties se concertent.", false},
                      ReferenceCase{"Les modalités fixées à l'annexe 2 de la convention initiale s'appliquent.", false}));

struct DurationCase {
  const char* text;
  int count;
  grammar::DurationUnit unit;
};
class Durations : public ::testing::TestWithParam<DurationCase> {};
TEST_P(Durations, ReadsEveryForm) {
  const auto facts = scan_inline(GetParam().text);
  ASSERT_EQ(facts.durations.size(), 1u) << GetParam().text;
  EXPECT_EQ(facts.durations[0].count, GetParam().count) << GetParam().text;
  EXPECT_EQ(facts.durations[0].unit, GetParam().unit) << GetParam().text;
}
using U = grammar::DurationUnit;
INSTANTIATE_TEST_SUITE_P(Forms, Durations,
                         ::testing::Values(DurationCase{"préavis de trois mois", 3, U::month}, DurationCase{"préavis écrit de trois mois", 3, U::month},
                                           DurationCase{"3 mois", 3, U::month}, DurationCase{"trois (3) mois", 3, U::month},
                                           DurationCase{"3 (trois) mois", 3, U::month}, DurationCase{"six mois", 6, U::month},
                                           DurationCase{"un mois", 1, U::month}, DurationCase{"deux ans", 2, U::year},
                                           DurationCase{"trente jours", 30, U::day}, DurationCase{"90 jours calendaires", 90, U::day},
                                           DurationCase{"quatre-vingt-dix jours", 90, U::day}, DurationCase{"six semaines", 6, U::week},
                                           DurationCase{"quinze (15) jours", 15, U::day}, DurationCase{"13 semaines", 13, U::week},
                                           // Long texts without a digit, read 8 bytes at a time before the grammar runs.
                                           DurationCase{"sous réserve d'un préavis de TROIS MOIS notifié par écrit à l'autre partie", 3, U::month},
                                           DurationCase{"pour une durée de deux années, renouvelable par avenant exprès", 2, U::year},
                                           DurationCase{"pour une année, renouvelable par avenant exprès", 1, U::year},
                                           DurationCase{"la convention court sur un\u00a0an à compter de sa signature", 1, U::year},
                                           DurationCase{"moyennant un délai de soixante jours adressé à l'autre partie", 60, U::day},
                                           DurationCase{"moyennant un préavis de Deux Mois adressé à l'autre partie", 2, U::month},
                                           // Numbers in words of every size and spelling, and as conversions cut them.
                                           DurationCase{"un préavis de quatre-\nvingt-dix jours", 90, U::day},
                                           DurationCase{"un préavis de quatre-\n   vingt-dix jours", 90, U::day},
                                           DurationCase{"un préavis de quatrevingt-dix jours", 90, U::day},
                                           DurationCase{"un préavis de quatre vingt dix jours", 90, U::day},
                                           DurationCase{"un délai de soixante-dix jours", 70, U::day},
                                           DurationCase{"une durée de dix-huit mois", 18, U::month},
                                           DurationCase{"une durée de vingt et un mois", 21, U::month},
                                           DurationCase{"une durée de vingt-et-un mois", 21, U::month},
                                           DurationCase{"une durée de trente-six mois", 36, U::month},
                                           DurationCase{"un délai de cent quatre-vingts jours", 180, U::day},
                                           DurationCase{"un délai de deux cent soixante-dix jours", 270, U::day},
                                           DurationCase{"un délai de cinquante-deux semaines", 52, U::week},
                                           DurationCase{"pendant vingt universités et trois mois", 3, U::month}));

TEST(Durations, DaysAndWeeksCountAsMonthsOnlyWhenTheyMakeWholeMonths) {
  auto months = [](int count, document::Duration::Unit unit) {
    document::Duration duration;
    duration.count = count;
    duration.unit = unit;
    return duration.months();
  };
  using Unit = document::Duration::Unit;
  EXPECT_EQ(months(90, Unit::day), 3);
  EXPECT_EQ(months(92, Unit::day), 3);
  EXPECT_EQ(months(13, Unit::week), 3);
  EXPECT_EQ(months(2, Unit::year), 24);
  EXPECT_EQ(months(30, Unit::day), 1);
  EXPECT_FALSE(months(95, Unit::day).has_value());
  EXPECT_FALSE(months(6, Unit::week).has_value());
}

TEST(Durations, QuartersAndHalvesOfAYearAreMonths) {
  const auto facts = scan_inline("un préavis d'un trimestre, deux trimestres, un semestre ou un TRIMESTRE (1)");
  ASSERT_EQ(facts.durations.size(), 4u);
  const int months[] = {3, 6, 6, 3};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(facts.durations[i].unit, grammar::DurationUnit::month) << i;
    EXPECT_EQ(facts.durations[i].count, months[i]) << i;
  }
  EXPECT_TRUE(scan_inline("le trimestriel et le semestriel").durations.empty());
}

TEST(Durations, NoticeIsTheDurationOfAPreavis) {
  const auto parsed = testing::parse_bytes(
      "Article 1 : Durée\n\nUn comité se réunit tous les six mois. Il peut être mis fin à la délégation sous réserve "
      "d'un préavis écrit de trois mois.\n");
  const auto& durations = parsed.document.facts.durations;
  ASSERT_EQ(durations.size(), 2u);
  EXPECT_FALSE(durations[0].notice);
  EXPECT_TRUE(durations[1].notice);
  EXPECT_EQ(parsed.position(durations[1].span), (source::Position{3, 112}));
}

TEST(Codes, CentreFinancierAndProgrammeInProse) {
  const auto facts = scan_inline("sur l'UO 0352-CFSE-CFIN du BOP 352 et le programme 129");
  ASSERT_EQ(facts.codes.size(), 3u);
  EXPECT_FALSE(facts.codes[0].programme);
  EXPECT_TRUE(facts.codes[1].programme);
  EXPECT_TRUE(facts.codes[2].programme);
}

TEST(RoleWords, FindsRoleWordsAndMisspellingsButNotOrdinaryWords) {
  const auto parsed = testing::parse_bytes(
      "Article 1 : Objet\n\nLe partenaire-déléataire et le délégatiare informent le délégué de la délégation ; "
      "les partenaires sont consultés.\n");
  std::vector<std::string> words;
  for (const auto& word : parsed.document.facts.role_words) words.push_back(word.word);
  EXPECT_EQ(words, (std::vector<std::string>{"partenaire-déléataire", "délégatiare", "délégué"}));
  EXPECT_EQ(parsed.document.facts.role_words[2].previous, "le");
}

}  // namespace
}  // namespace convlint
