#include "rules/registry.hpp"

#include "rules/checks/checks.hpp"

namespace convlint::rules {

namespace {

constexpr BuiltinCheck checks_list[] = {
    {"parties", checks::make_parties},
    {"representative", checks::make_representative},
    {"article-numbering", checks::make_article_numbering},
    {"required-clauses", checks::make_required_clauses},
    {"cross-reference", checks::make_cross_reference},
    {"footnotes", checks::make_footnotes},
    {"visa-text", checks::make_visa_text},
    {"reference", checks::make_reference},
    {"preavis", checks::make_preavis},
    {"schedule", checks::make_schedule},
    {"ae-cp", checks::make_ae_cp},
    {"amounts", checks::make_amounts},
    {"schedule-years", checks::make_schedule_years},
    {"chorus", checks::make_chorus},
    {"programme", checks::make_programme},
    {"roles", checks::make_roles},
    {"valid-dates", checks::make_valid_dates},
    {"term", checks::make_term},
    {"signature-date", checks::make_signature_date},
    {"signatories", checks::make_signatories},
    {"parse-structure", checks::make_parse_structure},
    {"parse-ocr", checks::make_parse_ocr},
    {"document-kind", checks::make_document_kind},
    {"amended-convention", checks::make_amended_convention},
    {"avenant-amounts", checks::make_avenant_amounts},
};

}  // namespace

std::span<const BuiltinCheck> builtin_checks() { return checks_list; }

bool is_builtin_check(std::string_view name) {
  for (const BuiltinCheck& check : checks_list) {
    if (check.name == name) return true;
  }
  return false;
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
