#pragma once

#include <string>

#include "base/language.hpp"
#include "report/overview.hpp"

namespace convlint::report {

// The overview section of an HTML report: each tally as a chart with its table beside it.
std::string overview_html(const Overview& overview, Language language);

// Cents as euros with grouped thousands: « 1 234 567,89 € » (fr), « 1,234,567.89 € » (en); whole euros without
// their cents.
std::string euros_shown(int64_t cents, Language language);

}  // namespace convlint::report
