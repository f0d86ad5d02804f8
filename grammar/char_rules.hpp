#pragma once
// Character classes shared by the block and inline grammars. Rule structs only: no actions, no messages.

#include <tao/pegtl.hpp>

namespace convlint::grammar::chars {

namespace pegtl = tao::pegtl;

// Horizontal space: space, tab, no-break space, narrow no-break space, figure space, thin space.
struct sp : pegtl::sor<pegtl::one<' ', '\t'>, pegtl::utf8::one<0xA0, 0x202F, 0x2007, 0x2009>> {};
struct blanks : pegtl::star<sp> {};
struct spaces : pegtl::plus<sp> {};
// Space that may stand inside a number: "150 000", "150 000" (U+00A0), "150 000" (U+202F).
struct digit_space : pegtl::sor<pegtl::one<' '>, pegtl::utf8::one<0xA0, 0x202F, 0x2007, 0x2009>> {};

struct apostrophe : pegtl::sor<pegtl::one<'\''>, pegtl::utf8::one<0x2019, 0x2032>> {};
struct dash : pegtl::sor<pegtl::one<'-'>, pegtl::utf8::one<0x2013, 0x2014, 0x2212>> {};
struct open_quote : pegtl::sor<pegtl::one<'"'>, pegtl::utf8::one<0xAB, 0x201C>> {};
struct close_quote : pegtl::sor<pegtl::one<'"'>, pegtl::utf8::one<0xBB, 0x201D>> {};

// Letters with or without their French accents, either case.
struct a_any : pegtl::sor<pegtl::one<'a', 'A'>, pegtl::utf8::one<0xE0, 0xC0, 0xE2, 0xC2>> {};
struct e_any : pegtl::sor<pegtl::one<'e', 'E'>, pegtl::utf8::one<0xE9, 0xC9, 0xE8, 0xC8, 0xEA, 0xCA, 0xEB, 0xCB>> {};
struct i_any : pegtl::sor<pegtl::one<'i', 'I'>, pegtl::utf8::one<0xEE, 0xCE, 0xEF, 0xCF>> {};
struct o_any : pegtl::sor<pegtl::one<'o', 'O'>, pegtl::utf8::one<0xF4, 0xD4>> {};
struct u_any : pegtl::sor<pegtl::one<'u', 'U'>, pegtl::utf8::one<0xFB, 0xDB, 0xF9, 0xD9>> {};
struct c_any : pegtl::sor<pegtl::one<'c', 'C'>, pegtl::utf8::one<0xE7, 0xC7>> {};

// An uppercase letter, ASCII or accented Latin-1.
struct upper : pegtl::sor<pegtl::upper, pegtl::utf8::range<0xC0, 0xDE>> {};
struct lower : pegtl::sor<pegtl::lower, pegtl::utf8::range<0xDF, 0xFF>, pegtl::utf8::one<0x153>> {};
struct letter : pegtl::sor<upper, lower> {};
struct word_end : pegtl::not_at<pegtl::sor<letter, pegtl::digit>> {};

// The « er » of « 1er » as converters raise it: « 1er », « 1^er^ », « 1^{er} » (markdown), « 1^(er) » (pandoc's plain
// text), « 1<sup>er</sup> » (markdown's HTML), « 1ᵉʳ » (Unicode modifier letters) or « 1° ».
struct raised_er : pegtl::sor<pegtl::seq<pegtl::opt<pegtl::one<'^'>>, pegtl::opt<pegtl::one<'{', '('>>, pegtl::istring<'e', 'r'>,
                                         pegtl::opt<pegtl::one<'}', ')', '^'>>>,
                              pegtl::istring<'<', 's', 'u', 'p', '>', 'e', 'r', '<', '/', 's', 'u', 'p', '>'>,
                              pegtl::utf8::string<0x1D49, 0x02B3>, pegtl::utf8::one<0xB0>> {};

// Superscript digits used as footnote marks: ¹ ² ³ and ⁰ ⁴–⁹.
struct superscript_digit : pegtl::utf8::one<0xB9, 0xB2, 0xB3, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079> {};

}  // namespace convlint::grammar::chars
