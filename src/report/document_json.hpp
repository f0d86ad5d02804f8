#pragma once

#include <nlohmann/json.hpp>

#include "document/document.hpp"

namespace convlint::report {

// The whole document tree with its facts, as `convlint parse --format json` prints it (documented in README).
nlohmann::ordered_json document_json(const document::Document& document);

// The facts alone (the "facts" member of document_json).
nlohmann::ordered_json facts_json(const document::Document& document);

}  // namespace convlint::report
