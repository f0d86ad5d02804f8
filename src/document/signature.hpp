#pragma once

#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "lines.hpp"

namespace convlint::document {

// Reads the signature block: the « Fait à …, le … » line, then the signatories below it (one per group of lines or
// per table cell) and the digital-signature stamps.
Signature read_signature(std::string_view source, const grammar::ParsedLine& place_line,
                         const std::vector<const grammar::ParsedLine*>& below);

// « Le délégant, », « Pour la délégataire », « Pour la DINUM, Julien Martel »: the line that opens a signatory's block
// by naming the party it signs for.
bool opens_signatory(std::string_view text);

}  // namespace convlint::document
