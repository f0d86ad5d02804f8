#pragma once
// Actions of the inline grammar. Sub-rules record into the pending fields of InlineState; only the *_fact rules,
// which match at the top level, commit a fact to the output.

#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "inline.hpp"
#include "inline_rules.hpp"
#include "number_words.hpp"
#include "span_of.hpp"

namespace convlint::grammar::inline_facts {

struct InlineState {
  const char* base = nullptr;
  InlineFacts* out = nullptr;

  RawDate date;
  std::string integer_digits;
  std::string decimal_digits;
  int64_t multiplier = 1;
  RawLegalRef legal;
  RawReference reference;
  int count = 0;
  DurationUnit unit = DurationUnit::month;
  bool counted = false;  // the first count of « trois (3) mois » is kept
  Span code_value;

  template <class Input>
  Span span_of(const Input& in) const {
    return grammar::span_of(base, in);
  }
};

inline int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

template <class Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<clear> {
  template <class Input>
  static void apply(const Input&, InlineState& state) {
    state.date = {};
    state.integer_digits.clear();
    state.decimal_digits.clear();
    state.multiplier = 1;
    state.legal = {};
    state.reference = {};
    state.count = 0;
    state.unit = DurationUnit::month;
    state.counted = false;
    state.code_value = {};
  }
};

// Dates.
template <>
struct action<day> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.date.day = to_int(in.string_view()); }
};
template <>
struct action<first_day> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.date.day = 1; }
};
template <>
struct action<premier> : action<first_day> {};
template <int N>
struct action<month<N>> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.date.month = N; }
};
template <>
struct action<month_number> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.date.month = to_int(in.string_view()); }
};
template <>
struct action<year> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.date.year = to_int(in.string_view()); }
};
template <>
struct action<iso_year> : action<year> {};
template <>
struct action<iso_month> : action<month_number> {};
template <>
struct action<iso_day> : action<day> {};
template <>
struct action<date> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.date.span = state.span_of(in); }
};
template <>
struct action<date_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.date.span = state.span_of(in);
    state.out->dates.push_back(state.date);
  }
};

// Amounts.
template <>
struct action<integer_part> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    for (char c : in.string_view()) {
      if (c >= '0' && c <= '9') state.integer_digits += c;
    }
  }
};
template <>
struct action<decimals> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.decimal_digits = in.string(); }
};
template <>
struct action<millions> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.multiplier = 1000000; }
};
template <>
struct action<thousands> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.multiplier = 1000; }
};

// Cents of the pending amount; nullopt when it is too large to be a real amount.
inline std::optional<int64_t> pending_cents(const InlineState& state) {
  std::string_view integer = state.integer_digits;
  while (integer.size() > 1 && integer.front() == '0') integer.remove_prefix(1);
  if (integer.size() > 12) return std::nullopt;
  int64_t cents = 0;
  for (char c : integer) cents = cents * 10 + (c - '0');
  std::string decimals = state.decimal_digits;
  decimals.resize(2, '0');
  cents = cents * 100 + to_int(decimals);
  if (cents > std::numeric_limits<int64_t>::max() / state.multiplier) return std::nullopt;  // « 22…2 M€ »
  return cents * state.multiplier;
}

template <>
struct action<amount_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    if (auto cents = pending_cents(state)) state.out->amounts.push_back({state.span_of(in), *cents});
  }
};
template <>
struct action<bare_amount_fact> : action<amount_fact> {};

// Legal references.
template <RawLegalKind Kind>
struct set_legal_kind {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.legal.kind = Kind; }
};
template <>
struct action<decret> : set_legal_kind<RawLegalKind::decret> {};
template <>
struct action<ordonnance> : set_legal_kind<RawLegalKind::ordonnance> {};
template <>
struct action<loi_organique> : set_legal_kind<RawLegalKind::loi_organique> {};
template <>
struct action<loi> : set_legal_kind<RawLegalKind::loi> {};
template <>
struct action<arrete> : set_legal_kind<RawLegalKind::arrete> {};
template <>
struct action<circulaire> : set_legal_kind<RawLegalKind::circulaire> {};
template <>
struct action<text_number> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.legal.number = state.span_of(in); }
};
template <>
struct action<ref_date> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.legal.date = state.date; }
};
template <>
struct action<amended> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.legal.amended = true; }
};
template <>
struct action<legal_ref_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.legal.span = state.span_of(in);
    if (state.legal.amended) {
      // The span ends with the reference itself, not with « modifié ».
      const std::string_view text = in.string_view();
      const size_t cut = text.rfind("modifi");
      const size_t end = text.find_last_not_of(" ,\xC2\xA0", cut == std::string_view::npos ? text.size() : cut - 1);
      if (end != std::string_view::npos) state.legal.span.end = state.legal.span.begin + static_cast<uint32_t>(end + 1);
    }
    if (state.legal.date) state.out->dates.push_back(*state.legal.date);
    state.out->legal_refs.push_back(state.legal);
  }
};

// References to articles and annexes.
template <>
struct action<ref_number> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    std::string_view text = in.string_view();
    state.reference.numbers.push_back(to_int(text.substr(0, text.find_first_not_of("0123456789"))));
  }
};
template <>
struct action<article_ref_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.reference.span = state.span_of(in);
    state.out->references.push_back(state.reference);
  }
};
template <>
struct action<annex_ref_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.reference.span = state.span_of(in);
    state.reference.annex = true;
    state.out->references.push_back(state.reference);
  }
};

// Durations.
template <>
struct action<count_digits> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    if (!state.counted) state.count = to_int(in.string_view());
    state.counted = true;
  }
};
template <>
struct action<count_word> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    if (!state.counted) state.count = number_in_words(in.string_view());
    state.counted = true;
  }
};
template <>
struct action<years_word> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.unit = DurationUnit::year; }
};
template <>
struct action<weeks_word> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.unit = DurationUnit::week; }
};
template <>
struct action<days_word> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.unit = DurationUnit::day; }
};
template <>
struct action<months_word> {
  template <class Input>
  static void apply(const Input&, InlineState& state) { state.unit = DurationUnit::month; }
};
// A unit worth `Months` months: « un trimestre » is three, « un semestre » six.
template <int Months>
struct months_each {
  template <class Input>
  static void apply(const Input&, InlineState& state) {
    state.unit = DurationUnit::month;
    state.count *= Months;
  }
};
template <>
struct action<quarters_word> : months_each<3> {};
template <>
struct action<halves_word> : months_each<6> {};
template <>
struct action<duration_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.out->durations.push_back({state.span_of(in), state.count, state.unit});
  }
};

// Chorus codes.
template <>
struct action<centre_financier_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.out->codes.push_back({state.span_of(in), false, state.span_of(in)});
  }
};
template <>
struct action<programme_number> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) { state.code_value = state.span_of(in); }
};
template <>
struct action<programme_fact> {
  template <class Input>
  static void apply(const Input& in, InlineState& state) {
    state.out->codes.push_back({state.span_of(in), true, state.code_value});
  }
};

}  // namespace convlint::grammar::inline_facts
