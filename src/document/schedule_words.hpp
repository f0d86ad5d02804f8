#pragma once
// How an AE/CP schedule names its two columns (in folded text: lowercase, accent-free) and its rows.

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "document/text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

// A header cell folded, without a footnote mark (« CP³ », or « CP3 » as OCR reads it) or markdown, to be read.
inline std::string header_word(std::string_view cell) {
  std::string folded = source::fold(trim_decorations(cell));
  while (!folded.empty() && static_cast<unsigned char>(folded.back()) >= 0x80) folded.pop_back();
  const size_t digits = folded.size() - std::min(folded.size(), folded.find_last_not_of("0123456789") + 1);
  if (digits >= 1 && digits <= 2 && folded.size() > digits && std::isalpha(static_cast<unsigned char>(folded[folded.size() - digits - 1])))
    folded.resize(folded.size() - digits);
  return folded;
}

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
