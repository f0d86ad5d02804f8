#pragma once
// How an AE/CP schedule names its two columns (in folded text: lowercase, accent-free) and its rows.

#include <algorithm>
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

// What a schedule's row starts with: a year (four digits) or a word without digits (« Total »).
inline bool is_row_label(std::string_view label) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return (label.size() == 4 && std::all_of(label.begin(), label.end(), digit)) || std::none_of(label.begin(), label.end(), digit);
}

// A cell left empty on purpose: a dash alone (« — », « – », « - », and « --- », « -- » as markdown writes them).
inline bool is_dash_cell(std::string_view cell) {
  return cell == "-" || cell == "--" || cell == "---" || cell == "\u2013" || cell == "\u2014";
}

}  // namespace convlint::document
