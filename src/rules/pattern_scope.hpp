#pragma once
// Where a declarative rule's patterns apply: the spans of its scope, and the folded-regex compilation they share.

#include <re2/re2.h>

#include <memory>
#include <vector>

#include "document/document.hpp"
#include "rules/rule_spec.hpp"

namespace convlint::rules {

// How every declarative pattern is compiled: bounded memory, errors not logged (the catalog loader reports them).
RE2::Options pattern_options();
std::unique_ptr<RE2> compile_pattern(const std::string& regex);

// The source spans `pattern` applies to in `document`; `title`, when given, keeps the articles whose folded title
// it matches.
std::vector<Span> pattern_scope(const PatternSpec& pattern, const RE2* title, const document::Document& document);

}  // namespace convlint::rules
