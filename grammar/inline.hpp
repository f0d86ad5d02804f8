#pragma once
// Public face of the inline grammar; PEGTL stays inside grammar.cpp. Spans are byte offsets into the scanned text.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "base/span.hpp"

namespace convlint::grammar {

struct RawDate {
  Span span;
  int year = 0;
  int month = 0;
  int day = 0;
};

struct RawAmount {
  Span span;
  int64_t cents = 0;
};

enum class RawLegalKind { decret, ordonnance, loi, loi_organique, arrete, circulaire };

struct RawLegalRef {
  Span span;
  RawLegalKind kind = RawLegalKind::decret;
  Span number;  // empty when the text has no number
  std::optional<RawDate> date;
  bool amended = false;
};

struct RawReference {
  Span span;
  bool annex = false;
  std::vector<int> numbers;
};

enum class DurationUnit { day, week, month, year };

struct RawDuration {
  Span span;
  int count = 0;
  DurationUnit unit = DurationUnit::month;
};

struct RawCode {
  Span span;
  bool programme = false;  // « programme 352 », « BOP 352 »; otherwise a centre financier « 0352-CFSE-CFIN »
  Span value;
};

struct InlineFacts {
  std::vector<RawLegalRef> legal_refs;
  std::vector<RawReference> references;
  std::vector<RawDate> dates;  // every date, those inside legal references included
  std::vector<RawAmount> amounts;
  std::vector<RawDuration> durations;
  std::vector<RawCode> codes;
};

// Finds every fact in `text`, trying at each word start; a match is skipped over, so facts do not overlap (a date
// inside a legal reference is reported both in the reference and in `dates`).
InlineFacts scan_inline(std::string_view text);

// Reads a money cell that holds a bare number (« 0 », « 150 000 »); nullopt when it holds anything else.
std::optional<int64_t> bare_amount_cents(std::string_view text);

}  // namespace convlint::grammar
