#include "document/facts_extraction.hpp"

#include "document/dates_in_words.hpp"
#include "document/kind_reading.hpp"

#include <algorithm>

#include "inline.hpp"
#include "document/sentences.hpp"
#include "document/text_fold.hpp"
#include "source/find_word.hpp"

namespace convlint::document {

namespace {

// A text's number as the register writes it, whatever dash stands in it (« 2004–1085 » → « 2004-1085 »).
std::string with_hyphen(std::string_view number) {
  std::string out;
  for (size_t at = 0; at < number.size(); ++at) {
    const auto byte = static_cast<unsigned char>(number[at]);
    if (byte < 0x80) {
      out += number[at];
      continue;
    }
    const size_t length = byte >= 0xE0 ? 3 : 2;  // the dashes text_number accepts take three bytes
    at += length - 1;
    out += '-';
  }
  return out;
}

LegalKind to_kind(grammar::RawLegalKind kind) {
  switch (kind) {
    case grammar::RawLegalKind::decret: return LegalKind::decret;
    case grammar::RawLegalKind::ordonnance: return LegalKind::ordonnance;
    case grammar::RawLegalKind::loi: return LegalKind::loi;
    case grammar::RawLegalKind::loi_organique: return LegalKind::loi_organique;
    case grammar::RawLegalKind::arrete: return LegalKind::arrete;
    case grammar::RawLegalKind::circulaire: return LegalKind::circulaire;
  }
  return LegalKind::decret;
}

// Words that say what a reference points at (« l'UO mentionnée à l'article 1 ») and the subject they name.
struct Subject {
  std::string_view word;
  std::string_view name;
};
constexpr Subject subjects[] = {{"unite operationnelle", "centre_financier"}, {"centre financier", "centre_financier"},
                                {"uo ", "centre_financier"},                  {"l'uo", "centre_financier"},
                                {"cbcm", "comptable"},                        {"comptable", "comptable"},
                                {"echeancier", "credits"},                    {"montant", "credits"}};
constexpr std::string_view pointing_words[] = {"mentionn", "decrit", "vise", "defini", "prevu", "figurant", "indiqu",
                                               "donne", "precise", "fixe"};

// The subject of a reference at `at` in `folded`: what the same clause, just before it, says is there.
std::string reference_subject(std::string_view folded, size_t at) {
  const size_t window = at > 90 ? at - 90 : 0;
  std::string_view before = folded.substr(window, at - window);
  if (const size_t stop = before.find_last_of(".;"); stop != std::string_view::npos) before.remove_prefix(stop + 1);
  const bool pointing = std::any_of(std::begin(pointing_words), std::end(pointing_words),
                                    [&](std::string_view word) { return before.find(word) != std::string_view::npos; });
  if (!pointing) return {};
  size_t best = std::string_view::npos;
  std::string_view name;
  for (const Subject& subject : subjects) {
    const size_t found = before.rfind(subject.word);
    if (found != std::string_view::npos && (best == std::string_view::npos || found > best)) {
      best = found;
      name = subject.name;
    }
  }
  return std::string(name);
}

enum class Scope { visa, body, other };

constexpr std::string_view envelope_words[] = {"budget", "enveloppe", "cofinancement", "cout total", "montant total",
                                               "montant global", "financement de", "dotation", "cout de l'operation"};
constexpr std::string_view deduction_words[] = {"deduit", "utilises directement", "preleve", "retenu"};

// What an amount stands for, from the words of its clause: the envelope named before it, a deduction or a remainder
// named just after it.
Amount::Role amount_role(std::string_view folded, size_t begin, size_t end) {
  std::string_view after = folded.substr(end, 60);
  if (const size_t stop = after.find_first_of(".;"); stop != std::string_view::npos) after = after.substr(0, stop);
  if (after.starts_with(" restant")) return Amount::Role::remainder;
  for (std::string_view word : deduction_words) {
    if (after.find(word) != std::string_view::npos) return Amount::Role::deduction;
  }
  const size_t from = begin > 50 ? begin - 50 : 0;
  std::string_view before = folded.substr(from, begin - from);
  if (const size_t stop = before.find_last_of(".;:"); stop != std::string_view::npos) before.remove_prefix(stop + 1);
  for (std::string_view word : envelope_words) {
    if (before.find(word) != std::string_view::npos) return Amount::Role::envelope;
  }
  return Amount::Role::plain;
}

class Extractor {
 public:
  explicit Extractor(Document& document) : document_(document), facts_(document.facts) {}

  void run() {
    for (const Text& line : document_.front_matter) scan(line, Scope::other);  // a letterhead's « Dijon, le … »
    if (document_.title) scan(*document_.title, Scope::other);
    for (Visa& visa : document_.visas) {
      const size_t before = facts_.legal_refs.size();
      scan(visa.text, Scope::visa);
      visa.references.assign(facts_.legal_refs.begin() + static_cast<std::ptrdiff_t>(before), facts_.legal_refs.end());
    }
    scan_blocks(document_.preamble);
    for (const Article& article : document_.articles) scan_blocks(article.blocks);
    if (document_.signature) scan_signature(*document_.signature);
    for (const Annex& annex : document_.annexes) scan_blocks(annex.blocks);
    for (const Footnote& footnote : document_.footnotes) scan(footnote.text, Scope::other);
    sort_by_position();
  }

 private:
  void scan_blocks(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      if (block.kind != BlockKind::table) {
        scan(block.text, Scope::body);
        continue;
      }
      for (const Row& row : block.table.rows) {
        for (const Cell& cell : row.cells) scan(cell.text, Scope::other);
      }
    }
  }

  void scan_signature(Signature& signature) {
    const size_t before = facts_.dates.size();
    if (signature.date_text) {
      scan(*signature.date_text, Scope::other);
      if (facts_.dates.size() > before) signature.date = facts_.dates[before];
    }
    for (const Text& stamp : signature.stamps) scan(stamp, Scope::other);
  }

  void scan(const Text& text, Scope scope) {
    const std::string_view view = text.view();
    const grammar::InlineFacts found = grammar::scan_inline(view);
    auto span = [&](Span local) { return text.source_span(local.begin, local.end); };
    for (const auto& raw : found.dates) facts_.dates.push_back(make_date(raw.year, raw.month, raw.day, span(raw.span)));
    for (const auto& raw : found.legal_refs) {
      LegalRef ref;
      ref.kind = to_kind(raw.kind);
      ref.number = with_hyphen(view.substr(raw.number.begin, raw.number.size()));
      if (raw.date) ref.date = make_date(raw.date->year, raw.date->month, raw.date->day, span(raw.date->span));
      ref.amended = raw.amended;
      ref.span = span(raw.span);
      ref.number_span = span(raw.number);
      facts_.legal_refs.push_back(std::move(ref));
    }
    // Most paragraphs hold no fact whose meaning depends on the words around it: only those are read word by word.
    const bool needs_words = !found.amounts.empty() || !found.durations.empty() || !found.references.empty() ||
                             !found.codes.empty();
    if (needs_words) scan_words(text, found, scope);
  }

  // Facts read with the words around them: amount roles, préavis, reference subjects, credit years, codes.
  void scan_words(const Text& text, const grammar::InlineFacts& found, Scope scope) {
    const std::string_view view = text.view();
    const TextFold folded(text, document_.folded);
    auto span = [&](Span local) { return text.source_span(local.begin, local.end); };
    auto folded_at = [&](uint32_t original) { return folded.folded_offset(original); };
    const bool body = scope == Scope::body;
    for (const auto& raw : found.amounts) {
      const Amount::Role role = body ? amount_role(folded.view(), folded_at(raw.span.begin), folded_at(raw.span.end)) : Amount::Role::plain;
      facts_.amounts.push_back({raw.cents, span(raw.span), role});
    }
    for (const auto& raw : found.durations) {
      Duration duration;
      duration.count = raw.count;
      duration.unit = static_cast<Duration::Unit>(raw.unit);
      duration.span = span(raw.span);
      facts_.durations.push_back(duration);
    }
    if (!body) return;
    for (const auto& raw : found.references) {
      const std::string subject = reference_subject(folded.view(), folded_at(raw.span.begin));
      for (int number : raw.numbers) {
        ArticleRef ref;
        ref.target = raw.annex ? ArticleRef::Target::annex : ArticleRef::Target::article;
        ref.number = number;
        ref.subject = subject;
        ref.span = span(raw.span);
        facts_.article_refs.push_back(std::move(ref));
      }
    }
    for (const auto& raw : found.codes) {
      facts_.codes.push_back({raw.programme ? CodeMention::Kind::programme : CodeMention::Kind::centre_financier,
                              std::string(view.substr(raw.value.begin, raw.value.size())), span(raw.span)});
    }
  }

  void sort_by_position() {
    auto by_begin = [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; };
    std::stable_sort(facts_.dates.begin(), facts_.dates.end(), by_begin);
    std::stable_sort(facts_.amounts.begin(), facts_.amounts.end(), by_begin);
    std::stable_sort(facts_.legal_refs.begin(), facts_.legal_refs.end(), by_begin);
    std::stable_sort(facts_.durations.begin(), facts_.durations.end(), by_begin);
    std::stable_sort(facts_.article_refs.begin(), facts_.article_refs.end(), by_begin);
    std::stable_sort(facts_.codes.begin(), facts_.codes.end(), by_begin);
  }

  Document& document_;
  Facts& facts_;
};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

Date make_date(int year, int month, int day, Span span) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  Date date{year, month, day, false, span};
  if (month >= 1 && month <= 12 && day >= 1 && year >= 1800 && year <= 2200) {
    const int length = lengths[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
    date.valid = day <= length;
  }
  return date;
}

void extract_facts(Document& document, const Lexicon* lexicon) {
  Extractor(document).run();
  if (lexicon) {
    index_sentences(document, *lexicon);
    read_clause_facts(document, *lexicon);
    // Dates in words are looked for only where a sentence says « deux mille ».
    const auto words = lexicon->find("date_in_words");
    const auto& mentions = document.facts.mentions;
    if (words && std::any_of(mentions.begin(), mentions.end(), [&](const Mention& mention) { return mention.concept_id == *words; })) {
      add_dates_in_words(document, document.facts.dates);
      std::stable_sort(document.facts.dates.begin(), document.facts.dates.end(), [](const Date& a, const Date& b) { return a.span.begin < b.span.begin; });
    }
  }
  document.facts.schedules = extract_schedules(document);
  document.facts.chorus = extract_chorus(document);
  if (lexicon) document.facts.term = extract_term(document, *lexicon);
  document.facts.role_words = extract_role_words(document);
  if (lexicon) document.kind = read_kind(document, *lexicon);
}

}  // namespace convlint::document
