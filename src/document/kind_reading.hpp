#pragma once

#include "document/document.hpp"
#include "document/lexicon.hpp"

namespace convlint::document {

// What the built document is (its facts and sentences read): an avenant when its title names one as what the text
// is, another agreement when it has a title or parties and nothing in it names a délégation de gestion, a convention
// otherwise.
DocumentKind read_kind(const Document& document, const Lexicon& lexicon);

}  // namespace convlint::document
