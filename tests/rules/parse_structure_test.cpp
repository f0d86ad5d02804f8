#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "parse/structure";

TEST(Rule_parse_structure, AcceptsAWellFormedConvention) { expect_none(lint_text(clean_convention()), rule); }

}  // namespace
}  // namespace convlint::testing
