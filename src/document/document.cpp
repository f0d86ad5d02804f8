#include "document/document.hpp"

#include <algorithm>
#include <limits>
#include <fmt/format.h>

namespace convlint::document {

Span Table::span() const {
  if (rows.empty()) return {};
  return {rows.front().span.begin, rows.back().span.end};
}

std::vector<const Row*> Table::content_rows() const {
  std::vector<const Row*> result;
  for (const Row& row : rows) {
    if (!row.separator) result.push_back(&row);
  }
  return result;
}

Span Document::anchor() const {
  if (title) return title->span();
  if (source == nullptr || source->text.empty()) return {};
  const std::string_view text = source->text;
  const size_t start = text.find_first_not_of(" \t\n\f");
  if (start == std::string_view::npos) return {};
  const size_t end = std::min(text.find('\n', start), text.size());
  return {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::string_view legal_kind_name(LegalKind kind) {
  switch (kind) {
    case LegalKind::decret: return "decret";
    case LegalKind::ordonnance: return "ordonnance";
    case LegalKind::loi: return "loi";
    case LegalKind::loi_organique: return "loi_organique";
    case LegalKind::arrete: return "arrete";
    case LegalKind::circulaire: return "circulaire";
  }
  return "?";
}

std::optional<int> Duration::months() const {
  switch (unit) {
    case Unit::month: return count;
    case Unit::year: return count * 12;
    case Unit::day:
    case Unit::week: {
      const int days = unit == Unit::week ? count * 7 : count;
      const int whole = days / 30;
      if (whole >= 1 && days - whole * 30 <= 2) return whole;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

int64_t add_cents(int64_t a, int64_t b) {
  int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return b > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
  return sum;
}

int64_t ScheduleCell::value() const {
  int64_t largest = 0;
  for (const Amount& amount : amounts) largest = std::max(largest, amount.cents);
  return largest;
}

int64_t Schedule::total_ae() const {
  int64_t total = 0;
  for (const ScheduleRow& row : rows) total = add_cents(total, row.ae.value());
  return total;
}

int64_t Schedule::total_cp() const {
  int64_t total = 0;
  for (const ScheduleRow& row : rows) total = add_cents(total, row.cp.value());
  return total;
}

std::vector<ScheduleRow> Facts::credits_by_year() const {
  std::vector<ScheduleRow> years;
  for (const Schedule& schedule : schedules) {
    if (schedule.summary) continue;
    for (const ScheduleRow& row : schedule.rows) {
      auto same = std::find_if(years.begin(), years.end(), [&](const ScheduleRow& kept) { return kept.year == row.year; });
      if (same == years.end()) {
        years.push_back(row);
        continue;
      }
      for (auto [into, from] : {std::pair{&same->ae, &row.ae}, std::pair{&same->cp, &row.cp}}) {
        const int64_t sum = add_cents(into->value(), from->value());
        into->amounts = {Amount{sum, into->span, Amount::Role::plain}};
      }
    }
  }
  std::sort(years.begin(), years.end(), [](const ScheduleRow& a, const ScheduleRow& b) { return a.year < b.year; });
  return years;
}

int64_t Facts::total_ae() const {
  int64_t total = 0;
  for (const Schedule& schedule : schedules) total = schedule.summary ? total : add_cents(total, schedule.total_ae());
  return total;
}

int64_t Facts::total_cp() const {
  int64_t total = 0;
  for (const Schedule& schedule : schedules) total = schedule.summary ? total : add_cents(total, schedule.total_cp());
  return total;
}

}  // namespace convlint::document
