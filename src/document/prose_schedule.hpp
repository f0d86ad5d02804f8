#pragma once
// Credits of a single year stated in prose instead of a table: « Les crédits délégués pour l'année 2025 s'élèvent à :
// – 150 000 € en autorisations d'engagement ; – 150 000 € en crédits de paiement. »

#include <optional>

#include "document/document.hpp"

namespace convlint::document {

// The schedule of one row that an article's paragraph (with the list items under it) states: one year, one amount
// said to be AE and one said to be CP (or one amount said to be both); nullopt when any of these is missing or
// doubled.
std::optional<Schedule> prose_schedule(const Document& document);

}  // namespace convlint::document
