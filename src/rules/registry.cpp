#include "rules/registry.hpp"

#include "rules/catalog.hpp"
#include "rules/checks/checks.hpp"

namespace convlint::rules {

// Each built-in check: its name in the rule files, its factory (defined in checks/NAME.cpp) and the message keys it
// reports (which every rule running it must give). This list is the one place a new check is named.
#define CONVLINT_BUILTIN_CHECKS(CHECK) \
  CHECK("parties", make_parties, "missing_role", "no_parties") \
  CHECK("representative", make_representative, "missing") \
  CHECK("article-numbering", make_article_numbering, "unexpected", "unreadable") \
  CHECK("required-clauses", make_required_clauses, "no_delegant_obligations", "no_delegataire_obligations", "no_financial", "no_purpose", "no_report") \
  CHECK("cross-reference", make_cross_reference, "no_annex", "no_article", "subject_missing") \
  CHECK("footnotes", make_footnotes, "no_text", "unreferenced") \
  CHECK("visa-text", make_visa_text, "missing") \
  CHECK("reference", make_reference, "wrong_date", "wrong_number", "year_mismatch") \
  CHECK("preavis", make_preavis, "missing", "wrong") \
  CHECK("schedule", make_schedule, "missing", "unreadable") \
  CHECK("ae-cp", make_ae_cp, "cp_exceeds", "totals_differ") \
  CHECK("amounts", make_amounts, "mismatch", "mismatch_after_deduction") \
  CHECK("schedule-years", make_schedule_years, "after_end", "year_not_in_schedule") \
  CHECK("chorus", make_chorus, "bad_form", "empty_field", "missing_block", "missing_field") \
  CHECK("programme", make_programme, "inconsistent", "prose_programme", "prose_uo") \
  CHECK("roles", make_roles, "misspelt", "undefined") \
  CHECK("valid-dates", make_valid_dates, "invalid") \
  CHECK("term", make_term, "end_before_signature", "end_before_start", "no_end", "no_start", "settlement_without_default") \
  CHECK("signature-date", make_signature_date, "no_date", "no_line") \
  CHECK("signatories", make_signatories, "missing") \
  CHECK("parse-structure", make_parse_structure, "replaced_bytes", "unplaced") \
  CHECK("parse-ocr", make_parse_ocr, "low_confidence") \
  CHECK("document-kind", make_document_kind, "other") \
  CHECK("amended-convention", make_amended_convention, "missing", "no_date") \
  CHECK("avenant-amounts", make_avenant_amounts, "change_mismatch", "schedule_mismatch")

#define CONVLINT_DECLARE_FACTORY(name, factory, ...) std::unique_ptr<Check> factory(const RuleSpec& rule, const Catalog& catalog);
#define CONVLINT_LIST_ENTRY(name, factory, ...) {name, checks::factory, {__VA_ARGS__}},

namespace checks {
CONVLINT_BUILTIN_CHECKS(CONVLINT_DECLARE_FACTORY)
}  // namespace checks

namespace {

constexpr BuiltinCheck checks_list[] = {CONVLINT_BUILTIN_CHECKS(CONVLINT_LIST_ENTRY)};

}  // namespace

std::span<const BuiltinCheck> builtin_checks() { return checks_list; }

bool is_builtin_check(std::string_view name) {
  for (const BuiltinCheck& check : checks_list) {
    if (check.name == name) return true;
  }
  return false;
}

std::optional<LoadError> check_messages(const Catalog& catalog) {
  for (const RuleSpec& rule : catalog.rules) {
    for (const BuiltinCheck& check : checks_list) {
      if (check.name != rule.check) continue;
      for (const std::string_view key : check.messages) {
        if (key.empty() || rule.messages.count(std::string(key))) continue;
        return LoadError{rule.file, rule.line, ui_localized("catalog.rule_message_is_missing_check", {{"id", rule.id}, {"key", key}, {"check", rule.check}})};
      }
    }
  }
  return std::nullopt;
}

std::unique_ptr<Check> make_check(const RuleSpec& rule, const Catalog& catalog) {
  if (rule.pattern) return checks::make_pattern(rule, catalog);
  if (rule.clause) return checks::make_clause(rule, catalog);
  for (const BuiltinCheck& check : checks_list) {
    if (check.name == rule.check) return check.make(rule, catalog);
  }
  return nullptr;
}

}  // namespace convlint::rules
