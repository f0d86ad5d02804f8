#include "rules/text_distance.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace convlint::rules {

size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  const size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    size_t row_minimum = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_minimum = std::min(row_minimum, row[j]);
    }
    if (row_minimum > limit) return limit + 1;
  }
  return row[b.size()];
}

size_t edit_distance(std::string_view a, std::string_view b) { return edit_distance(a, b, std::numeric_limits<size_t>::max()); }

}  // namespace convlint::rules
