#pragma once

#include "document/document.hpp"

namespace convlint::document {

// Extracts every typed fact (legal references, amounts, dates, durations, schedule, Chorus blocks, term, role
// words) from the built document, once, into `document.facts`; also fills visa references and the signature date.
void extract_facts(Document& document);

}  // namespace convlint::document
