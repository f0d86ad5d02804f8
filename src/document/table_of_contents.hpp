#pragma once
// A table of contents before the articles (« Article 1er – Objet ........ 2 », « Article 2 – Durée⇥3 »): its entries
// name the articles but are not them.

#include <string_view>
#include <vector>

#include "document/lexicon.hpp"
#include "lines.hpp"

namespace convlint::document {

// Blanks the entries of a table of contents among `lines`: a run of two or more article headings or other entries,
// each ending with a page number (after a tab, a dot leader or a space) and nothing else between them, when a later
// article heading repeats the number of the run's first one. The line above the entries goes too when `lexicon`
// says it is the table's heading (« SOMMAIRE »).
void mark_table_of_contents(std::string_view text, std::vector<grammar::ParsedLine>& lines, const Lexicon* lexicon);

}  // namespace convlint::document
