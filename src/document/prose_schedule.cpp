#include "document/prose_schedule.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "inline.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

constexpr size_t words_after_amount = 72;  // bytes of prose read after an amount for what it is

// What the words right after an amount say it is: « en autorisations d'engagement », « d'AE », « en AE et en CP ».
struct Kinds {
  bool ae = false, cp = false;
};

bool opens_with(std::string_view text, std::string_view word) {
  return text.starts_with(word) && (text.size() == word.size() || !std::isalpha(static_cast<unsigned char>(text[word.size()])));
}

std::string_view skip_lead(std::string_view text) {
  for (bool skipped = true; skipped;) {
    skipped = false;
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    for (const std::string_view lead : {"en ", "d'", "de ", "et "}) {
      if (text.starts_with(lead)) text.remove_prefix(lead.size()), skipped = true;
    }
  }
  return text;
}

bool names_ae(std::string_view text) { return text.starts_with("autorisation") || opens_with(text, "ae"); }
bool names_cp(std::string_view text) { return text.starts_with("credits de paiement") || opens_with(text, "cp"); }

Kinds kinds_after(std::string_view folded) {
  Kinds kinds;
  std::string_view rest = skip_lead(folded);
  // « 100 000 € (AE = CP) », « 100 000 € (AE et CP) »
  if (rest.starts_with("(")) {
    const std::string_view inside = rest.substr(1, rest.find(')'));
    if (names_ae(skip_lead(inside)) && inside.find("cp") != std::string_view::npos) return {true, true};
  }
  if (names_ae(rest)) {
    kinds.ae = true;
    const size_t both = rest.find(" et ");
    if (both != std::string_view::npos && both < 32) kinds.cp = names_cp(skip_lead(rest.substr(both)));
  } else if (names_cp(rest)) {
    kinds.cp = true;
  }
  return kinds;
}

// The budget years `text` names outside dates and numbers of texts (« pour l'année 2025 », « au titre de 2025 »), in
// reading order, each with where it stands.
std::vector<std::pair<int, size_t>> years_in(std::string_view view, const grammar::InlineFacts& facts) {
  std::vector<std::pair<int, size_t>> years;
  for (size_t at = 0; at + 4 <= view.size(); ++at) {
    auto digit = [&](size_t i) { return i < view.size() && view[i] >= '0' && view[i] <= '9'; };
    if (!(view[at] == '2' && view[at + 1] == '0' && digit(at + 2) && digit(at + 3))) continue;
    if ((at > 0 && (digit(at - 1) || view[at - 1] == '-' || view[at - 1] == '/')) || digit(at + 4) ||
        (at + 4 < view.size() && (view[at + 4] == '-' || view[at + 4] == '/')))
      continue;
    const bool in_date = std::any_of(facts.dates.begin(), facts.dates.end(), [&](const grammar::RawDate& date) { return date.span.begin <= at && at < date.span.end; });
    const bool in_amount = std::any_of(facts.amounts.begin(), facts.amounts.end(), [&](const grammar::RawAmount& amount) { return amount.span.begin <= at && at < amount.span.end; });
    if (!in_date && !in_amount) years.emplace_back(std::stoi(std::string(view.substr(at, 4))), at);
  }
  return years;
}

ScheduleCell cell_of(const Text& text, const grammar::RawAmount& amount) {
  const Span span = text.source_span(amount.span.begin, amount.span.end);
  return {std::string(text.view().substr(amount.span.begin, amount.span.size())), span, {Amount{amount.cents, span}}};
}

// An amount of AE or CP (or both) stated in the prose, and the year it is for.
struct Stated {
  const Text* text;
  grammar::RawAmount amount;
  Kinds kinds;
  size_t at;                       // where it stands in the reading of the paragraph and its items
  std::optional<size_t> own_year;  // where the year that follows it at once stands (« 40 000 € de CP en 2026 »)
};

// Where the year stands that `folded` (the words after an amount) names before any other figure or the end of the
// sentence, after the amount's kind only (« de CP en 2026 », « en 2026 », « pour l'année 2026 »): npos when none.
size_t year_right_after(std::string_view folded) {
  constexpr size_t farthest = 48;  // bytes: « en autorisations d'engagement au titre de 2026 »
  const size_t stop = std::min({folded.find_first_of(".;"), folded.find_first_of("0123456789"), farthest});
  return stop != std::string_view::npos && is_year_at(folded, stop) ? stop : std::string_view::npos;
}

// A paragraph and the list items under it, read as one: each amount of AE or CP is for the year named before it
// when the statement opens with its year (« Pour 2025, 100 000 € en AE … ; pour 2026, … »), else for the first year
// named after it (« 100 000 € en AE et 60 000 € en CP en 2025, puis 40 000 € en CP en 2026 »). One year named
// once covers every amount. Two amounts of the same kind for one year (parts, totals): nothing is read.
std::optional<Schedule> read_statement(const std::vector<const Text*>& texts) {
  std::vector<std::pair<int, size_t>> years;
  std::vector<std::pair<const Text*, size_t>> year_places;  // the text of each year and where it is in it
  std::vector<Stated> stated;
  std::optional<ScheduleCell> total_ae;  // the AE of a total that the prose then splits by year
  size_t offset = 0;
  for (const Text* text : texts) {
    const grammar::InlineFacts facts = grammar::scan_inline(text->view());
    for (const auto& [year, at] : years_in(text->view(), facts)) {
      years.emplace_back(year, offset + at);
      year_places.emplace_back(text, at);
    }
    Kinds previous;  // the kind of the amount before, in the same sentence (none: neither)
    for (size_t a = 0; a < facts.amounts.size(); ++a) {
      const grammar::RawAmount& amount = facts.amounts[a];
      const std::string_view raw_after = text->view().substr(amount.span.end, words_after_amount);
      const std::string after = source::fold(raw_after);
      const size_t own_year = year_right_after(after);
      Kinds kinds = kinds_after(after);
      // « 1 500 000 € de CP, et 1 000 000 € en 2028 »: an amount with its year only is of the kind before it.
      if (!kinds.ae && !kinds.cp && own_year != std::string_view::npos) kinds = previous;
      const size_t sentence_end = after.find_first_of(".;");
      const bool same_sentence = sentence_end == std::string::npos || a + 1 >= facts.amounts.size() ||
                                 facts.amounts[a + 1].span.begin - amount.span.end < sentence_end;
      previous = same_sentence ? kinds : Kinds{};
      if (!kinds.ae && !kinds.cp) continue;
      // « 100 000 € en AE et en CP, dont 60 000 € de CP en 2025 … »: a total, its parts follow.
      const size_t next = a + 1 < facts.amounts.size() ? facts.amounts[a + 1].span.begin - amount.span.end : after.size();
      if (after.substr(0, next).find(" dont ") != std::string::npos) {
        if (kinds.ae && !total_ae) total_ae = cell_of(*text, amount);
        continue;
      }
      std::optional<size_t> year_at;
      if (own_year != std::string_view::npos) {
        const size_t in_text = amount.span.end + source::FoldedText(raw_after).original_offset(static_cast<uint32_t>(own_year));
        year_at = offset + in_text;
      }
      stated.push_back({text, amount, kinds, offset + amount.span.begin, year_at});
    }
    offset += text->view().size() + 1;
  }
  if (years.empty() || stated.empty()) return std::nullopt;
  const bool one_year = std::all_of(years.begin(), years.end(), [&](const auto& year) { return year.first == years.front().first; });
  const bool year_first = years.front().second < stated.front().at;
  auto year_of = [&](size_t at) -> std::optional<size_t> {
    if (one_year) return 0;
    std::optional<size_t> found;
    for (size_t y = 0; y < years.size(); ++y) {
      if (year_first && years[y].second < at) found = y;
      if (!year_first && years[y].second > at) return y;
    }
    return found;
  };
  Schedule schedule;
  auto own_year_of = [&](const Stated& amount) -> std::optional<size_t> {
    for (size_t y = 0; amount.own_year && y < years.size(); ++y) {
      if (years[y].second == *amount.own_year) return y;
    }
    return std::nullopt;
  };
  for (const Stated& amount : stated) {
    auto y = own_year_of(amount);
    if (!y) y = year_of(amount.at);
    if (!y) return std::nullopt;
    const int year = years[*y].first;
    auto row = std::find_if(schedule.rows.begin(), schedule.rows.end(), [&](const ScheduleRow& r) { return r.year == year; });
    if (row == schedule.rows.end()) {
      const auto& [text, at] = year_places[*y];
      schedule.rows.push_back({year, text->source_span(static_cast<uint32_t>(at), static_cast<uint32_t>(at + 4)), {}, {}});
      row = schedule.rows.end() - 1;
    }
    if ((amount.kinds.ae && !row->ae.amounts.empty()) || (amount.kinds.cp && !row->cp.amounts.empty())) return std::nullopt;
    if (amount.kinds.ae) row->ae = cell_of(*amount.text, amount.amount);
    if (amount.kinds.cp) row->cp = cell_of(*amount.text, amount.amount);
  }
  // Every year named holds an amount: « En 2025 et en 2026, … 100 000 € en AE » does not say which.
  std::vector<int> named;
  for (const auto& year : years) named.push_back(year.first);
  std::sort(named.begin(), named.end());
  if (static_cast<size_t>(std::unique(named.begin(), named.end()) - named.begin()) != schedule.rows.size()) return std::nullopt;
  std::sort(schedule.rows.begin(), schedule.rows.end(), [](const ScheduleRow& a, const ScheduleRow& b) { return a.year < b.year; });
  // The AE of a total split into CP by year are committed the first year.
  if (!schedule.rows.empty() && schedule.rows.front().ae.amounts.empty() && total_ae) schedule.rows.front().ae = *total_ae;
  // A year must state its CP, and the first its AE: else the prose gave parts of a total, not a schedule.
  if (std::any_of(schedule.rows.begin(), schedule.rows.end(), [](const ScheduleRow& row) { return row.cp.amounts.empty(); }) ||
      schedule.rows.front().ae.amounts.empty())
    return std::nullopt;
  schedule.span = {texts.front()->span().begin, texts.back()->span().end};
  return schedule;
}

}  // namespace

std::optional<Schedule> prose_schedule(const Document& document) {
  for (size_t a = 0; a < document.articles.size(); ++a) {
    const std::vector<Block>& blocks = document.articles[a].blocks;
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind != BlockKind::paragraph) continue;
      std::vector<const Text*> texts{&blocks[b].text};
      for (size_t item = b + 1; item < blocks.size() && blocks[item].kind == BlockKind::list_item; ++item) texts.push_back(&blocks[item].text);
      if (auto schedule = read_statement(texts)) {
        schedule->article = static_cast<int>(a);
        return schedule;
      }
    }
  }
  return std::nullopt;
}

}  // namespace convlint::document
