// finance/chorus: Chorus references are present, filled in and well-formed, block by block.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using document::ChorusBlock;
using document::ChorusField;

bool digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}
bool alnum_upper(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos;
}

// The code itself: the first word of the value (« 010501A61404 (domaine action diplomatique) » → 010501A61404).
std::string_view code_of(std::string_view value) { return value.substr(0, value.find_first_of(" \t(")); }

bool valid_domaine(std::string_view code) {  // PPPP-AA[-SS]
  return (code.size() == 7 || code.size() == 10) && digits(code.substr(0, 4)) && code[4] == '-' && digits(code.substr(5, 2)) &&
         (code.size() == 7 || (code[7] == '-' && digits(code.substr(8, 2))));
}
bool valid_centre_financier(std::string_view code) {  // PPPP-XXXX-XXXX
  return code.size() == 14 && digits(code.substr(0, 4)) && code[4] == '-' && alnum_upper(code.substr(5, 4)) && code[9] == '-' &&
         alnum_upper(code.substr(10, 4));
}
bool valid_activite(std::string_view code) {  // 12 characters, PPPP first
  return code.size() == 12 && digits(code.substr(0, 4)) && alnum_upper(code);
}

// « 0212-CDAF-C0001 » for « 0212-CDAF-C001 »: OCR read one character twice; the code is valid without the repeat.
bool valid_but_for_a_doubled_character(std::string_view code, bool (*valid)(std::string_view)) {
  for (size_t at = 0; at + 1 < code.size(); ++at) {
    if (code[at] != code[at + 1]) continue;
    std::string once(code);
    once.erase(at, 1);
    if (valid(once)) return true;
  }
  return false;
}

class ChorusCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    if (!context.view.credits_delegated()) return;
    const auto& blocks = context.document().facts.chorus;
    if (blocks.empty()) {
      // An avenant restates only what it changes: the convention's imputation stands unless it gives a new one.
      if (context.document().kind != document::DocumentKind::avenant) reporter.report("missing_block", context.clauses.anchor({"financial"}));
      return;
    }
    for (const ChorusBlock& block : blocks) {
      const std::string label = chorus_label(block);
      const bool ocr = context.view.read_by_ocr(block.span);
      check_field(block, block.domaine_fonctionnel, "domaine fonctionnel", "PPPP-AA[-SS]", valid_domaine, label, ocr, reporter);
      check_field(block, block.centre_financier, "centre financier", "PPPP-XXXX-XXXX", valid_centre_financier, label, ocr, reporter);
      check_field(block, block.activite, "activité", "PPPPXXXXXXXX", valid_activite, label, ocr, reporter);
      check_field(block, block.centre_de_cout, "centre de coût", "", nullptr, label, ocr, reporter);
    }
  }

 private:
  static void check_field(const ChorusBlock& block, const std::optional<ChorusField>& field, const std::string& name,
                          const std::string& form, bool (*valid)(std::string_view), const std::string& label, bool ocr,
                          Reporter& reporter) {
    if (!field) {
      reporter.report("missing_field", block.span, {{"label", label}, {"field", name}});
      return;
    }
    if (field->value.empty()) {
      reporter.report("empty_field", field->label_span, {{"label", label}, {"field", name}});
      return;
    }
    if (valid == nullptr || valid(code_of(field->value))) return;
    if (ocr && valid_but_for_a_doubled_character(code_of(field->value), valid)) return;  // a scan's misreading
    reporter.report("bad_form", field->value_span, {{"label", label}, {"field", name}, {"value", field->value}, {"form", form}});
  }
};

}  // namespace

std::unique_ptr<Check> make_chorus(const RuleSpec&, const Catalog&) { return std::make_unique<ChorusCheck>(); }

}  // namespace convlint::rules::checks
