// structure/article-numbering: articles run 1..N with no gap or duplicate (« 2 bis » inserted between 2 and 3).
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class ArticleNumberingCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    int expected = 1;
    for (const auto& article : context.document().articles) {
      if (article.inserted) continue;  // « Article 2 bis » stands between 2 and 3 without a number of its own
      const Span heading = article.heading.span();
      if (article.number < 0) {
        reporter.report("unreadable", heading, {{"expected", std::to_string(expected)}});
      } else if (article.number != expected) {
        reporter.report("unexpected", heading, {{"found", std::to_string(article.number)}, {"expected", std::to_string(expected)}},
                        "Article " + std::to_string(expected));
      }
      expected = article.number > 0 ? article.number + 1 : expected + 1;
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_article_numbering(const RuleSpec&, const Catalog&) { return std::make_unique<ArticleNumberingCheck>(); }

}  // namespace convlint::rules::checks
