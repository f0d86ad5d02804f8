#pragma once
// Tables aligned with spaces, as `pdftotext -layout` and plain-text exports write them: lines whose words stand in
// columns three or more spaces apart, a column of one line at the place of a column of the line above or below.

#include <string_view>
#include <vector>

#include "lines.hpp"

namespace convlint::document {

// Turns the text lines of `lines` that are rows of a space-aligned table into table rows, with their cells.
void mark_aligned_tables(std::string_view text, std::vector<grammar::ParsedLine>& lines);

}  // namespace convlint::document
