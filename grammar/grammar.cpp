// The one translation unit that runs PEGTL: the block grammar over lines and the inline grammar over texts.

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

namespace convlint::grammar {

namespace {

bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

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

// Can a fact start with this word? A digit can start a date, an amount, a duration or a code; a word must begin
// like one of the grammar's key words (décret, loi, article, programme, trois…). Most words of a text (« le »,
// « de », « convention »…) are passed over without running the grammar.
bool may_start_fact(std::string_view text, size_t at) {
  const auto first = static_cast<unsigned char>(text[at]);
  if (first >= '0' && first <= '9') return true;
  // The first three letters of the word, lowercased, packed into an integer; a non-ASCII byte reads as 0x80.
  uint32_t head = 0;
  for (size_t k = 0; k < 3 && at + k < text.size(); ++k) {
    const auto c = static_cast<unsigned char>(text[at + k]);
    head |= static_cast<uint32_t>(c < 0x80 ? (c | 0x20) : 0x80) << (8 * k);
  }
  struct Start {
    uint32_t letters, mask;
  };
  static constexpr auto start = [](std::string_view word) {
    const auto length = static_cast<uint32_t>(word.size());
    uint32_t letters = 0;
    for (uint32_t k = 0; k < length; ++k) letters |= static_cast<uint32_t>(static_cast<unsigned char>(word[k])) << (8 * k);
    return Start{letters, length == 2 ? 0xFFFFu : 0xFFFFFFu};
  };
  // Key words of the facts: décret, ordonnance, loi, arrêté, circulaire, article, annexe, programme, préavis, BOP,
  // and the number words of durations and amounts (un, deux, trois… douze).
  static constexpr Start starts[] = {start("d\x80"), start("dec"), start("ord"), start("loi"), start("arr"), start("cir"),
                                     start("art"),   start("ann"), start("pro"), start("pre"), start("bop"), start("un"),
                                     start("deu"),   start("tro"), start("qua"), start("cin"), start("six"), start("sep"),
                                     start("hui"),   start("neu"), start("dix"), start("onz"), start("dou")};
  for (const Start& candidate : starts)
    if ((head & candidate.mask) == candidate.letters) return true;
  return false;
}

}  // namespace

InlineFacts scan_inline(std::string_view text) {
  InlineFacts facts;
  inline_facts::InlineState state;
  state.base = text.data();
  state.out = &facts;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_ascii_alnum(c) && is_word_start(text, i) && may_start_fact(text, i)) {
      tao::pegtl::memory_input input(text.data() + i, text.size() - i, "");
      if (tao::pegtl::parse<inline_facts::fact, inline_facts::action>(input, state)) {
        i += std::max<size_t>(1, static_cast<size_t>(input.current() - (text.data() + i)));
        continue;
      }
    }
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
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
