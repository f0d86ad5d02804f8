#pragma once

#include <nlohmann/json.hpp>

#include "source/source_text.hpp"
#include "source/span.hpp"

namespace convlint::report {

// {"line", "column", "end_line", "end_column"} of `span` in the original file: 1-based, columns in code points, the
// end exclusive (the column just after the last character), as ruff and SARIF report it.
nlohmann::ordered_json location_json(const source::SourceText& source, Span span);

}  // namespace convlint::report
