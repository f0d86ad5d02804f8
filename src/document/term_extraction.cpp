// The term of the convention: the clause that says when it takes effect, and its end date, read in the sentences of
// the articles (the article about the term first) with the lexicon's concepts.
#include <algorithm>

#include "document/facts_extraction.hpp"
#include "document/sentences.hpp"
#include "inline.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

// The first date of `dates` that starts inside [from, to).
std::optional<Date> first_date(const std::vector<Date>& dates, uint32_t from, uint32_t to) {
  const auto at = std::lower_bound(dates.begin(), dates.end(), from, [](const Date& date, uint32_t offset) { return date.span.begin < offset; });
  if (at != dates.end() && at->span.begin < to) return *at;
  return std::nullopt;
}

// Whether only white space stands between source offsets `from` and `to`.
bool blank_between(const Document& document, uint32_t from, uint32_t to) {
  if (from > to) return false;
  const std::string_view between = std::string_view(document.source->text).substr(from, to - from);
  return between.find_first_not_of(" \t\n\xC2\xA0") == std::string_view::npos;
}

class TermReader {
 public:
  TermReader(const Document& document, const Lexicon& lexicon)
      : document_(document),
        facts_(document.facts),
        lexicon_(lexicon),
        period_end_(lexicon.find("period_end")),
        start_point_(lexicon.find("start_point")) {}

  Term read() {
    // The article about the term first (« Durée », « Entrée en vigueur »), then the others in order.
    const size_t articles = document_.articles.size();
    std::vector<std::vector<const Sentence*>> by_article(articles);
    std::vector<int> order;
    std::vector<bool> ordered(articles, false);
    for (const Sentence& sentence : facts_.sentences) {
      if (sentence.part != Sentence::Part::article || sentence.article < 0 || static_cast<size_t>(sentence.article) >= articles) continue;
      const auto article = static_cast<size_t>(sentence.article);
      if (!sentence.heading) by_article[article].push_back(&sentence);
      else if (!ordered[article] && mentions(facts_, sentence, id(Core::term_title))) {
        ordered[article] = true;
        order.push_back(sentence.article);
      }
    }
    for (size_t article = 0; article < articles; ++article) {
      if (!ordered[article]) order.push_back(static_cast<int>(article));
    }
    for (const int article : order) {
      for (const Sentence* sentence : by_article[static_cast<size_t>(article)]) read_sentence(*sentence);
      if (term_.end && term_.start_clause) break;
    }
    return term_;
  }

 private:
  void read_sentence(const Sentence& sentence) {
    std::vector<const Mention*> starts, ends;
    for (const Mention& mention : mentions_of(facts_, sentence)) {
      if (mention.concept_id == id(Core::settlement)) term_.until_settlement = true;
      if (mention.concept_id == id(Core::effective_date)) starts.push_back(&mention);
      if (mention.concept_id == id(Core::end_date)) ends.push_back(&mention);
    }
    if (!term_.start_clause && !starts.empty()) {
      const Mention& start = *starts.front();
      term_.start_clause = start.span;
      // « prend effet le 1er janvier 2025 et prend fin le … »: the start date stands before the end words.
      uint32_t limit = sentence.span.end;
      for (const Mention* end : ends) {
        if (end->span.begin >= start.span.end) limit = std::min(limit, end->span.begin);
      }
      term_.start = first_date(facts_.dates, start.span.end, limit);
      // « pour une durée allant de sa date de signature au 31 décembre 2026 »: the start is the signature, and the
      // date after it the end.
      const auto list = mentions_of(facts_, sentence);
      const bool named_start = start_point_ && term_.start && std::any_of(list.begin(), list.end(), [&](const Mention& point) {
        return point.concept_id == *start_point_ && point.span.end <= term_.start->span.begin;
      });
      if (named_start) term_.start.reset();
    }
    // « du 1er janvier 2025 au 31 décembre 2026 »: the period gives the start when no words did.
    const auto range = (!term_.end || !term_.start_clause) ? read_range(sentence) : std::nullopt;
    if (range && range->first && !term_.start_clause) {
      term_.start_clause = range->first->span;
      term_.start = range->first;
    }
    if (term_.end) return;
    for (const Mention* end : ends) {
      if (!term_.end) term_.end = first_date(facts_.dates, end->span.end, sentence.span.end);
    }
    if (!term_.end && range) term_.end = range->second;
    if (!term_.end) read_period_end(sentence);
    if (!term_.end && !term_.length) read_length(sentence);
    // « prend fin : » followed by a list of cases: the date is in the list.
    if (!term_.end && !ends.empty()) {
      for (const Sentence& item : facts_.sentences) {
        if (item.lead == static_cast<int32_t>(&sentence - facts_.sentences.data()) && !term_.end)
          term_.end = first_date(facts_.dates, item.span.begin, item.span.end);
      }
    }
  }

  // « du 1er janvier 2025 au 31 décembre 2026 », « de sa date de signature au 31 décembre 2026 »: a date after
  // « au » when a date (the start, returned too) or the taking effect stands just before « au ».
  std::optional<std::pair<std::optional<Date>, Date>> read_range(const Sentence& sentence) const {
    const std::string_view folded = document_.folded.view();
    const auto list = mentions_of(facts_, sentence);
    for (auto date = std::lower_bound(facts_.dates.begin(), facts_.dates.end(), sentence.span.begin,
                                      [](const Date& d, uint32_t offset) { return d.span.begin < offset; });
         date != facts_.dates.end() && date->span.begin < sentence.span.end; ++date) {
      // « prend effet au 1er janvier 2026 »: the start, read already, is no period's end.
      if (term_.start && term_.start->span.begin == date->span.begin) continue;
      size_t end = document_.folded.folded_offset(date->span.begin);
      while (end > 0 && folded[end - 1] == ' ') --end;
      size_t start = end;
      while (start > 0 && is_word_byte(folded[start - 1])) --start;
      if (start > 1 && folded[start - 1] == '\'') {  // « jusqu'au »
        for (--start; start > 0 && is_word_byte(folded[start - 1]);) --start;
      }
      if (start == end || !lexicon_.has_word(id(Core::range_to), folded.substr(start, end - start))) continue;
      const uint32_t to = document_.folded.original_offset(static_cast<uint32_t>(start));
      const bool after_start = std::any_of(list.begin(), list.end(), [&](const Mention& mention) {
        return mention.concept_id == id(Core::effective_date) && blank_between(document_, mention.span.end, to);
      });
      const auto from = std::find_if(facts_.dates.begin(), facts_.dates.end(), [&](const Date& other) {
        return other.span.end <= to && blank_between(document_, other.span.end, to);
      });
      if (from != facts_.dates.end()) return std::pair{std::optional<Date>(*from), *date};
      if (auto day = day_and_month_before(to, date->year)) return std::pair{day, *date};
      if (after_start) return std::pair{std::optional<Date>(), *date};
    }
    return std::nullopt;
  }

  // « du 1er janvier au 31 décembre 2025 »: the day and month just before « au » (source offset `to`), in the year of
  // the period's end.
  std::optional<Date> day_and_month_before(uint32_t to, int year) const {
    constexpr size_t longest = 24;  // bytes: « 1er septembre », « 30 novembre »
    const std::string_view source = document_.source->text;
    size_t end = to;
    while (end > 0 && source[end - 1] == ' ') --end;
    size_t begin = end;
    for (int words = 0; words < 2 && begin > 0; ++words) {
      while (begin > 0 && source[begin - 1] == ' ') --begin;
      while (begin > 0 && source[begin - 1] != ' ' && source[begin - 1] != '\n') --begin;
    }
    if (end - begin > longest || begin == end) return std::nullopt;
    const std::string written = std::string(source.substr(begin, end - begin)) + " " + std::to_string(year);
    const grammar::InlineFacts found = grammar::scan_inline(written);
    if (found.dates.size() != 1 || found.dates[0].span.begin != 0 || found.dates[0].span.end != written.size()) return std::nullopt;
    return make_date(year, found.dates[0].month, found.dates[0].day, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  }

  // « jusqu'à la clôture de la gestion 2026 », « jusqu'à la fin de l'exercice 2026 »: the end of a budget year.
  void read_period_end(const Sentence& sentence) {
    constexpr uint32_t year_within = 8;  // bytes after the words: the year follows them
    if (!period_end_) return;
    for (const Mention& mention : mentions_of(facts_, sentence)) {
      if (mention.concept_id != *period_end_) continue;
      const uint32_t to = std::min(sentence.span.end, mention.span.end + year_within);
      if (const std::optional<Span> year = budget_year_after(mention.span.begin, to)) {
        const std::string_view digits = std::string_view(document_.source->text).substr(year->begin, 4);
        term_.end = make_date(std::stoi(std::string(digits)), 12, 31, *year);
        return;
      }
    }
  }

  // « conclue pour une durée de deux ans », « pour l'année 2025 »: the term set by a length, or by a budget year; the
  // end is worked out when the start is known (a date, or the signature's).
  void read_length(const Sentence& sentence) {
    const auto list = mentions_of(facts_, sentence);
    for (const Mention& mention : list) {
      if (mention.concept_id != id(Core::term_length)) continue;
      for (const Duration& duration : facts_.durations) {
        if (duration.span.begin < mention.span.end || duration.span.begin >= sentence.span.end || !duration.months()) continue;
        if (!blank_between(document_, mention.span.end, duration.span.begin) && duration.span.begin > mention.span.end + 12) continue;
        term_.length = duration.span;
        if (const std::optional<Date> from = start_date()) term_.end = add_months(*from, *duration.months(), duration.span);
        return;
      }
      if (const std::optional<Span> year = budget_year_after(mention.span.end, sentence.span.end)) {
        term_.length = *year;
        const std::string_view digits = std::string_view(document_.source->text).substr(year->begin, 4);
        term_.end = make_date(std::stoi(std::string(digits)), 12, 31, *year);
        return;
      }
    }
  }

  std::optional<Date> start_date() const {
    if (term_.start) return term_.start;
    if (document_.signature && document_.signature->date) return document_.signature->date;
    return std::nullopt;
  }

  // The day before the same day `months` later: the last day of a term of `months` from `from`.
  static Date add_months(const Date& from, int months, Span span) {
    const int total = from.month - 1 + months;
    Date end = make_date(from.year + total / 12, total % 12 + 1, from.day, span);
    while (!end.valid && end.day > 28) end = make_date(end.year, end.month, end.day - 1, span);  // 31 → 30 → … in short months
    if (end.day > 1) return make_date(end.year, end.month, end.day - 1, span);
    const int month = end.month == 1 ? 12 : end.month - 1;
    const int year = end.month == 1 ? end.year - 1 : end.year;
    for (int day = 31; day >= 28; --day) {
      if (make_date(year, month, day, span).valid) return make_date(year, month, day, span);
    }
    return end;
  }

  // « pour l'année 2025 », « pour l'exercice 2025 »: a year right after a word of budget years, in [from, to).
  std::optional<Span> budget_year_after(uint32_t from, uint32_t to) const {
    const std::string_view text = std::string_view(document_.source->text).substr(from, to - from);
    for (size_t at = 0; at + 4 <= text.size(); ++at) {
      if (!is_year_at(text, at)) continue;
      size_t end = at;
      while (end > 0 && text[end - 1] == ' ') --end;
      size_t start = end;
      while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\'') --start;
      const std::string word = source::fold(text.substr(start, end - start));
      if (lexicon_.has_word(id(Core::year_lead), word)) {
        const size_t last = last_year_of_list(text, at);
        return Span{from + static_cast<uint32_t>(last), from + static_cast<uint32_t>(last + 4)};
      }
    }
    return std::nullopt;
  }

  // « les exercices 2026 et 2027 », « les années 2026 à 2028 », « 2026-2027 »: where the last year of a list that
  // starts with the year at `at` stands.
  static size_t last_year_of_list(std::string_view text, size_t at) {
    for (size_t after = at + 4;;) {
      size_t next = after;
      while (next < text.size() && text[next] == ' ') ++next;
      const std::string_view rest = text.substr(next);
      size_t joint = 0;
      for (std::string_view word : {"et ", "à ", "au ", ", ", "- ", "-", "\u2013 ", "\u2013", "/"}) {
        if (rest.starts_with(word)) {
          joint = word.size();
          break;
        }
      }
      if (joint == 0) return at;
      next += joint;
      while (next < text.size() && text[next] == ' ') ++next;
      if (!is_year_at(text, next)) return at;
      at = next;
      after = next + 4;
    }
  }

  const Document& document_;
  const Facts& facts_;
  const Lexicon& lexicon_;
  std::optional<ConceptId> period_end_;   // « clôture de la gestion »: read by read_period_end
  std::optional<ConceptId> start_point_;  // « sa signature »: a start that is no date
  Term term_;
};

}  // namespace

Term extract_term(const Document& document, const Lexicon& lexicon) { return TermReader(document, lexicon).read(); }

}  // namespace convlint::document
