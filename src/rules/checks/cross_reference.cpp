// structure/cross-reference: internal references point to an existing article or annex that holds what they announce.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "rules/checks/checks.hpp"
#include "source/folded_text.hpp"

namespace convlint::rules::checks {

namespace {

using document::ArticleRef;

// Does article `index` mention `subject` (as reference_subject names it)?
bool mentions(const CheckContext& context, size_t index, const std::string& subject) {
  const auto& document = context.document();
  const std::string_view text = context.view.folded(document.articles[index].span);
  if (subject == "comptable") return text.find("comptable") != std::string_view::npos || text.find("cbcm") != std::string_view::npos;
  if (subject != "centre_financier") return true;
  for (std::string_view word : {"unite operationnelle", "centre financier", "(uo)", " uo ", "l'uo ", "uo:"}) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  for (const auto& block : document.facts.chorus) {
    if (block.article == static_cast<int>(index) && block.centre_financier) return true;
  }
  return false;
}

class CrossReferenceCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& document = context.document();
    const bool french = reporter.language() == Language::fr;
    // Looked up once: a text may hold tens of thousands of articles and references.
    std::unordered_map<int, size_t> by_number;
    for (size_t i = 0; i < document.articles.size(); ++i) by_number.emplace(document.articles[i].number, i);
    std::unordered_set<int> annexes;
    for (const auto& annex : document.annexes) annexes.insert(annex.number);
    const bool one_unnumbered_annex = document.annexes.size() == 1 && document.annexes[0].number < 0;
    std::map<std::string, std::optional<std::string>> suggestions;  // by subject
    for (const ArticleRef& ref : document.facts.article_refs) {
      if (!ref.internal || ref.number <= 0) continue;
      if (ref.target == ArticleRef::Target::annex) {
        if (!annexes.count(ref.number) && !(ref.number == 1 && one_unnumbered_annex)) reporter.report("no_annex", ref.span, {{"number", std::to_string(ref.number)}});
        continue;
      }
      const auto found = by_number.find(ref.number);
      if (found == by_number.end()) {
        reporter.report("no_article", ref.span, {{"number", std::to_string(ref.number)}, {"count", std::to_string(document.articles.size())}});
        continue;
      }
      if (ref.subject.empty() || mentions(context, found->second, ref.subject)) continue;
      const std::string subject = ref.subject == "comptable" ? (french ? "le comptable" : "accountant")
                                                             : (french ? "l'UO / le centre financier" : "UO / centre financier");
      auto [suggestion, first_time] = suggestions.try_emplace(ref.subject);
      for (size_t i = 0; first_time && i < document.articles.size(); ++i) {
        if (mentions(context, i, ref.subject) && document.articles[i].number > 0) {
          suggestion->second = (french ? "l'article " : "article ") + std::to_string(document.articles[i].number);
          break;
        }
      }
      reporter.report("subject_missing", ref.span, {{"number", std::to_string(ref.number)}, {"subject", subject}}, suggestion->second);
    }
  }

};

}  // namespace

std::unique_ptr<Check> make_cross_reference(const RuleSpec&, const Catalog&) { return std::make_unique<CrossReferenceCheck>(); }

}  // namespace convlint::rules::checks
