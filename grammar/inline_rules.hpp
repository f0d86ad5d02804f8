#pragma once
// The inline grammar: legal references, article references, dates, amounts, durations and Chorus codes inside a
// text. Rule structs only; inline_actions.hpp records what they match.

#include <tao/pegtl.hpp>

#include "char_rules.hpp"

namespace convlint::grammar::inline_facts {

namespace pegtl = tao::pegtl;
using namespace chars;

template <unsigned Min, unsigned Max>
struct digits : pegtl::seq<pegtl::rep_min_max<Min, Max, pegtl::digit>, pegtl::not_at<pegtl::digit>> {};
struct bold : pegtl::star<pegtl::one<'*', '_'>> {};

// --- dates -----------------------------------------------------------------------------------------------------
struct day : digits<1, 2> {};
struct month_number : digits<1, 2> {};
// Years of State texts: 19xx or 20xx, so that « 0105-06-08 » (a domaine fonctionnel) is no date.
struct year : pegtl::seq<pegtl::sor<pegtl::string<'1', '9'>, pegtl::string<'2', '0'>>, digits<2, 2>> {};
struct first_day : pegtl::seq<pegtl::one<'1'>, raised_er> {};
struct premier : TAO_PEGTL_ISTRING("premier") {};
struct date_sep : pegtl::one<'/', '-', '.'> {};

template <int N>
struct month;
#define CONVLINT_MONTH(N, ...) \
  template <>                  \
  struct month<N> : pegtl::seq<__VA_ARGS__> {};
// Each month in full, or abbreviated with its period (« janv. », « févr. », « fév. », « sept. », « déc. »).
struct period : pegtl::one<'.'> {};
CONVLINT_MONTH(1, pegtl::sor<TAO_PEGTL_ISTRING("janvier"), pegtl::seq<TAO_PEGTL_ISTRING("janv"), period>>)
CONVLINT_MONTH(2, TAO_PEGTL_ISTRING("f"), e_any, TAO_PEGTL_ISTRING("v"),
               pegtl::sor<TAO_PEGTL_ISTRING("rier"), pegtl::seq<pegtl::opt<TAO_PEGTL_ISTRING("r")>, period>>)
CONVLINT_MONTH(3, TAO_PEGTL_ISTRING("mars"))
CONVLINT_MONTH(4, TAO_PEGTL_ISTRING("avr"), pegtl::sor<TAO_PEGTL_ISTRING("il"), period>)
CONVLINT_MONTH(5, TAO_PEGTL_ISTRING("mai"))
CONVLINT_MONTH(6, TAO_PEGTL_ISTRING("juin"))
CONVLINT_MONTH(7, TAO_PEGTL_ISTRING("juil"), pegtl::sor<TAO_PEGTL_ISTRING("let"), period>)
CONVLINT_MONTH(8, TAO_PEGTL_ISTRING("ao"), u_any, TAO_PEGTL_ISTRING("t"))
CONVLINT_MONTH(9, TAO_PEGTL_ISTRING("sept"), pegtl::sor<TAO_PEGTL_ISTRING("embre"), period>)
CONVLINT_MONTH(10, TAO_PEGTL_ISTRING("oct"), pegtl::sor<TAO_PEGTL_ISTRING("obre"), period>)
CONVLINT_MONTH(11, TAO_PEGTL_ISTRING("nov"), pegtl::sor<TAO_PEGTL_ISTRING("embre"), period>)
CONVLINT_MONTH(12, TAO_PEGTL_ISTRING("d"), e_any, TAO_PEGTL_ISTRING("c"), pegtl::sor<TAO_PEGTL_ISTRING("embre"), period>)
#undef CONVLINT_MONTH
struct month_name : pegtl::seq<pegtl::sor<month<1>, month<2>, month<3>, month<4>, month<5>, month<6>, month<7>, month<8>,
                                          month<9>, month<10>, month<11>, month<12>>, word_end> {};

struct textual_date : pegtl::seq<pegtl::sor<first_day, premier, day>, spaces, month_name, spaces, year> {};
struct numeric_date : pegtl::seq<day, date_sep, month_number, date_sep, year> {};
struct iso_year : year {};
struct iso_month : digits<2, 2> {};
struct iso_day : digits<2, 2> {};
struct iso_date : pegtl::seq<iso_year, date_sep, iso_month, date_sep, iso_day> {};
struct date : pegtl::sor<textual_date, iso_date, numeric_date> {};

// --- amounts ---------------------------------------------------------------------------------------------------
struct integer_head : digits<1, 3> {};
struct integer_group : pegtl::seq<pegtl::sor<digit_space, pegtl::one<'.'>>, pegtl::rep<3, pegtl::digit>, pegtl::not_at<pegtl::digit>> {};
struct plain_integer : pegtl::plus<pegtl::digit> {};
struct integer_part : pegtl::sor<pegtl::seq<integer_head, pegtl::plus<integer_group>>, plain_integer> {};
struct decimals : pegtl::rep_min_max<1, 2, pegtl::digit> {};
struct euro_sign : pegtl::utf8::one<0x20AC> {};
struct millions : pegtl::sor<pegtl::seq<pegtl::one<'M'>, euro_sign>,
                             pegtl::seq<TAO_PEGTL_ISTRING("million"), pegtl::opt<pegtl::one<'s'>>, spaces,
                                        TAO_PEGTL_ISTRING("d"), apostrophe, TAO_PEGTL_ISTRING("euros")>> {};
struct thousands : pegtl::sor<pegtl::seq<pegtl::one<'k', 'K'>, euro_sign>,
                              pegtl::seq<TAO_PEGTL_ISTRING("milliers"), spaces, TAO_PEGTL_ISTRING("d"), apostrophe,
                                         TAO_PEGTL_ISTRING("euros")>> {};
struct euros : pegtl::sor<euro_sign, pegtl::seq<TAO_PEGTL_ISTRING("euro"), pegtl::opt<pegtl::one<'s'>>, word_end>,
                          pegtl::seq<pegtl::string<'E', 'U', 'R'>, word_end>> {};
struct currency : pegtl::sor<millions, thousands, euros> {};
// « 120 000, 00 € »: a space after the decimal comma (OCR, or a typist), before two decimals.
struct spaced_decimals : pegtl::seq<pegtl::one<' '>, pegtl::at<pegtl::digit, pegtl::digit, pegtl::not_at<pegtl::digit>>> {};
struct amount : pegtl::seq<integer_part, pegtl::opt<pegtl::one<','>, pegtl::opt<spaced_decimals>, decimals, pegtl::not_at<pegtl::digit>>, bold,
                           pegtl::star<digit_space>, currency> {};
// A bare number, as in a money column: « 0 », « 150 000 ».
struct bare_amount : pegtl::seq<blanks, integer_part, pegtl::opt<pegtl::one<','>, decimals>, blanks, pegtl::eof> {};

// --- legal references ------------------------------------------------------------------------------------------
struct decret : pegtl::seq<TAO_PEGTL_ISTRING("d"), e_any, TAO_PEGTL_ISTRING("cret"), word_end> {};
struct ordonnance : pegtl::seq<TAO_PEGTL_ISTRING("ordonnance"), word_end> {};
struct loi_organique : pegtl::seq<TAO_PEGTL_ISTRING("loi"), spaces, TAO_PEGTL_ISTRING("organique"), word_end> {};
struct loi : pegtl::seq<TAO_PEGTL_ISTRING("loi"), word_end> {};
struct arrete : pegtl::seq<TAO_PEGTL_ISTRING("arr"), e_any, TAO_PEGTL_ISTRING("t"), e_any, word_end> {};
struct circulaire : pegtl::seq<TAO_PEGTL_ISTRING("circulaire"), word_end> {};
struct legal_kind : pegtl::sor<decret, ordonnance, loi_organique, loi, arrete, circulaire> {};

// « n° », « nº », « no », « n. », « n » and, as a typist's space may leave it, « n ° ».
struct number_sign : pegtl::seq<TAO_PEGTL_ISTRING("n"), pegtl::sor<pegtl::seq<blanks, pegtl::utf8::one<0xB0, 0xBA>>, pegtl::one<'o', 'O', '.'>,
                                                                    pegtl::at<sp>>, blanks> {};
// « 2004-1085 », and with the dash a word processor put instead (« 2004–1085 », a non-breaking hyphen).
struct text_number_dash : pegtl::sor<pegtl::one<'-'>, pegtl::utf8::one<0x2010, 0x2011, 0x2013, 0x2212>> {};
struct text_number : pegtl::sor<pegtl::seq<pegtl::rep<4, pegtl::digit>, text_number_dash, pegtl::rep_min_max<1, 5, pegtl::digit>,
                                           pegtl::not_at<pegtl::digit>>,
                                pegtl::seq<pegtl::plus<pegtl::digit>, pegtl::one<'/'>, pegtl::plus<pegtl::upper>>> {};
struct issuer : pegtl::seq<TAO_PEGTL_ISTRING("du"), spaces, TAO_PEGTL_ISTRING("premier"), spaces, TAO_PEGTL_ISTRING("ministre"), spaces> {};
struct ref_date : pegtl::seq<bold, date> {};
struct date_clause : pegtl::seq<spaces, pegtl::opt<TAO_PEGTL_ISTRING("en"), spaces, TAO_PEGTL_ISTRING("date"), spaces>,
                                TAO_PEGTL_ISTRING("du"), spaces, ref_date> {};
struct amended : pegtl::seq<blanks, pegtl::opt<pegtl::one<','>, blanks>, TAO_PEGTL_ISTRING("modifi"), e_any,
                            pegtl::opt<e_any>, pegtl::opt<pegtl::one<'s'>>, word_end> {};
struct numbered_text : pegtl::seq<spaces, pegtl::opt<issuer>, pegtl::opt<number_sign>, text_number, pegtl::opt<date_clause>> {};
struct legal_ref : pegtl::seq<legal_kind, pegtl::sor<numbered_text, date_clause>, pegtl::opt<amended>> {};

// --- references to articles and annexes -------------------------------------------------------------------------
struct article_word : pegtl::seq<TAO_PEGTL_ISTRING("article"), pegtl::opt<pegtl::one<'s'>>> {};
struct annex_word : pegtl::seq<TAO_PEGTL_ISTRING("annexe"), pegtl::opt<pegtl::one<'s'>>> {};
// « l'article 1, 100 000 € en AE »: a number that goes on as an amount is no article's.
struct amount_goes_on : pegtl::sor<integer_group, pegtl::seq<pegtl::star<digit_space>, currency>> {};
struct ref_number : pegtl::seq<digits<1, 5>, pegtl::opt<pegtl::sor<TAO_PEGTL_ISTRING("er"), pegtl::one<'^'>>>, word_end,
                               pegtl::not_at<amount_goes_on>> {};
struct ref_list : pegtl::list<ref_number, pegtl::sor<pegtl::seq<blanks, pegtl::one<','>, blanks>,
                                                     pegtl::seq<spaces, TAO_PEGTL_ISTRING("et"), spaces>,
                                                     pegtl::seq<spaces, a_any, spaces>>> {};
struct article_ref : pegtl::seq<article_word, spaces, ref_list> {};
struct annex_ref : pegtl::seq<annex_word, spaces, pegtl::opt<number_sign>, ref_list> {};

// --- durations -------------------------------------------------------------------------------------------------
// Numbers in words up to « neuf cent quatre-vingt-dix-neuf », in the spellings of before and after 1990 (« vingt et
// un », « vingt-et-un »), and as conversions leave them: a hyphen at a line's end (« quatre-⏎vingt-dix ») or removed
// with it (« quatrevingt-dix »). Each word ends a word; longer words first where one starts another.
struct number_joint : pegtl::sor<pegtl::seq<pegtl::one<'-'>, pegtl::star<pegtl::sor<sp, pegtl::one<'\n', '\r'>>>,
                                            pegtl::opt<TAO_PEGTL_ISTRING("et-")>>,
                                 pegtl::seq<spaces, TAO_PEGTL_ISTRING("et"), spaces>, spaces> {};
struct unit_word : pegtl::seq<pegtl::sor<TAO_PEGTL_ISTRING("une"), TAO_PEGTL_ISTRING("un"), TAO_PEGTL_ISTRING("deux"),
                                         TAO_PEGTL_ISTRING("trois"), TAO_PEGTL_ISTRING("quatre"), TAO_PEGTL_ISTRING("cinq"),
                                         TAO_PEGTL_ISTRING("six"), TAO_PEGTL_ISTRING("sept"), TAO_PEGTL_ISTRING("huit"),
                                         TAO_PEGTL_ISTRING("neuf")>,
                              word_end> {};
struct teen_word : pegtl::sor<pegtl::seq<TAO_PEGTL_ISTRING("dix"), number_joint, pegtl::sor<TAO_PEGTL_ISTRING("sept"), TAO_PEGTL_ISTRING("huit"),
                                                                                          TAO_PEGTL_ISTRING("neuf")>, word_end>,
                              pegtl::seq<pegtl::sor<TAO_PEGTL_ISTRING("onze"), TAO_PEGTL_ISTRING("douze"), TAO_PEGTL_ISTRING("treize"),
                                                    TAO_PEGTL_ISTRING("quatorze"), TAO_PEGTL_ISTRING("quinze"), TAO_PEGTL_ISTRING("seize"),
                                                    TAO_PEGTL_ISTRING("dix")>,
                                         word_end>> {};
struct tens_word : pegtl::seq<pegtl::sor<pegtl::seq<TAO_PEGTL_ISTRING("quatre"), pegtl::opt<number_joint>, TAO_PEGTL_ISTRING("vingt"),
                                                    pegtl::opt<pegtl::one<'s', 'S'>>>,
                                         TAO_PEGTL_ISTRING("vingt"), TAO_PEGTL_ISTRING("trente"), TAO_PEGTL_ISTRING("quarante"),
                                         TAO_PEGTL_ISTRING("cinquante"), TAO_PEGTL_ISTRING("soixante")>,
                              word_end> {};
struct below_hundred : pegtl::sor<pegtl::seq<tens_word, pegtl::opt<number_joint, pegtl::sor<teen_word, unit_word>>>, teen_word, unit_word> {};
struct cent_word : pegtl::seq<TAO_PEGTL_ISTRING("cent"), pegtl::opt<pegtl::one<'s', 'S'>>, word_end> {};
struct hundreds_rest : pegtl::seq<cent_word, pegtl::opt<number_joint, below_hundred>> {};
// « cent … », or a number below a hundred that may count hundreds (« deux cent quarante »).
struct count_word : pegtl::sor<hundreds_rest, pegtl::seq<below_hundred, pegtl::opt<number_joint, hundreds_rest>>> {};
struct count_digits : digits<1, 3> {};
struct count_in_parentheses : pegtl::seq<blanks, pegtl::one<'('>, blanks, pegtl::sor<count_digits, count_word>, blanks, pegtl::one<')'>> {};
// « trois mois », « trois (3) mois », « 3 (trois) mois », « 90 jours »: the first count is the one kept.
struct count : pegtl::sor<pegtl::seq<count_word, word_end, pegtl::opt<count_in_parentheses>>,
                          pegtl::seq<count_digits, pegtl::opt<count_in_parentheses>>> {};
struct months_word : pegtl::seq<TAO_PEGTL_ISTRING("mois"), word_end> {};
// « année(s) » before « an », which would take its first two letters and leave « nées ».
struct years_word : pegtl::seq<pegtl::sor<pegtl::seq<TAO_PEGTL_ISTRING("ann"), e_any, TAO_PEGTL_ISTRING("e"),
                                                     pegtl::opt<pegtl::one<'s', 'S'>>>,
                                          TAO_PEGTL_ISTRING("ans"), TAO_PEGTL_ISTRING("an")>,
                               word_end> {};
struct weeks_word : pegtl::seq<TAO_PEGTL_ISTRING("semaine"), pegtl::opt<pegtl::one<'s', 'S'>>, word_end> {};
struct days_word : pegtl::seq<TAO_PEGTL_ISTRING("jour"), pegtl::opt<pegtl::one<'s', 'S'>>, word_end> {};
// « un trimestre » is three months, « un semestre » six.
struct quarters_word : pegtl::seq<TAO_PEGTL_ISTRING("trimestre"), pegtl::opt<pegtl::one<'s', 'S'>>, word_end> {};
struct halves_word : pegtl::seq<TAO_PEGTL_ISTRING("semestre"), pegtl::opt<pegtl::one<'s', 'S'>>, word_end> {};
// The first letters of the units: most words after « un », « une » or « deux » are none, and fail here at once.
struct unit_start : pegtl::one<'m', 'M', 'a', 'A', 's', 'S', 'j', 'J', 't', 'T'> {};
struct duration : pegtl::seq<count, spaces, pegtl::at<unit_start>,
                             pegtl::sor<months_word, years_word, weeks_word, days_word, quarters_word, halves_word>> {};

// --- Chorus codes in prose ---------------------------------------------------------------------------------------
struct code_part : pegtl::rep<4, pegtl::sor<pegtl::upper, pegtl::digit>> {};
struct centre_financier_code
    : pegtl::seq<pegtl::rep<4, pegtl::digit>, pegtl::one<'-'>, code_part, pegtl::one<'-'>, code_part, word_end> {};
struct programme_number : digits<3, 4> {};
struct programme_mention : pegtl::seq<pegtl::sor<TAO_PEGTL_ISTRING("programme"), pegtl::string<'B', 'O', 'P'>>,
                                      pegtl::opt<pegtl::one<'s'>>, spaces, pegtl::opt<number_sign>, programme_number> {};

// Clears what a failed alternative may have recorded.
struct clear : pegtl::success {};
template <class Rule>
struct alt : pegtl::seq<clear, Rule> {};

// The facts the scanner records: distinct types so that their actions fire only at the top level.
struct legal_ref_fact : legal_ref {};
struct article_ref_fact : article_ref {};
struct annex_ref_fact : annex_ref {};
struct date_fact : date {};
struct amount_fact : amount {};
struct duration_fact : duration {};
struct centre_financier_fact : centre_financier_code {};
struct programme_fact : programme_mention {};
struct bare_amount_fact : bare_amount {};

// One fact starting at the current position.
struct fact : pegtl::sor<alt<legal_ref_fact>, alt<article_ref_fact>, alt<annex_ref_fact>, alt<date_fact>,
                         alt<amount_fact>, alt<duration_fact>, alt<centre_financier_fact>, alt<programme_fact>> {};

}  // namespace convlint::grammar::inline_facts
