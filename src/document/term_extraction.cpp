// The term of the convention: the clause that says when it takes effect, and its end date.
#include <algorithm>
#include <array>
#include <span>

#include "document/facts_extraction.hpp"
#include "document/text_fold.hpp"

namespace convlint::document {

namespace {

constexpr std::array<std::string_view, 6> start_words = {"prend effet", "prendra effet", "entre en vigueur",
                                                         "entrera en vigueur", "a compter de", "conclue a compter"};
constexpr std::array<std::string_view, 9> end_words = {"jusqu'au", "jusqu'a", "prend fin", "prendra fin", "expire",
                                                       "se termine", "s'acheve", "au plus tard le", "echeance"};

// The first valid-or-not date of `dates` inside [from, to).
std::optional<Date> first_date(const std::vector<Date>& dates, uint32_t from, uint32_t to) {
  for (const Date& date : dates) {
    if (date.span.begin >= from && date.span.begin < to) return date;
  }
  return std::nullopt;
}

struct Found {
  size_t folded_at;
  Span span;
  uint32_t sentence_end;  // source offset where the sentence holding the words ends
};

// Every place where one of `words` stands in `text`, in reading order.
std::vector<Found> find_all(const TextFold& folded, std::span<const std::string_view> words) {
  std::vector<Found> found;
  const std::string_view view = folded.view();
  for (std::string_view word : words) {
    for (size_t at = view.find(word); at != std::string_view::npos; at = view.find(word, at + 1)) {
      size_t stop = view.find(". ", at);
      if (stop == std::string_view::npos) stop = view.size();
      found.push_back(Found{at, folded.source_span(static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())),
                            folded.source_offset(static_cast<uint32_t>(stop))});
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.folded_at < b.folded_at; });
  return found;
}

// Reads the term from the blocks of one article into `term`, keeping what earlier articles gave.
void read_article(const Article& article, const Document& document, Term& term) {
  const std::vector<Date>& dates = document.facts.dates;
  const auto& blocks = article.blocks;
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::table) continue;
    const TextFold folded(blocks[b].text, document.folded);
    if (folded.view().find("reglement total") != std::string_view::npos ||
        folded.view().find("jusqu'au reglement") != std::string_view::npos)
      term.until_settlement = true;
    const auto ends = find_all(folded, end_words);
    const auto starts = find_all(folded, start_words);
    if (!term.start_clause && !starts.empty()) {
      const Found& start = starts.front();
      term.start_clause = start.span;
      // « prend effet le 1er janvier 2025 et prend fin le … »: the start date stands before the end words.
      uint32_t limit = start.sentence_end;
      for (const Found& end : ends) {
        if (end.span.begin > start.span.end) limit = std::min(limit, end.span.begin);
      }
      term.start = first_date(dates, start.span.end, limit);
    }
    if (!term.end && !ends.empty()) {
      for (const Found& end : ends) {
        if (!term.end) term.end = first_date(dates, end.span.end, end.sentence_end);
      }
      // « prend fin : » followed by a list of cases: the date is in the next blocks.
      for (size_t next = b + 1; !term.end && next < blocks.size() && next <= b + 3; ++next)
        term.end = first_date(dates, blocks[next].span().begin, blocks[next].span().end);
    }
  }
}

}  // namespace

Term extract_term(const Document& document) {
  Term term;
  // The article about duration first (« Durée », « Durée et résiliation »), then the others.
  std::vector<const Article*> order;
  for (const Article& article : document.articles) {
    if (document.fold_of(article.title).view().find("duree") != std::string::npos) order.push_back(&article);
  }
  for (const Article& article : document.articles) {
    if (std::find(order.begin(), order.end(), &article) == order.end()) order.push_back(&article);
  }
  for (const Article* article : order) {
    read_article(*article, document, term);
    if (term.end && term.start_clause) break;
  }
  return term;
}

}  // namespace convlint::document
