// finance/programme: one programme per Chorus block, and the programme and UO the prose names are the Chorus ones.
#include <fmt/format.h>

#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using document::ChorusBlock;
using document::CodeMention;

// The programme a code starts with (« 0352-CFSE-CFIN » → "0352"), or empty.
std::string programme_of(const std::optional<document::ChorusField>& field) {
  if (!field || field->value.size() < 4) return {};
  const std::string_view head = std::string_view(field->value).substr(0, 4);
  return head.find_first_not_of("0123456789") == std::string_view::npos ? std::string(head) : std::string();
}

std::string padded(const std::string& number) { return number.size() >= 4 ? number : std::string(4 - number.size(), '0') + number; }

class ProgrammeCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& facts = context.document().facts;
    if (facts.chorus.empty()) return;
    std::vector<std::string> programmes;
    for (const ChorusBlock& block : facts.chorus) {
      const std::string expected = expected_programme(block);
      if (expected.empty()) continue;
      programmes.push_back(expected);
      const std::string label = chorus_label(block);
      for (const auto& [field, name] : {std::pair{&block.domaine_fonctionnel, "domaine fonctionnel"},
                                        std::pair{&block.centre_financier, "centre financier"},
                                        std::pair{&block.activite, "activité"}}) {
        const std::string found = programme_of(*field);
        if (!found.empty() && found != expected)
          reporter.report("inconsistent", (*field)->value_span,
                          {{"label", label}, {"field", name}, {"found", found}, {"expected", expected}});
      }
    }
    if (programmes.empty()) return;
    std::string known;
    for (const ChorusBlock& block : facts.chorus) {
      if (block.centre_financier && !block.centre_financier->value.empty())
        known += (known.empty() ? "" : ", ") + block.centre_financier->value;
    }
    for (const CodeMention& code : facts.codes) {
      if (code.kind == CodeMention::Kind::programme) {
        const std::string number = padded(code.value);
        if (std::find(programmes.begin(), programmes.end(), number) == programmes.end())
          reporter.report("prose_programme", code.span, {{"found", code.value}, {"expected", programmes.front()}});
      } else if (known.find(code.value) == std::string::npos && !known.empty()) {
        reporter.report("prose_uo", code.span, {{"code", code.value}, {"known", known}});
      }
    }
  }

 private:
  // The programme written in the block (« Programme 214 »), else the one most of its codes carry (the domaine
  // fonctionnel's on a tie).
  static std::string expected_programme(const ChorusBlock& block) {
    if (block.programme) return fmt::format("{:04}", *block.programme);
    std::vector<std::string> found;
    for (const auto* field : {&block.domaine_fonctionnel, &block.centre_financier, &block.activite}) {
      if (auto programme = programme_of(*field); !programme.empty()) found.push_back(programme);
    }
    std::string best;
    long best_count = 0;
    for (const std::string& programme : found) {
      const long count = std::count(found.begin(), found.end(), programme);
      if (count > best_count) {
        best = programme;
        best_count = count;
      }
    }
    return best;
  }
};

}  // namespace

std::unique_ptr<Check> make_programme(const RuleSpec&, const Catalog&) { return std::make_unique<ProgrammeCheck>(); }

}  // namespace convlint::rules::checks
