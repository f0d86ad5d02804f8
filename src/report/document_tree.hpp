#pragma once

#include <string>

#include "document/document.hpp"

namespace convlint::report {

// A readable outline of the document, as `convlint parse --format tree` prints it.
std::string document_tree(const document::Document& document);

}  // namespace convlint::report
