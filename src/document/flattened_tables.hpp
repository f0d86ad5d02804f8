#pragma once
// AE/CP schedules whose columns a conversion flattened to single spaces (a PDF viewer's copy and paste, `pandoc -t
// plain` of tab-separated text): a header line naming the AE and CP columns, then lines of a year (or « Total ») and
// two amounts, each amount closed by its currency or its cents, so that where one ends is certain.

#include <string_view>
#include <vector>

#include "lines.hpp"

namespace convlint::document {

// Turns such header and rows among the text lines of `lines` into table rows with their cells.
void mark_flattened_schedules(std::string_view text, std::vector<grammar::ParsedLine>& lines);

// « 2026 2027 Total » over « AE 2 400 000 € 0 € 2 400 000 € » and « CP … »: a schedule laid out the other way (years
// heading the columns) whose cells a conversion flattened, or set at tab stops that do not match the header's.
void mark_flattened_transposed_schedules(std::string_view text, std::vector<grammar::ParsedLine>& lines);

}  // namespace convlint::document
