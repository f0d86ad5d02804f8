#pragma once
// What a built-in check sees and how it reports.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rules/catalog.hpp"
#include "rules/clause_reader.hpp"
#include "rules/document_view.hpp"
#include "rules/finding.hpp"
#include "rules/required_patterns.hpp"
#include "rules/role_book.hpp"

namespace convlint::rules {

using Args = std::vector<std::pair<std::string, std::string>>;

struct CheckContext {
  const DocumentView& view;
  const Catalog& catalog;
  const RoleBook& roles;
  const RequiredPatterns::Found& required_patterns;
  const ClauseReader& clauses;
  const document::Document& document() const { return view.document(); }
};

// Turns a check's report (message key, place, arguments) into a finding in the run's language.
class Reporter {
 public:
  // `configured`: the severity the configuration sets for the rule, which then applies to all its messages.
  // `text`: the text the spans point into, where a safe fix is read.
  Reporter(const RuleSpec& rule, std::optional<Severity> configured, Language language, std::string_view text, std::vector<Finding>& out)
      : rule_(rule), configured_(configured), language_(language), text_(text), out_(out) {}

  // `fix`: the safe fix, kept only when the rule's `fix:` names `message`; without one, a message whose YAML gives a
  // suggestion has that suggestion in the place of `span` (see replacing()).
  void report(std::string_view message, Span span, const Args& args = {}, std::optional<std::string> suggestion = {},
              std::optional<Fix> fix = {});
  Language language() const { return language_; }

 private:
  const RuleSpec& rule_;
  std::optional<Severity> configured_;
  Language language_;
  std::string_view text_;
  std::vector<Finding>& out_;
};

// A built-in check: reads the document's facts and reports findings. Nothing else.
class Check {
 public:
  virtual ~Check() = default;
  virtual void check(const CheckContext& context, Reporter& reporter) const = 0;
};

// The fix that puts `replacement` in the place of the words of `text` at `span`, written as they are: a capital
// first letter or all capitals kept, and an elided « d' » or « qu' » before them spelt out when `replacement` starts
// with a consonant (« préavis d'un mois » → « préavis de trois mois »).
Fix replacing(std::string_view text, Span span, std::string replacement);

// A parameter of a built-in check from its rule file (`params:`), or `fallback`.
std::string param(const RuleSpec& rule, const std::string& key, std::string fallback = {});

// « (Pour la DGALN) » for a labelled Chorus block, "" for a plain « Références Chorus » block; for messages.
std::string chorus_label(const document::ChorusBlock& block);

// Formats an amount in cents the French way: « 150 000 € », « 1 250,50 € ».
std::string format_euros(int64_t cents);

}  // namespace convlint::rules
