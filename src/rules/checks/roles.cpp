// terms/roles: role words in the body are the roles the parties block defines.
#include <algorithm>

#include "rules/checks/checks.hpp"
#include "rules/text_distance.hpp"

namespace convlint::rules::checks {

namespace {

class RolesCheck : public Check {
 public:
  // The words around « délégué » that tell a party's role from a participle or an office (lexicon concepts).
  explicit RolesCheck(const document::Lexicon& lexicon)
      : lexicon_(lexicon), as_noun_(lexicon.find("delegue_as_noun")), as_office_(lexicon.find("delegue_as_office")) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    const RoleBook& book = context.roles;
    for (const DefinedRole& role : book.defined()) {
      if (role.misspelt) misspelt(context, role.role->span, role.role->name, display(context, role.canonical), reporter);
    }
    if (book.defined().empty()) return;
    for (const auto& word : context.document().facts.role_words) {
      const std::string folded = singular(word.folded);
      if (folded.starts_with("delegue") && (!has(as_noun_, word.previous) || has(as_office_, word.next))) continue;
      judge(context, word, folded, reporter);
    }
  }

 private:
  static void judge(const CheckContext& context, const document::RoleWord& word, const std::string& folded, Reporter& reporter) {
    const RoleBook& book = context.roles;
    const auto spelt = book.canonical(folded);
    for (const DefinedRole& role : book.defined()) {
      // Another spelling of the same register role (« délégant » for « la partie délégante »).
      if (spelt && spelt->exact && !role.misspelt && role.kind && display(context, role.canonical) == spelt->role->name) return;
      const std::string defined = singular(role.folded);
      const std::string canonical = singular(role.canonical);
      if (folded == defined) {
        if (role.misspelt) misspelt(context, word.span, word.word, display(context, role.canonical), reporter);
        return;
      }
      // The canonical spelling of a defined role, or the base of a defined compound (« délégataire » for
      // « partenaire-délégataire »).
      if (folded == canonical || canonical.ends_with("-" + folded)) return;
    }
    const auto& match = spelt;
    // A canonical role no party holds at all: structure/parties reports the missing definition once.
    if (match && match->exact && book.parties_with(match->role->kind).empty()) return;
    if (match && !match->exact) {
      misspelt(context, word.span, word.word, nearest_defined(context, match->spelling), reporter);
      return;
    }
    reporter.report("undefined", word.span, {{"word", word.word}}, nearest_defined(context, folded));
  }

  // A misspelt role word, with the defined one in its place as safe fix.
  static void misspelt(const CheckContext& context, Span span, const std::string& word, const std::string& defined, Reporter& reporter) {
    std::optional<Fix> fix;
    if (!defined.empty()) fix = replacing(context.view.source().text, span, defined);
    reporter.report("misspelt", span, {{"word", word}}, defined, fix);
  }

  // The defined role closest to `folded`, as the parties block writes it (corrected when it is misspelt there).
  static std::string nearest_defined(const CheckContext& context, const std::string& folded) {
    const DefinedRole* best = nullptr;
    size_t best_distance = 0;
    for (const DefinedRole& role : context.roles.defined()) {
      const size_t distance = edit_distance(singular(role.canonical), folded);
      if (!best || distance < best_distance) {
        best = &role;
        best_distance = distance;
      }
    }
    if (best == nullptr) return {};
    return best->misspelt ? display(context, best->canonical) : best->role->name;
  }

  bool has(std::optional<ConceptId> concept_id, std::string_view word) const { return concept_id && lexicon_.has_word(*concept_id, word); }

  // The register's written form of a canonical spelling (« partenaire-delegataire » → « partenaire-délégataire »).
  static std::string display(const CheckContext& context, const std::string& spelling) {
    for (const KnownRole& role : context.catalog.roles) {
      for (const std::string& accepted : role.spellings) {
        if (accepted == spelling) return role.name;
      }
    }
    return spelling;
  }

  const document::Lexicon& lexicon_;
  std::optional<ConceptId> as_noun_, as_office_;
};

}  // namespace

std::unique_ptr<Check> make_roles(const RuleSpec&, const Catalog& catalog) { return std::make_unique<RolesCheck>(catalog.lexicon); }

}  // namespace convlint::rules::checks
