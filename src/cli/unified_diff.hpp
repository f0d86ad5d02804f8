#pragma once

#include <string>
#include <string_view>

namespace convlint::cli {

// The changes from `before` to `after` as `diff -u` writes them (three lines of context, « --- PATH » and
// « +++ PATH » headers, so that `patch -p0` applies them from where convlint ran); empty when nothing changed.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace convlint::cli
