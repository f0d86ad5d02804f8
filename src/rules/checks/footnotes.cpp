// structure/footnotes: every footnote mark has a text and every text is referenced.
#include <cctype>
#include <set>
#include <string_view>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

// OCR reads the small raised call of a footnote as a mark glued to the word before it (« l'État¹ » read « l'État: »,
// « suivants² » read « suivants? »). True when the scanned pages hold such a mark, which may be a lost call.
bool scan_holds_a_misread_call(const DocumentView& view) {
  const std::string& text = view.source().text;
  for (size_t at = text.find_first_of("?:*"); at != std::string::npos; at = text.find_first_of("?:*", at + 1)) {
    const bool glued = at > 0 && (std::isalpha(static_cast<unsigned char>(text[at - 1])) || (text[at - 1] & 0x80) != 0);
    const bool ends_word = at + 1 == text.size() || std::string_view(" \n.,;").find(text[at + 1]) != std::string_view::npos;
    if (glued && ends_word && view.read_by_ocr({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)})) return true;
  }
  return false;
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
      if (context.view.read_by_ocr(footnote.span) && scan_holds_a_misread_call(context.view)) continue;
      reporter.report("unreferenced", footnote.span, {{"label", footnote.label}});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_footnotes(const RuleSpec&, const Catalog&) { return std::make_unique<FootnotesCheck>(); }

}  // namespace convlint::rules::checks
