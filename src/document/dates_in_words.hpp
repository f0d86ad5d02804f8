#pragma once

#include <vector>

#include "document/document.hpp"

namespace convlint::document {

// Dates written in words, as notarial drafting writes them (« le premier janvier deux mille vingt-six », « trente et
// un décembre deux mille vingt-six »), appended to `dates` (unsorted). Only a document that says « deux mille » is
// read word by word.
void add_dates_in_words(const Document& document, std::vector<Date>& dates);

}  // namespace convlint::document
