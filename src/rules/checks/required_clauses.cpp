// structure/required-clauses: objet, obligations of each party, financial execution and reporting (art. 2).
#include <array>

#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

class RequiredClausesCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& document = context.document();
    if (document.articles.empty()) return;  // parse/structure already says no article was found
    const bool french = reporter.language() == Language::fr;
    const std::string_view body = context.view.articles_folded();

    const bool objet = any_title(document, {"objet"}) || contains_any(body, {"pour objet", "objet de la presente", "objet de la delegation"});
    if (!objet) reporter.report("missing", document.anchor(), {{"element", french ? "l'objet de la délégation (la mission confiée)" : "the objet (the mission entrusted)"}});

    for (const RoleKind kind : {RoleKind::delegant, RoleKind::delegataire}) {
      const auto names = role_names(context, kind);
      if (obligations_stated(context, names)) continue;
      const std::string element = kind == RoleKind::delegant ? (french ? "les obligations du délégant" : "the obligations of the délégant")
                                                             : (french ? "les obligations du délégataire" : "the obligations of the délégataire");
      reporter.report("missing", context.view.article_anchor({"obligation", "engagement"}), {{"element", element}});
    }

    const bool financial = any_title(document, {"financ", "budget", "credit", "cout"}) || document.facts.schedule ||
                           contains_any(body, {"execution financiere", "modalites financieres"});
    if (!financial) reporter.report("missing", document.anchor(), {{"element", french ? "l'exécution financière" : "the financial execution"}});

    const bool reporting = contains_any(body, {"rend compte", "rendre compte", "rendra compte", "rendent compte", "rendront compte",
                                               "compte rendu", "compte-rendu", "comptes rendus", "comptes-rendus"});
    if (!reporting) {
      reporter.report("missing", context.view.article_anchor({"obligations du delegataire", "obligation", "financ"}),
                      {{"element", french ? "le compte rendu du délégataire (« rend compte »)" : "how the délégataire reports (« rend compte »)"}});
    }
  }

 private:
  static bool any_title(const document::Document& document, std::initializer_list<std::string_view> words) {
    for (const auto& article : document.articles) {
      if (contains_any(document.fold_of(article.title).view(), words)) return true;
    }
    return false;
  }

  // The folded names a role is called by: the generic word and every alias of the parties holding it.
  static std::vector<std::string> role_names(const CheckContext& context, RoleKind kind) {
    std::vector<std::string> names = {kind == RoleKind::delegant ? "delegant" : "delegataire"};
    for (size_t party : context.roles.parties_with(kind)) {
      for (const std::string& alias : context.roles.aliases()[party]) names.push_back(alias);
    }
    return names;
  }

  // An article titled « Obligations / Engagements / Rôle du … » naming the role, or « le … s'engage » in the text.
  static bool obligations_stated(const CheckContext& context, const std::vector<std::string>& names) {
    for (const auto& article : context.document().articles) {
      const document::TextFold folded_title = context.document().fold_of(article.title);
      const std::string_view title = folded_title.view();
      if (!contains_any(title, {"obligation", "engagement", "role", "responsabilit", "prestations confiees"})) continue;
      for (const std::string& name : names) {
        if (title.find(name) != std::string::npos) return true;
      }
    }
    const std::string_view body = context.view.articles_folded();
    for (const std::string& name : names) {
      if (body.find(name + " s'engage") != std::string_view::npos || body.find(name + " s'engagent") != std::string_view::npos)
        return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Check> make_required_clauses(const RuleSpec&) { return std::make_unique<RequiredClausesCheck>(); }

}  // namespace convlint::rules::checks
