#pragma once
// Page furniture left in a text by the conversion of a paginated document: page numbers (« 3 », « - 3 - »,
// « Page 3 / 7 », « 3/7 ») and running headers or footers (the same short line on every page). They stand anywhere,
// between two rows of a table or two lines of a sentence, and read as page breaks.

#include <string_view>
#include <vector>

#include "lines.hpp"

namespace convlint::document {

// Turns the page furniture lines of `lines` into page breaks.
void mark_page_furniture(std::string_view text, std::vector<grammar::ParsedLine>& lines);

}  // namespace convlint::document
