#pragma once
// Actions of the block grammar: they record what a line rule matched into a LineState.

#include <algorithm>
#include <string_view>

#include "block_rules.hpp"
#include "lines.hpp"
#include "span_of.hpp"

namespace convlint::grammar::block {

struct LineState {
  const char* base = nullptr;  // start of the whole text, to turn pointers into offsets
  ParsedLine result;

  template <class Input>
  Span span_of(const Input& in) const {
    return grammar::span_of(base, in);
  }
};

inline int parse_decimal(std::string_view digits) {
  int value = 0;
  for (char c : digits) {
    if (value > 100000) return value;
    value = value * 10 + (c - '0');
  }
  return value;
}

inline int parse_roman(std::string_view numeral) {
  int value = 0, previous = 0;
  for (auto it = numeral.rbegin(); it != numeral.rend(); ++it) {
    const int digit = *it == 'I' ? 1 : *it == 'V' ? 5 : 10;
    value += digit < previous ? -digit : digit;
    previous = std::max(previous, digit);
  }
  return value;
}

// Value of a run of superscript digits (UTF-8).
inline int parse_superscript(std::string_view digits) {
  int value = 0;
  for (size_t i = 0; i < digits.size();) {
    const auto byte = static_cast<unsigned char>(digits[i]);
    int digit = 0;
    if (byte == 0xC2) {
      const auto next = static_cast<unsigned char>(digits[i + 1]);
      digit = next == 0xB9 ? 1 : next == 0xB2 ? 2 : 3;
      i += 2;
    } else {
      const auto last = static_cast<unsigned char>(digits[i + 2]);
      digit = last == 0xB0 ? 0 : last - 0xB0;
      i += 3;
    }
    if (value < 100000) value = value * 10 + digit;
  }
  return value;
}

template <class Rule>
struct action : pegtl::nothing<Rule> {};

template <LineKind Kind>
struct set_kind {
  template <class Input>
  static void apply(const Input&, LineState& state) {
    state.result.kind = Kind;
  }
};

template <>
struct action<clear> {
  template <class Input>
  static void apply(const Input&, LineState& state) {
    state.result.kind = LineKind::text;
    state.result.title = {};
    state.result.content = {};
    state.result.number = -1;
    state.result.cells.clear();
  }
};

template <>
struct action<title> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.title = state.span_of(in);
  }
};

template <>
struct action<rest> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.content = state.span_of(in);
  }
};
template <>
struct action<list_content> : action<rest> {};

template <>
struct action<heading_digits> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.number = parse_decimal(in.string_view());
  }
};
template <>
struct action<footnote_label> : action<heading_digits> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    const auto label = in.string_view();
    const bool numeric = std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
    state.result.number = numeric ? parse_decimal(label) : -1;
  }
};

template <>
struct action<first> {
  template <class Input>
  static void apply(const Input&, LineState& state) {
    state.result.number = 1;
  }
};

template <>
struct action<latin_multiple> {
  template <class Input>
  static void apply(const Input&, LineState& state) {
    state.result.inserted = true;
  }
};

template <>
struct action<number_in_letters> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.number = heading_number_in_words(in.string_view());
  }
};

template <>
struct action<roman> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.number = parse_roman(in.string_view());
  }
};

template <>
struct action<annex_letter> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    const char letter = in.string_view()[0];
    state.result.number = letter >= 'A' && letter <= 'Z' ? letter - 'A' + 1 : -1;
  }
};

template <>
struct action<footnote_number> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.number = parse_superscript(in.string_view());
  }
};

template <>
struct action<tab_cell> {
  template <class Input>
  static void apply(const Input& in, LineState& state) {
    state.result.cells.push_back(state.span_of(in));
  }
};
template <>
struct action<pipe_cell> : action<tab_cell> {};
template <>
struct action<escaped_pipe_cell> : action<tab_cell> {};

template <>
struct action<blank> : set_kind<LineKind::blank> {};
template <>
struct action<page_break> : set_kind<LineKind::page_break> {};
template <>
struct action<footnote_text> : set_kind<LineKind::footnote_text> {};
template <>
struct action<separator_row> : set_kind<LineKind::separator_row> {};
template <>
struct action<horizontal_rule> : set_kind<LineKind::horizontal_rule> {};
template <>
struct action<article_heading> : set_kind<LineKind::article_heading> {};
template <>
struct action<annex_heading> : set_kind<LineKind::annex_heading> {};
template <>
struct action<preamble_heading> : set_kind<LineKind::preamble_heading> {};
template <>
struct action<agreed> : set_kind<LineKind::agreed> {};
template <>
struct action<between> : set_kind<LineKind::between> {};
template <>
struct action<together> : set_kind<LineKind::together> {};
template <>
struct action<and_party> : set_kind<LineKind::and_party> {};
template <>
struct action<part_marker> : set_kind<LineKind::part_marker> {};
template <>
struct action<visa> : set_kind<LineKind::visa> {};
template <>
struct action<signature_place> : set_kind<LineKind::signature_place> {};
template <>
struct action<place_date> : set_kind<LineKind::signature_place> {};
template <>
struct action<list_item> : set_kind<LineKind::list_item> {};
template <>
struct action<numbered_heading> : set_kind<LineKind::numbered_heading> {};
template <>
struct action<markdown_heading> : set_kind<LineKind::markdown_heading> {};
template <>
struct action<text> : set_kind<LineKind::text> {};

// A tab row needs real columns: an indented line ("\tword") is not a table.
template <>
struct action<tab_row> {
  template <class Input>
  static bool apply(const Input&, LineState& state) {
    const auto& cells = state.result.cells;
    const bool first_empty = !cells.empty() && cells.front().empty();
    if (first_empty && cells.size() < 3) return false;
    state.result.kind = LineKind::table_row;
    return true;
  }
};

template <>
struct action<pipe_row> {
  template <class Input>
  static bool apply(const Input&, LineState& state) {
    auto& cells = state.result.cells;
    const auto is_blank = [&](Span cell) {
      return std::string_view(state.base + cell.begin, cell.size()).find_first_not_of(" \t") == std::string_view::npos;
    };
    if (!cells.empty() && is_blank(cells.back())) cells.pop_back();
    if (cells.empty()) return false;
    state.result.kind = LineKind::table_row;
    return true;
  }
};

template <>
struct action<bare_pipe_row> : action<pipe_row> {};
// Its rule under the header (« \|-----\|-----\| ») is a separator row.
template <>
struct action<escaped_pipe_row> {
  template <class Input>
  static bool apply(const Input& in, LineState& state) {
    if (!action<pipe_row>::apply(in, state)) return false;
    const bool rule = std::all_of(state.result.cells.begin(), state.result.cells.end(), [&](Span cell) {
      const std::string_view text(state.base + cell.begin, cell.size());
      return text.find_first_not_of("-:= ") == std::string_view::npos && text.find('-') != std::string_view::npos;
    });
    if (rule) state.result.kind = LineKind::separator_row;
    return true;
  }
};

}  // namespace convlint::grammar::block
