// structure/cross-reference: internal references point to an existing article or annex that holds what they announce.
#include <algorithm>

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
    for (const ArticleRef& ref : document.facts.article_refs) {
      if (!ref.internal || ref.number <= 0) continue;
      if (ref.target == ArticleRef::Target::annex) {
        if (!annex_exists(document, ref.number)) reporter.report("no_annex", ref.span, {{"number", std::to_string(ref.number)}});
        continue;
      }
      const auto target = article_index(document, ref.number);
      if (!target) {
        reporter.report("no_article", ref.span, {{"number", std::to_string(ref.number)}, {"count", std::to_string(document.articles.size())}});
        continue;
      }
      if (ref.subject.empty() || mentions(context, *target, ref.subject)) continue;
      const std::string subject = ref.subject == "comptable" ? (french ? "le comptable" : "accountant")
                                                             : (french ? "l'UO / le centre financier" : "UO / centre financier");
      std::optional<std::string> suggestion;
      for (size_t i = 0; i < document.articles.size(); ++i) {
        if (mentions(context, i, ref.subject) && document.articles[i].number > 0) {
          suggestion = (french ? "l'article " : "article ") + std::to_string(document.articles[i].number);
          break;
        }
      }
      reporter.report("subject_missing", ref.span, {{"number", std::to_string(ref.number)}, {"subject", subject}}, suggestion);
    }
  }

 private:
  static std::optional<size_t> article_index(const document::Document& document, int number) {
    for (size_t i = 0; i < document.articles.size(); ++i) {
      if (document.articles[i].number == number) return i;
    }
    return std::nullopt;
  }

  static bool annex_exists(const document::Document& document, int number) {
    for (const auto& annex : document.annexes) {
      if (annex.number == number || (number == 1 && annex.number < 0 && document.annexes.size() == 1)) return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Check> make_cross_reference(const RuleSpec&, const Catalog&) { return std::make_unique<CrossReferenceCheck>(); }

}  // namespace convlint::rules::checks
