#pragma once
// How the header of an AE/CP schedule names its two columns, in folded text (lowercase, accent-free).

#include <string_view>

namespace convlint::document {

inline bool is_ae(std::string_view folded) {
  return folded == "ae" || folded.starts_with("ae ") || folded.starts_with("ae(") ||
         folded.find("autorisation") != std::string_view::npos;
}

inline bool is_cp(std::string_view folded) {
  return folded == "cp" || folded.starts_with("cp ") || folded.starts_with("cp(") ||
         folded.find("credits de paiement") != std::string_view::npos;
}

}  // namespace convlint::document
