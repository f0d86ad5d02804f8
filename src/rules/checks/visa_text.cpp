// legal/visa-decret-2004-1085, legal/visa-gbcp, legal/visa-dinum: a visa cites the text numbered `number`, always
// or only `when` credits are delegated / the DINUM is a party.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class VisaTextCheck : public Check {
 public:
  explicit VisaTextCheck(const RuleSpec& rule) : number_(param(rule, "number")), when_(param(rule, "when")) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    if (when_ == "credits" && !context.view.credits_delegated()) return;
    if (when_ == "dinum" && !context.view.dinum_is_party()) return;
    const auto& document = context.document();
    const KnownText* known = nullptr;
    for (const KnownText& text : context.catalog.texts) {
      if (text.number == number_) known = &text;
    }
    for (const auto& visa : document.visas) {
      for (const auto& ref : visa.references) {
        if (ref.number == number_) return;
        // Cited with a wrong number but the right date: legal/reference reports the number; the text is cited.
        if (known && ref.kind == known->kind && ref.date && ref.date->year == known->year && ref.date->month == known->month &&
            ref.date->day == known->day)
          return;
      }
    }
    if (document.visas.empty() && cited_as_basis(document)) return;
    const Span where = document.visas.empty() ? document.anchor() : document.visas.front().text.span();
    if (!known) return reporter.report("missing", where);
    const std::string visa = "Vu le " + known->title + " ;";
    // A visa of its own after the last one; a convention without visas gets none (where they would go is a guess).
    std::optional<Fix> fix;
    if (!document.visas.empty()) fix = Fix{Span{document.visas.back().text.span().end, document.visas.back().text.span().end}, visa, true};
    reporter.report("missing", where, {}, visa, fix);
  }

 private:
  // A convention without visas may state its legal basis in its préambule or its first article (« En application du
  // décret n° 2004-1085 … »): that is where it cites the text.
  bool cited_as_basis(const document::Document& document) const {
    std::vector<Span> places;
    for (const document::Block& block : document.preamble) places.push_back(block.span());
    if (!document.articles.empty()) places.push_back(document.articles.front().span);
    return std::any_of(document.facts.legal_refs.begin(), document.facts.legal_refs.end(), [&](const document::LegalRef& ref) {
      return ref.number == number_ && std::any_of(places.begin(), places.end(), [&](Span place) {
               return ref.span.begin >= place.begin && ref.span.end <= place.end;
             });
    });
  }

  std::string number_;
  std::string when_;
};

}  // namespace

std::unique_ptr<Check> make_visa_text(const RuleSpec& rule, const Catalog&) { return std::make_unique<VisaTextCheck>(rule); }

}  // namespace convlint::rules::checks
