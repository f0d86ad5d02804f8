#include "rule_test_support.hpp"
#include "rules/text_distance.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "terms/roles";

TEST(Rule_terms_roles, BoundedEditDistanceAgreesWithTheFullOneWithinItsLimit) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"delegataire", "delegataire"}, {"delegataire", "delegatiare"}, {"delegataire", "deleataire"},
      {"delegant", "delegataire"},    {"delegant", "delegue"},         {"partenaire-delegataire", "partenaire-deleataire"},
      {"delegant", ""},               {"", "delegant"},                {"delegant", "tnageled"}};
  for (const auto& [a, b] : pairs) {
    const size_t full = rules::edit_distance(a, b);
    for (size_t limit = 0; limit <= 4; ++limit) {
      const size_t bounded = rules::edit_distance(a, b, limit);
      if (full <= limit) EXPECT_EQ(bounded, full) << a << " / " << b << " limit " << limit;
      else EXPECT_GT(bounded, limit) << a << " / " << b << " limit " << limit;
    }
  }
}

}  // namespace
}  // namespace convlint::testing
