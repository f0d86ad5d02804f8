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
  if (names_ae(rest)) {
    kinds.ae = true;
    const size_t both = rest.find(" et ");
    if (both != std::string_view::npos && both < 32) kinds.cp = names_cp(skip_lead(rest.substr(both)));
  } else if (names_cp(rest)) {
    kinds.cp = true;
  }
  return kinds;
}

// The one budget year `text` names outside dates and numbers of texts (« pour l'année 2025 », « au titre de 2025 »).
std::optional<std::pair<int, Span>> one_year(const Text& text, const grammar::InlineFacts& facts) {
  const std::string_view view = text.view();
  std::optional<std::pair<int, Span>> found;
  for (size_t at = 0; at + 4 <= view.size(); ++at) {
    auto digit = [&](size_t i) { return i < view.size() && view[i] >= '0' && view[i] <= '9'; };
    if (!(view[at] == '2' && view[at + 1] == '0' && digit(at + 2) && digit(at + 3))) continue;
    if ((at > 0 && (digit(at - 1) || view[at - 1] == '-' || view[at - 1] == '/')) || digit(at + 4) ||
        (at + 4 < view.size() && (view[at + 4] == '-' || view[at + 4] == '/')))
      continue;
    const bool in_date = std::any_of(facts.dates.begin(), facts.dates.end(), [&](const grammar::RawDate& date) { return date.span.begin <= at && at < date.span.end; });
    const bool in_amount = std::any_of(facts.amounts.begin(), facts.amounts.end(), [&](const grammar::RawAmount& amount) { return amount.span.begin <= at && at < amount.span.end; });
    if (in_date || in_amount) continue;
    const int year = std::stoi(std::string(view.substr(at, 4)));
    if (found && found->first != year) return std::nullopt;
    found = std::pair{year, text.source_span(static_cast<uint32_t>(at), static_cast<uint32_t>(at + 4))};
  }
  return found;
}

ScheduleCell cell_of(const Text& text, const grammar::RawAmount& amount) {
  const Span span = text.source_span(amount.span.begin, amount.span.end);
  return {std::string(text.view().substr(amount.span.begin, amount.span.size())), span, {Amount{amount.cents, span}}};
}

// A paragraph and the list items under it: the year in the paragraph, the AE and CP amounts anywhere in them.
std::optional<Schedule> read_statement(const std::vector<const Text*>& texts) {
  const grammar::InlineFacts lead = grammar::scan_inline(texts.front()->view());
  const auto year = one_year(*texts.front(), lead);
  if (!year) return std::nullopt;
  std::optional<ScheduleCell> ae, cp;
  for (const Text* text : texts) {
    for (const grammar::RawAmount& amount : grammar::scan_inline(text->view()).amounts) {
      const Kinds kinds = kinds_after(source::fold(text->view().substr(amount.span.end, words_after_amount)));
      if ((kinds.ae && ae) || (kinds.cp && cp)) return std::nullopt;  // two amounts of AE: several years or parts
      if (kinds.ae) ae = cell_of(*text, amount);
      if (kinds.cp) cp = cell_of(*text, amount);
    }
  }
  if (!ae || !cp) return std::nullopt;
  Schedule schedule;
  schedule.rows.push_back({year->first, year->second, *ae, *cp});
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
