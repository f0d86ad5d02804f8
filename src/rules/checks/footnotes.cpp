// structure/footnotes: every footnote mark has a text and every text is referenced.
#include <set>

#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class FootnotesCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& document = context.document();
    std::set<std::string> texts, marks;
    for (const auto& footnote : document.footnotes) texts.insert(footnote.label);
    for (const auto& mark : document.footnote_marks) marks.insert(mark.label);
    for (const auto& mark : document.footnote_marks) {
      if (!texts.count(mark.label)) reporter.report("no_text", mark.span, {{"label", mark.label}});
    }
    for (const auto& footnote : document.footnotes) {
      // On a scan, OCR misses or misreads the small raised call (« État¹ » read « État: »): its absence says nothing.
      if (!marks.count(footnote.label) && !context.view.read_by_ocr(footnote.span))
        reporter.report("unreferenced", footnote.span, {{"label", footnote.label}});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_footnotes(const RuleSpec&, const Catalog&) { return std::make_unique<FootnotesCheck>(); }

}  // namespace convlint::rules::checks
