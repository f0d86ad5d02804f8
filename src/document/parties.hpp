#pragma once

#include <string_view>
#include <vector>

#include "document/document.hpp"

namespace convlint::document {

// Reads one party from its lines in the parties block: name (first line), address (« Adresse : »), representative
// (« Représenté(e)(s) par … ») and the roles it is given (« Ci-après dénommé(e) « le délégant » ou « la DINUM » »,
// « désigné(e) sous le terme de « délégataire » »).
Party read_party(std::string_view source, const std::vector<Span>& lines);

// Where a role label that opens `line` ends (« Le délégant : », « DÉLÉGATAIRE » alone on its line), after the colon
// and spaces: a party introduced by its role; 0 when `line` opens with none.
size_t role_label_end(std::string_view line);

// The quoted role names after a defining phrase in `text` (« ci-après … », « dénommé … », « désigné … »).
std::vector<Role> read_roles(const Text& text);

}  // namespace convlint::document
