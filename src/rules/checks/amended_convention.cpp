// avenant/convention: an avenant names the convention it amends together with that convention's date.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using document::Text;

class AmendedConventionCheck : public Check {
 public:
  explicit AmendedConventionCheck(const Catalog& catalog) : convention_(catalog.lexicon.find("amended_convention").value_or(0)) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    const document::Document& document = context.document();
    // The title, visas and préambule are read here; the articles' sentences were read with the lexicon already.
    std::vector<const Text*> places;
    if (document.title) places.push_back(&*document.title);
    for (const auto& visa : document.visas) places.push_back(&visa.text);
    for (const auto& block : document.preamble) places.push_back(&block.text);
    std::optional<Span> undated;
    for (const Text* text : places) {
      if (text->view().empty()) continue;
      const document::TextFold fold = document.fold_of(*text);
      std::vector<document::ConceptHit> hits;
      context.catalog.lexicon.scan(fold.view(), hits);
      for (const auto& hit : hits) {
        if (hit.concept_id != convention_) continue;
        const Span named = fold.source_span(hit.begin, hit.end);
        if (dated(document, named, text->span())) return;
        if (!undated) undated = named;
      }
    }
    const auto& facts = document.facts;
    for (const document::Sentence& sentence : facts.sentences) {
      if (sentence.part != document::Sentence::Part::article) continue;
      for (uint32_t m = sentence.first_mention; m < sentence.end_mention; ++m) {
        if (facts.mentions[m].concept_id != convention_) continue;
        if (dated(document, facts.mentions[m].span, sentence.span)) return;
        if (!undated) undated = facts.mentions[m].span;
      }
    }
    if (undated) reporter.report("no_date", *undated);
    else reporter.report("missing", document.anchor());
  }

 private:
  // A date follows the name in the same sentence, close enough to be its own (« … du 12 février 2025 », « … signée
  // le 3 mars 2024 »).
  static bool dated(const document::Document& document, Span named, Span within) {
    const std::string_view source = document.source->text;
    const auto& dates = document.facts.dates;  // in reading order
    auto first = std::lower_bound(dates.begin(), dates.end(), named.end, [](const document::Date& d, uint32_t end) { return d.span.begin < end; });
    for (auto date_at = first; date_at != dates.end() && date_at->span.begin - named.end <= max_gap; ++date_at) {
      const auto& date = *date_at;
      if (date.span.end > within.end) continue;
      const std::string_view between = source.substr(named.end, date.span.begin - named.end);
      if (between.find(". ") == std::string_view::npos && between.find(';') == std::string_view::npos) return true;
    }
    return false;
  }

  static constexpr uint32_t max_gap = 160;
  ConceptId convention_;
};

}  // namespace

std::unique_ptr<Check> make_amended_convention(const RuleSpec&, const Catalog& catalog) {
  return std::make_unique<AmendedConventionCheck>(catalog);
}

}  // namespace convlint::rules::checks
