#pragma once
// Factories of the built-in checks, one file each in this folder.

#include <memory>

#include "rules/check.hpp"

namespace convlint::rules::checks {

std::unique_ptr<Check> make_parties(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_representative(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_article_numbering(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_required_clauses(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_cross_reference(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_footnotes(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_visa_text(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_reference(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_preavis(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_schedule(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_ae_cp(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_amounts(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_schedule_years(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_chorus(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_programme(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_roles(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_valid_dates(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_term(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_signature_date(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_signatories(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_parse_structure(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_parse_ocr(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_document_kind(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_amended_convention(const RuleSpec& rule, const Catalog& catalog);
std::unique_ptr<Check> make_avenant_amounts(const RuleSpec& rule, const Catalog& catalog);
std::unique_ptr<Check> make_pattern(const RuleSpec& rule, const Catalog&);
std::unique_ptr<Check> make_clause(const RuleSpec& rule, const Catalog& catalog);

}  // namespace convlint::rules::checks
