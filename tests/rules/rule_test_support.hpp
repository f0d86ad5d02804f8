#pragma once
// Helpers for rule tests: a clean convention, edits of it, and where a piece of text stands in it.

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rules/engine.hpp"
#include "test_support.hpp"

namespace convlint::testing {

// A complete, well-formed convention: no rule fires on it (checked by RuleFixture.CleanConventionHasNoFinding).
const std::string& clean_convention();

// A delegation of acts that manages no credit (leave, part-time work…), its article 3 holding `modification`.
std::string delegation_of_acts_only(const std::string& modification);

// `text` with the first `from` replaced by `to` (the test fails if `from` is absent).
std::string with(std::string text, const std::string& from, const std::string& to);

// 1-based line and code-point column where `needle` starts in `text` (its `occurrence`-th appearance, from 1).
source::Position position_in(const std::string& text, const std::string& needle, int occurrence = 1);

struct LintedText {
  Parsed parsed;
  std::vector<rules::Finding> findings;

  std::vector<rules::Finding> of(const std::string& rule) const {
    std::vector<rules::Finding> selected;
    for (const auto& finding : findings) {
      if (finding.rule == rule) selected.push_back(finding);
    }
    return selected;
  }
  source::Position position(const rules::Finding& finding) const { return parsed.position(finding.span); }
};

// Lints `text` with every rule of the built-in catalog (profile `signed` unless said otherwise).
LintedText lint_parsed(Parsed parsed, const std::string& profile = "signed", Language language = Language::fr);

LintedText lint_text(const std::string& text, const std::string& profile = "signed", Language language = Language::fr);

// `text` linted as if OCR had read it, all of it, from page 1 of a scan, with a mean confidence of `confidence` %.
LintedText lint_scanned_text(const std::string& text, float confidence = 85);

// Asserts that `rule` reports exactly `count` findings and that the first is at `expected` with `severity`.
void expect_finding(const LintedText& linted, const std::string& rule, rules::Severity severity, source::Position expected,
                           size_t count = 1);

void expect_none(const LintedText& linted, const std::string& rule);

}  // namespace convlint::testing
