#include "rules/registry.hpp"

#include "rules/catalog.hpp"
#include "rules/checks/checks.hpp"

namespace convlint::rules {

namespace {

constexpr BuiltinCheck checks_list[] = {
    {"parties", checks::make_parties, {"missing_role", "no_parties"}},
    {"representative", checks::make_representative, {"missing"}},
    {"article-numbering", checks::make_article_numbering, {"unexpected", "unreadable"}},
    {"required-clauses", checks::make_required_clauses, {"no_delegant_obligations", "no_delegataire_obligations", "no_financial", "no_purpose", "no_report"}},
    {"cross-reference", checks::make_cross_reference, {"no_annex", "no_article", "subject_missing"}},
    {"footnotes", checks::make_footnotes, {"no_text", "unreferenced"}},
    {"visa-text", checks::make_visa_text, {"missing"}},
    {"reference", checks::make_reference, {"wrong_date", "wrong_number", "year_mismatch"}},
    {"preavis", checks::make_preavis, {"missing", "wrong"}},
    {"schedule", checks::make_schedule, {"missing", "unreadable"}},
    {"ae-cp", checks::make_ae_cp, {"cp_exceeds", "totals_differ"}},
    {"amounts", checks::make_amounts, {"mismatch", "mismatch_after_deduction"}},
    {"schedule-years", checks::make_schedule_years, {"after_end", "year_not_in_schedule"}},
    {"chorus", checks::make_chorus, {"bad_form", "empty_field", "missing_block", "missing_field"}},
    {"programme", checks::make_programme, {"inconsistent", "prose_programme", "prose_uo"}},
    {"roles", checks::make_roles, {"misspelt", "undefined"}},
    {"valid-dates", checks::make_valid_dates, {"invalid"}},
    {"term", checks::make_term, {"end_before_signature", "end_before_start", "no_end", "no_start", "settlement_without_default"}},
    {"signature-date", checks::make_signature_date, {"no_date", "no_line"}},
    {"signatories", checks::make_signatories, {"missing"}},
    {"parse-structure", checks::make_parse_structure, {"replaced_bytes", "unplaced"}},
    {"parse-ocr", checks::make_parse_ocr, {"low_confidence"}},
    {"document-kind", checks::make_document_kind, {"other"}},
    {"amended-convention", checks::make_amended_convention, {"missing", "no_date"}},
    {"avenant-amounts", checks::make_avenant_amounts, {"change_mismatch", "schedule_mismatch"}},
};

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
