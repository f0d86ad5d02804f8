#pragma once
// The block grammar: each rule classifies one line of the normalised text. Rule structs only; the actions that
// record what matched live in block_actions.hpp, and the builder in src/document assembles lines into blocks.

#include <algorithm>
#include <cstring>
#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "char_rules.hpp"
#include "number_words.hpp"

namespace convlint::grammar::block {

namespace pegtl = tao::pegtl;
using namespace chars;

struct end : pegtl::seq<blanks, pegtl::eof> {};

// A rule written as plain code: `Test::test(in)` says whether it matches (and moves the input past what it takes).
template <class Test>
struct coded_rule {
  using rule_t = Test;
  using subs_t = pegtl::empty_list;
  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class, template <typename...> class,
            class ParseInput, class... States>
  static bool match(ParseInput& in, States&&...) {
    return Test::test(in);
  }
};

// The rest of the line, taken at once rather than byte by byte; with `MinSize` 1 it must not be empty.
template <size_t MinSize>
struct line_rest : coded_rule<line_rest<MinSize>> {
  template <class ParseInput>
  static bool test(ParseInput& in) {
    if (in.size() < MinSize) return false;
    in.bump_in_this_line(in.size());
    return true;
  }
};
struct emphasis : pegtl::sor<pegtl::two<'*'>, pegtl::two<'_'>, pegtl::one<'*', '_'>> {};
struct md_hashes : pegtl::seq<pegtl::plus<pegtl::one<'#'>>, spaces> {};
// A form feed may open the line that starts a page (`pdftotext` writes it so).
struct heading_prefix : pegtl::seq<pegtl::star<pegtl::one<'\f'>>, blanks, pegtl::opt<md_hashes>, pegtl::opt<emphasis>, blanks> {};
// Whether the first character of the line after the bytes `skipped` accepts is one of `Firsts`, or not ASCII (a
// no-break space, an accented letter, a dash, a bullet: those are left to the rule the test guards).
template <char... Firsts, class ParseInput, class Skipped>
bool first_is(const ParseInput& in, Skipped skipped) {
  const char* at = in.current();
  while (at < in.end() && skipped(*at)) ++at;
  return at < in.end() && (static_cast<unsigned char>(*at) >= 0x80 || ((*at == Firsts) || ...));
}

// Guards, consuming nothing, so that most lines of prose are never tried as every kind of line: the first letter
// after spaces, tabs and markdown marks (# * _) for headings and the like (starts_with); the first character after
// plain spaces for the kinds tried on every line (first_char).
template <char... Firsts>
struct starts_with : coded_rule<starts_with<Firsts...>> {
  template <class ParseInput>
  static bool test(ParseInput& in) {
    return first_is<Firsts...>(in, [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '#' || c == '*' || c == '_'; });
  }
};
template <char... Firsts>
struct first_char : coded_rule<first_char<Firsts...>> {
  template <class ParseInput>
  static bool test(ParseInput& in) {
    return first_is<Firsts...>(in, [](char c) { return c == ' '; });
  }
};

// « Art. 2, — Objet »: a comma before a dash is the period OCR misread.
struct separator : pegtl::sor<pegtl::one<':', '.', ')', '/'>, pegtl::seq<pegtl::one<','>, blanks, dash>, dash> {};

struct title : line_rest<1> {};
// « Article 1 (Objet) »: the title in parentheses.
struct heading_tail : pegtl::sor<pegtl::seq<blanks, pegtl::opt<emphasis>, pegtl::opt<separator>, end>,
                                 pegtl::seq<blanks, pegtl::opt<emphasis>, blanks, separator, blanks, title>,
                                 pegtl::seq<blanks, pegtl::one<'('>, blanks, pegtl::at<upper>, title>,
                                 pegtl::seq<spaces, pegtl::at<upper>, title>> {};

struct heading_digits : pegtl::plus<pegtl::digit> {};
struct ordinal : raised_er {};
// « 2 bis », « 4 ter »: an article an amendment inserted after article 2 or 4.
struct latin_multiple : pegtl::seq<pegtl::sor<TAO_PEGTL_ISTRING("bis"), TAO_PEGTL_ISTRING("ter"), TAO_PEGTL_ISTRING("quater"),
                                              TAO_PEGTL_ISTRING("quinquies"), TAO_PEGTL_ISTRING("sexies")>,
                                   word_end> {};
struct number : pegtl::seq<heading_digits, pegtl::opt<ordinal>, pegtl::opt<spaces, latin_multiple>> {};
struct first : TAO_PEGTL_ISTRING("premier") {};
struct roman : pegtl::plus<pegtl::one<'I', 'V', 'X'>> {};
// « n° », « N° », « no »: not the first letter of a number in words (« Article neuvième »).
struct number_sign : pegtl::seq<pegtl::sor<TAO_PEGTL_ISTRING("no"), TAO_PEGTL_ISTRING("n")>, pegtl::not_at<pegtl::alpha>,
                                pegtl::opt<pegtl::utf8::one<0xB0, 0xBA>>, blanks> {};

// « ARTICLE DEUX », « Article dix-sept », « Article deuxième », « Article unique »: letters and hyphens (with « et »
// between two words) that heading_number_in_words reads as a number.
struct number_in_letters : coded_rule<number_in_letters> {
  template <class ParseInput>
  static bool test(ParseInput& in) {
    const char* begin = in.current();
    const char* limit = in.end();
    auto word_end = [&](const char* at) {
      while (at < limit) {
        const auto c = static_cast<unsigned char>(*at);
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++at;
        else if (c == '-' && at > begin) ++at;
        else if (c == 0xC3 && at + 1 < limit) at += 2;
        else break;
      }
      return at;
    };
    const char* end = word_end(begin);
    if (end == begin) return false;
    // « vingt et un », « vingt et unième »
    if (limit - end > 4 && (end[0] == ' ') && (end[1] | 0x20) == 'e' && (end[2] | 0x20) == 't' && end[3] == ' ') {
      if (const char* joined = word_end(end + 4); joined > end + 4) end = joined;
    }
    if (heading_number_in_words(std::string_view(begin, static_cast<size_t>(end - begin))) <= 0) return false;
    in.bump_in_this_line(static_cast<size_t>(end - begin));
    return true;
  }
};

// « Article », « Art. », and « Art » before a figure (« Art 2 - Durée »)
struct article_word : pegtl::sor<pegtl::seq<TAO_PEGTL_ISTRING("article"), pegtl::opt<pegtl::one<'s'>>>,
                                 pegtl::seq<TAO_PEGTL_ISTRING("art"), pegtl::one<'.'>>,
                                 pegtl::seq<TAO_PEGTL_ISTRING("art"), pegtl::at<pegtl::one<' '>, pegtl::digit>>> {};
// « ARTICLE III – DURÉE », « Article Ier »
struct roman_ordinal : pegtl::seq<roman, pegtl::opt<ordinal>> {};
struct article_heading
    : pegtl::seq<heading_prefix, article_word, blanks, pegtl::opt<number_sign>, pegtl::sor<number, first, roman_ordinal, number_in_letters>,
                 heading_tail> {};

struct annex_word : pegtl::seq<TAO_PEGTL_ISTRING("annexe"), word_end> {};
struct annex_letter : upper {};
struct annex_number : pegtl::sor<number, roman, pegtl::seq<annex_letter, word_end>> {};
// « ANNEXE 2 – Échéancier », « Annexe : échéancier », « ANNEXE FINANCIÈRE » (named, not numbered)
struct annex_heading
    : pegtl::seq<heading_prefix, annex_word,
                 pegtl::sor<pegtl::seq<blanks, pegtl::opt<number_sign>, annex_number, heading_tail>,
                            pegtl::seq<blanks, separator, blanks, title>, pegtl::seq<spaces, pegtl::at<upper>, title>, end>> {};

// « 1. Objet », « 1\. Objet » as a markdown export escapes it, « 1 - OBJET », « II – DURÉE ».
struct numbered_heading
    : pegtl::seq<heading_prefix, pegtl::sor<heading_digits, roman>,
                 pegtl::sor<pegtl::seq<pegtl::opt<pegtl::one<'\\'>>, pegtl::one<'.'>>, pegtl::seq<spaces, dash>>, spaces, pegtl::at<upper>, title> {};
struct markdown_heading : pegtl::seq<blanks, md_hashes, title> {};

struct preamble_heading
    : pegtl::seq<heading_prefix, TAO_PEGTL_ISTRING("pr"), e_any, TAO_PEGTL_ISTRING("ambule"), blanks,
                 pegtl::opt<pegtl::one<':'>>, blanks, pegtl::opt<emphasis>, end> {};
struct agreed
    : pegtl::seq<heading_prefix, TAO_PEGTL_ISTRING("il"), spaces,
                 pegtl::sor<pegtl::seq<TAO_PEGTL_ISTRING("a"), spaces, e_any, TAO_PEGTL_ISTRING("t"), e_any>,
                            TAO_PEGTL_ISTRING("est")>,
                 pegtl::until<TAO_PEGTL_ISTRING("convenu")>> {};

struct rest : line_rest<0> {};
// After « Entre » or « Et »: bold or underline marks, then a colon or a comma (or a point or semicolon, a speck a
// scan's OCR read), or the text of the party.
struct party_word_tail : pegtl::seq<pegtl::opt<emphasis>, pegtl::sor<end, pegtl::seq<blanks, pegtl::one<':', ',', ';', '.'>, blanks>, spaces>> {};
struct between : pegtl::seq<heading_prefix, TAO_PEGTL_ISTRING("entre"), party_word_tail, rest> {};
struct together
    : pegtl::seq<heading_prefix, pegtl::opt<TAO_PEGTL_ISTRING("et"), pegtl::opt<pegtl::one<','>>, spaces>,
                 TAO_PEGTL_ISTRING("ensemble"), word_end, rest> {};
struct and_party : pegtl::seq<heading_prefix, TAO_PEGTL_ISTRING("et"), party_word_tail, rest> {};
struct part_marker
    : pegtl::seq<blanks, TAO_PEGTL_ISTRING("d"), apostrophe,
                 pegtl::sor<TAO_PEGTL_ISTRING("une"), TAO_PEGTL_ISTRING("autre")>, spaces,
                 TAO_PEGTL_ISTRING("part"), blanks, pegtl::opt<pegtl::one<',', ';', '.'>>, end> {};

// A markdown export escapes a bullet it did not make a list of: « \- ».
struct bullet : pegtl::sor<pegtl::one<'-', '*', '+', 'o'>, pegtl::seq<pegtl::one<'\\'>, pegtl::one<'-', '*', '+'>>, pegtl::utf8::one<0x2022, 0x2013, 0x2014, 0x25AA, 0x25E6,
                                                                         0x00B7, 0x25CB, 0x27A2, 0x25BA, 0xF0B7, 0xF0A7>> {};
// « Vu le décret … », « – Vu … », « • Vu … »
struct visa : pegtl::seq<heading_prefix, pegtl::opt<bullet, spaces>, pegtl::one<'V'>, pegtl::one<'u', 'U'>, pegtl::opt<emphasis>,
                         pegtl::sor<spaces, pegtl::one<','>>, rest> {};

struct footnote_number : pegtl::plus<superscript_digit> {};
struct footnote_label : pegtl::plus<pegtl::alnum> {};
struct footnote_mark_text : pegtl::seq<footnote_number, blanks, pegtl::not_at<pegtl::eof>> {};
struct markdown_footnote_text
    : pegtl::seq<pegtl::one<'['>, pegtl::one<'^'>, footnote_label, pegtl::one<']'>, pegtl::one<':'>> {};
struct footnote_text : pegtl::seq<blanks, pegtl::sor<footnote_mark_text, markdown_footnote_text>, rest> {};

// « a) », « 1) », and the legal drafters' « 1° », « 2°) »
struct enumerator : pegtl::sor<pegtl::seq<pegtl::sor<pegtl::plus<pegtl::digit>, pegtl::lower>, pegtl::one<')'>>,
                               pegtl::seq<pegtl::plus<pegtl::digit>, pegtl::utf8::one<0xB0>, pegtl::opt<pegtl::one<')'>>>> {};
struct list_content : line_rest<0> {};
// A bullet alone on its line is an item too: `pdftotext` writes a Word bullet apart from its text, on the line above.
struct list_item : pegtl::seq<blanks, pegtl::sor<bullet, enumerator>, pegtl::sor<pegtl::seq<spaces, list_content>, end>> {};

struct rule_char : pegtl::one<'-', '=', ':', '+', '_'> {};
struct separator_cell : pegtl::seq<pegtl::star<pegtl::one<' '>>, pegtl::star<rule_char>, pegtl::star<pegtl::one<' '>>> {};
struct cell_delimiter : pegtl::one<'|', '\t', '+'> {};
struct separator_row
    : pegtl::seq<pegtl::star<pegtl::one<' '>>, pegtl::opt<pegtl::one<'|'>>, separator_cell,
                 pegtl::plus<cell_delimiter, separator_cell>, pegtl::eof> {};
struct horizontal_rule
    : pegtl::seq<blanks, pegtl::rep_min<3, pegtl::one<'-', '*', '_', '='>>, pegtl::star<pegtl::one<'-', '*', '_', '=', ' '>>, pegtl::eof> {};

// Succeeds, consuming nothing, when a tab comes later on the line (found by memchr): a line without one is not
// tried as a tab row cell by cell.
struct tab_on_line : coded_rule<tab_on_line> {
  template <class ParseInput>
  static bool test(ParseInput& in) {
    return std::memchr(in.current(), '\t', in.size()) != nullptr;
  }
};

struct tab_cell : pegtl::star<pegtl::not_one<'\t'>> {};
struct tab_row : pegtl::seq<tab_on_line, tab_cell, pegtl::plus<pegtl::one<'\t'>, tab_cell>, pegtl::eof> {};
struct pipe_cell : pegtl::star<pegtl::not_one<'|'>> {};
// A page break may open a row that a PDF's page cut from its table (« \f| 0178-0022 | … | »).
struct pipe_row : pegtl::seq<blanks, pegtl::star<pegtl::one<'\f'>, blanks>, pegtl::one<'|'>, pegtl::list<pipe_cell, pegtl::one<'|'>>, pegtl::eof> {};
// « \| Exercice \| AE \| CP \| »: a table typed as text, whose bars a markdown export escaped.
struct escaped_bar : pegtl::string<'\\', '|'> {};
struct escaped_pipe_cell : pegtl::star<pegtl::not_at<escaped_bar>, pegtl::not_one<'\n'>> {};
struct escaped_pipe_row : pegtl::seq<blanks, escaped_bar, pegtl::list<escaped_pipe_cell, escaped_bar>, pegtl::eof> {};
// Succeeds, consuming nothing, when the line has two cell bars set between spaces (« 2025 | 620 000 € | 540 000 € »):
// a table without its outer bars, as some text exports and hand-typed tables have it.
struct two_spaced_bars : coded_rule<two_spaced_bars> {
  template <class ParseInput>
  static bool test(ParseInput& in) {
    const char* at = in.current();
    const char* const end = in.end();
    int bars = 0;
    while (bars < 2 && (at = static_cast<const char*>(std::memchr(at, '|', static_cast<size_t>(end - at)))) != nullptr) {
      if (at > in.current() && at + 1 < end && at[-1] == ' ' && at[1] == ' ') ++bars;
      ++at;
    }
    return bars == 2;
  }
};
struct bare_pipe_row : pegtl::seq<two_spaced_bars, pegtl::list<pipe_cell, pegtl::one<'|'>>, pegtl::eof> {};

struct signature_place
    : pegtl::seq<heading_prefix,
                 pegtl::sor<pegtl::seq<TAO_PEGTL_ISTRING("fait"), spaces,
                                       pegtl::sor<a_any, TAO_PEGTL_ISTRING("en"), TAO_PEGTL_ISTRING("le"),
                                                  TAO_PEGTL_ISTRING("au")>, word_end>,
                            pegtl::seq<a_any, spaces, upper, pegtl::until<pegtl::seq<pegtl::one<','>, blanks,
                                                                                    TAO_PEGTL_ISTRING("le"), word_end>>>>,
                 rest> {};

// « Paris, le 24 février 2025 », « Saint-Denis, le » (a date to be written by hand): a place without « Fait à »,
// a few capitalised words without digits, then « , le » and a date or nothing. Consumes the place and « , le ».
struct place_then_date : coded_rule<place_then_date> {
  // Where the first four digits in a row start, npos when there are none.
  static size_t four_digits(std::string_view text) {
    for (size_t at = 0, run = 0; at < text.size(); ++at) {
      run = text[at] >= '0' && text[at] <= '9' ? run + 1 : 0;
      if (run == 4) return at - 3;
    }
    return std::string_view::npos;
  }

  static constexpr size_t longest_place = 40;  // bytes
  static constexpr long most_words = 4;
  static constexpr size_t longest_date = 24;  // bytes: « 1er septembre 2025. »
  template <class ParseInput>
  static bool test(ParseInput& in) {
    const std::string_view line(in.current(), in.size());
    const bool capital = !line.empty() && ((line[0] >= 'A' && line[0] <= 'Z') || static_cast<unsigned char>(line[0]) >= 0xC3);
    // The first « , le » (« , Le »: OCR, or a capital), not another signatory's after it on the line.
    const std::string_view head = line.substr(0, longest_place + 1);
    const size_t comma = std::min(head.find(", le"), head.find(", Le"));
    if (!capital || comma == std::string_view::npos) return false;
    const std::string_view place = line.substr(0, comma);
    if (place.find_first_of("0123456789,;:.()\t") != std::string_view::npos || std::count(place.begin(), place.end(), ' ') >= most_words)
      return false;
    const std::string_view after = line.substr(comma + 4);
    const size_t next = after.find_first_not_of(' ');
    if (next != std::string_view::npos && (next == 0 || after[next] < '0' || after[next] > '9')) return false;
    // The date, up to its year, a wide gap or a tab, or the line's end; what follows is nothing, or the other
    // signatory's place and date (« Paris, le 3 février 2026 Montrouge, le 5 février 2026 »): no sentence goes on.
    std::string_view date = next == std::string_view::npos ? after : after.substr(next, std::min(after.find("   ", next), after.find('\t', next)) - next);
    if (const size_t year = four_digits(date); year != std::string_view::npos) {
      const std::string_view rest = date.substr(std::min(date.size(), year + 5));
      const bool another_place = !rest.empty() && rest.front() >= 'A' && rest.front() <= 'Z' && rest.substr(0, longest_place).find(", le") != std::string_view::npos;
      if (rest.empty() || another_place) date = date.substr(0, year + 4);
    }
    if (date.size() > longest_date || date.find(',') != std::string_view::npos) return false;
    in.bump_in_this_line(comma + 4);
    return true;
  }
};
struct place_date : pegtl::seq<heading_prefix, place_then_date, rest> {};

struct page_break : pegtl::seq<blanks, pegtl::plus<pegtl::one<'\f'>, blanks>, pegtl::eof> {};
struct blank : end {};
struct text : rest {};

// Clears what a failed alternative may have recorded before the next one is tried.
struct clear : pegtl::success {};
template <class Rule>
struct alt : pegtl::seq<clear, Rule> {};
// An alternative tried only on lines that start like it: the first letter after spaces and markdown marks
// (alt_if), the first character after plain spaces (alt_first).
template <class Rule, char... Firsts>
struct alt_if : pegtl::seq<starts_with<Firsts...>, clear, Rule> {};
template <class Rule, char... Firsts>
struct alt_first : pegtl::seq<first_char<Firsts...>, clear, Rule> {};

// One line of the document. The first alternative that matches gives the line's kind; `text` always matches.
struct line : pegtl::sor<alt<blank>, alt_first<page_break, '\t', '\f'>, alt_first<footnote_text, '\t', '['>,
                         alt_first<separator_row, '\t', '|', '-', '=', ':', '+', '_'>,
                         alt_first<horizontal_rule, '\t', '-', '*', '_', '='>,
                         alt_if<article_heading, 'a', 'A'>, alt_if<annex_heading, 'a', 'A'>,
                         alt_if<preamble_heading, 'p', 'P'>, alt_if<agreed, 'i', 'I'>, alt_if<between, 'e', 'E'>,
                         alt_if<together, 'e', 'E'>, alt_if<and_party, 'e', 'E'>, alt_if<part_marker, 'd', 'D'>,
                         alt_if<visa, 'V', '-'>, alt_if<signature_place, 'f', 'F', 'a', 'A'>, alt<place_date>, alt<list_item>,
                         alt_first<pipe_row, '\t', '|', '\f'>, alt_first<escaped_pipe_row, '\t', '\\'>, alt<tab_row>, alt<bare_pipe_row>,
                         alt_if<numbered_heading, '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'I', 'V', 'X'>,
                         alt_first<markdown_heading, '\t', '#'>, alt<text>> {};

}  // namespace convlint::grammar::block

template <typename Name>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::tab_on_line> : analyze_opt_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::two_spaced_bars> : analyze_opt_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::line_rest<0>> : analyze_opt_traits<> {};
template <typename Name, char... Firsts>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::starts_with<Firsts...>> : analyze_opt_traits<> {};
template <typename Name, char... Firsts>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::first_char<Firsts...>> : analyze_opt_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::line_rest<1>> : analyze_any_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::place_then_date> : analyze_any_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, convlint::grammar::block::number_in_letters> : analyze_any_traits<> {};
