#include "document/facts_extraction.hpp"

namespace convlint::document {

void extract_facts(Document&) {}

}  // namespace convlint::document
