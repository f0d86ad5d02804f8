// structure/footnotes: every footnote mark has a text and every text is referenced.
#include <algorithm>
#include <set>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

// A mark glued to a word on a scanned page, which may be a footnote call OCR misread (see Document::glued_marks).
bool scan_holds_a_misread_call(const CheckContext& context) {
  const auto& marks = context.document().glued_marks;
  return std::any_of(marks.begin(), marks.end(), [&](Span mark) { return context.view.read_by_ocr(mark); });
}

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
      if (marks.count(footnote.label)) continue;
      if (context.view.read_by_ocr(footnote.span) && scan_holds_a_misread_call(context)) continue;
      reporter.report("unreferenced", footnote.span, {{"label", footnote.label}});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_footnotes(const RuleSpec&, const Catalog&) { return std::make_unique<FootnotesCheck>(); }

}  // namespace convlint::rules::checks
