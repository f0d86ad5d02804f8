// The one translation unit that runs PEGTL: the block grammar over lines and the inline grammar over texts.

#include <array>

#include <tao/pegtl.hpp>

#include "block_actions.hpp"
#include "lines.hpp"

namespace convlint::grammar {

namespace {

uint32_t indentation(std::string_view line) {
  uint32_t width = 0;
  for (char c : line) {
    if (c == ' ') width += 1;
    else if (c == '\t') width += 4;
    else break;
  }
  return width;
}

}  // namespace

std::vector<ParsedLine> parse_lines(std::string_view text) {
  std::vector<ParsedLine> lines;
  lines.reserve(text.size() / 40 + 1);
  block::LineState state;
  state.base = text.data();
  size_t begin = 0;
  while (begin <= text.size()) {
    const size_t end = std::min(text.find('\n', begin), text.size());
    const std::string_view line = text.substr(begin, end - begin);
    tao::pegtl::memory_input input(line.data(), line.size(), "");
    state.result = ParsedLine{};
    tao::pegtl::parse<block::line, block::action>(input, state);
    state.result.line = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    state.result.indent = indentation(line);
    lines.push_back(std::move(state.result));
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

std::string_view line_kind_name(LineKind kind) {
  switch (kind) {
    case LineKind::blank: return "blank";
    case LineKind::page_break: return "page_break";
    case LineKind::footnote_text: return "footnote_text";
    case LineKind::separator_row: return "separator_row";
    case LineKind::horizontal_rule: return "horizontal_rule";
    case LineKind::article_heading: return "article_heading";
    case LineKind::annex_heading: return "annex_heading";
    case LineKind::preamble_heading: return "preamble_heading";
    case LineKind::agreed: return "agreed";
    case LineKind::between: return "between";
    case LineKind::together: return "together";
    case LineKind::and_party: return "and_party";
    case LineKind::part_marker: return "part_marker";
    case LineKind::visa: return "visa";
    case LineKind::signature_place: return "signature_place";
    case LineKind::list_item: return "list_item";
    case LineKind::table_row: return "table_row";
    case LineKind::numbered_heading: return "numbered_heading";
    case LineKind::markdown_heading: return "markdown_heading";
    case LineKind::text: return "text";
  }
  return "?";
}

}  // namespace convlint::grammar

// ---- inline facts ----------------------------------------------------------------------------------------------

#include "inline_actions.hpp"
#include "source/byte_blocks.hpp"

namespace convlint::grammar {

namespace {

constexpr bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// True when position `at` starts a word: the code point before it is not a letter or digit.
bool is_word_start(std::string_view text, size_t at) {
  if (at == 0) return true;
  size_t lead = at - 1;
  while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  const auto first = static_cast<unsigned char>(text[lead]);
  if (first < 0x80) return !is_ascii_alnum(first);
  // Two-byte sequences from U+00C0 to U+024F are Latin letters (« é », « ç »…); the rest are punctuation or spaces.
  return !(first >= 0xC3 && first <= 0xC9);
}

// Bytes as the scan sees them: ASCII letters and digits, lead bytes of two-byte Latin letters (U+00C0–U+024F, « é »,
// « ç »…), and the rest (spaces, punctuation, other code points).
enum ByteKind : uint8_t { other_byte, alnum_byte, latin_lead_byte };
constexpr auto byte_kinds = [] {
  std::array<uint8_t, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    if (is_ascii_alnum(static_cast<unsigned char>(c))) kinds[static_cast<size_t>(c)] = alnum_byte;
    else if (c >= 0xC3 && c <= 0xC9) kinds[static_cast<size_t>(c)] = latin_lead_byte;
  }
  return kinds;
}();

// Just past the word at `at`: its ASCII letters and digits and its Latin accented letters.
size_t end_of_word(std::string_view text, size_t at) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (at < text.size()) {
    const uint8_t kind = byte_kinds[bytes[at]];
    if (kind == alnum_byte) ++at;
    else if (kind == latin_lead_byte && at + 1 < text.size()) at += 2;
    else break;
  }
  return at;
}

// Can a fact start with this word? A digit can start a date, an amount, a duration or a code; a word must begin
// like one of the grammar's key words (décret, loi, article, programme, trois…). Most words of a text (« le »,
// « de », « convention »…) are passed over without running the grammar: a quick look at the first three letters,
// then the whole word.
// Letters of a word as table indexes: a–z are 0–25, any non-ASCII byte (é…) is 26, anything else is out.
constexpr int letter_index(unsigned char c) {
  if (c >= 0x80) return 26;
  c = static_cast<unsigned char>(c | 0x20);
  return c >= 'a' && c <= 'z' ? c - 'a' : -1;
}

// Key words of the facts by their first letters: décret, ordonnance, loi, arrêté, circulaire, article, annexe,
// programme, premier, BOP, and the number words of durations and amounts (un, deux, trois… douze). For each first
// and second letter, a bit per allowed third letter; bit 27 when two letters are enough.
constexpr auto fact_starts = [] {
  std::array<std::array<uint32_t, 27>, 27> table{};
  constexpr std::string_view starts[] = {"d\x80", "dec", "ord", "loi", "arr", "cir", "art", "ann", "pro", "pre", "bop", "un",
                                         "deu",   "tro", "qua", "cin", "six", "sep", "hui", "neu", "dix", "onz", "dou", "tre",
                                         "qui",   "sei", "vin", "soi", "cen"};
  for (std::string_view start : starts) {
    auto& bits = table[letter_index(static_cast<unsigned char>(start[0]))][letter_index(static_cast<unsigned char>(start[1]))];
    bits |= start.size() == 2 ? 1u << 27 : 1u << letter_index(static_cast<unsigned char>(start[2]));
  }
  return table;
}();

bool may_start_fact(std::string_view text, size_t at) {
  const auto first = static_cast<unsigned char>(text[at]);
  if (first >= '0' && first <= '9') return true;
  if (at + 1 >= text.size()) return false;
  const int a = letter_index(first), b = letter_index(static_cast<unsigned char>(text[at + 1]));
  if (a < 0 || a == 26 || b < 0) return false;
  const uint32_t thirds = fact_starts[a][b];
  if (thirds & (1u << 27)) return true;
  const int c = at + 2 < text.size() ? letter_index(static_cast<unsigned char>(text[at + 2])) : -1;
  return c >= 0 && (thirds & (1u << c)) != 0;
}

// The key words a fact can start with, lowercased, '?' for an accented letter.
constexpr std::string_view fact_words[] = {
    "d?cret", "decret", "ordonnance", "loi", "arr?t?", "arrete", "arr?te", "arret?", "circulaire", "article", "articles",
    "annexe", "annexes", "programme", "programmes", "bop", "bops", "premier", "un", "une", "deux", "trois", "quatre",
    "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
    "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "quatrevingt", "quatrevingts"};
constexpr size_t longest_fact_word = 12;

// Is `word` (the letters end_of_word() found, ASCII or two-byte Latin) one of the key words?
bool is_fact_word(std::string_view word) {
  char lowered[longest_fact_word];
  size_t length = 0;
  for (size_t i = 0; i < word.size(); ++length) {
    if (length == longest_fact_word) return false;
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) {
      lowered[length] = '?';
      i += 2;
    } else {
      lowered[length] = static_cast<char>(c | 0x20);
      ++i;
    }
  }
  const std::string_view key(lowered, length);
  for (std::string_view candidate : fact_words) {
    if (candidate == key) return true;
  }
  return false;
}

using source::blocks::every_byte;
using source::blocks::load8;

uint64_t zero_bytes(uint64_t block) { return source::blocks::bytes_below(block, 1); }

// True when some byte of `text` is an ASCII digit, 8 bytes at a time: bytes of a digit XOR '0' are below 10.
bool has_digit(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (source::blocks::bytes_below(load8(bytes + i) ^ (0x30 * every_byte), 10) != 0) return true;
  }
  for (; i < text.size(); ++i)
    if (is_ascii_digit(bytes[i])) return true;
  return false;
}

// Could a duration in words (« trois mois », « un an », « deux années », « trente jours », « six semaines », « un
// trimestre », « un semestre ») stand in `text`? True at any « mois », « jour », « sema », « seme », « trimes » and at
// any « an » that starts a word; 8 positions at a time by their first two letters (« im » for « trimestre »), either
// case.
bool may_hold_duration_word(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  auto is = [&](size_t at, char lower) { return at < size && (bytes[at] | 0x20) == lower; };
  auto starts_word = [&](size_t at) {
    const unsigned char lower = bytes[at] | 0x20;
    if (lower == 'm') return is(at + 1, 'o') && is(at + 2, 'i') && is(at + 3, 's');
    if (lower == 'j') return is(at + 1, 'o') && is(at + 2, 'u') && is(at + 3, 'r');
    if (lower == 's') return is(at + 1, 'e') && is(at + 2, 'm') && (is(at + 3, 'a') || is(at + 3, 'e'));
    // « trimestre » by its « im »: « tr » is too frequent a pair to sift blocks by.
    if (lower == 'i') return is(at + 1, 'm') && is(at + 2, 'e') && is(at + 3, 's') && at >= 2 && (bytes[at - 1] | 0x20) == 'r' && (bytes[at - 2] | 0x20) == 't';
    return lower == 'a' && is(at + 1, 'n') && (at == 0 || byte_kinds[bytes[at - 1]] != alnum_byte);
  };
  size_t i = 0;
  for (; i + 9 <= size; i += 8) {
    const uint64_t first = load8(bytes + i) | (0x20 * every_byte), second = load8(bytes + i + 1) | (0x20 * every_byte);
    const uint64_t an = (first ^ ('a' * every_byte)) | (second ^ ('n' * every_byte));
    const uint64_t mo = (first ^ ('m' * every_byte)) | (second ^ ('o' * every_byte));
    const uint64_t jo = (first ^ ('j' * every_byte)) | (second ^ ('o' * every_byte));
    const uint64_t se = (first ^ ('s' * every_byte)) | (second ^ ('e' * every_byte));
    const uint64_t im = (first ^ ('i' * every_byte)) | (second ^ ('m' * every_byte));
    // Only the positions where a pair starts (a superset: a borrow may flag a byte after a true one) are looked at.
    const uint64_t pairs = zero_bytes(an) | zero_bytes(mo) | zero_bytes(jo) | zero_bytes(se) | zero_bytes(im);
    for (uint64_t rest = pairs; rest != 0; rest &= rest - 1)
      if (starts_word(i + static_cast<size_t>(std::countr_zero(rest)) / 8)) return true;
  }
  for (; i < size; ++i)
    if (starts_word(i)) return true;
  return false;
}

// Every fact but a duration in words holds a digit: a text with neither is not scanned word by word.
bool may_hold_fact(std::string_view text) { return has_digit(text) || may_hold_duration_word(text); }

}  // namespace

InlineFacts scan_inline(std::string_view text) {
  InlineFacts facts;
  if (!may_hold_fact(text)) return facts;
  inline_facts::InlineState state;
  state.base = text.data();
  state.out = &facts;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  bool after_letter = false;  // the code point before `i` is a letter or a digit
  size_t i = 0;
  while (i < size) {
    const uint8_t kind = byte_kinds[bytes[i]];
    if (kind != alnum_byte) {
      after_letter = kind == latin_lead_byte;
      i += kind == latin_lead_byte && i + 1 < size ? 2 : 1;
      continue;
    }
    const size_t word_end = end_of_word(text, i);
    if (!after_letter && may_start_fact(text, i) && (is_ascii_digit(bytes[i]) || is_fact_word(text.substr(i, word_end - i)))) {
      tao::pegtl::memory_input input(text.data() + i, size - i, "");
      if (tao::pegtl::parse<inline_facts::fact, inline_facts::action>(input, state)) {
        i += std::max<size_t>(1, static_cast<size_t>(input.current() - (text.data() + i)));
        after_letter = i < size && !is_word_start(text, i);
        continue;
      }
    }
    i = word_end;  // no position inside a word starts one
    after_letter = true;
  }
  return facts;
}

std::optional<int64_t> bare_amount_cents(std::string_view text) {
  InlineFacts facts;
  inline_facts::InlineState state;
  state.base = text.data();
  state.out = &facts;
  tao::pegtl::memory_input input(text.data(), text.size(), "");
  if (!tao::pegtl::parse<tao::pegtl::seq<inline_facts::clear, inline_facts::bare_amount_fact>, inline_facts::action>(input, state))
    return std::nullopt;
  return facts.amounts.empty() ? std::nullopt : std::optional<int64_t>(facts.amounts.front().cents);
}

}  // namespace convlint::grammar
