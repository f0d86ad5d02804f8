#pragma once
// What a text is: a convention de délégation de gestion, an avenant that amends one, or another agreement (a
// subsidy, a partnership) to which the décret's rules do not apply.

#include <optional>
#include <string_view>

namespace convlint::document {

enum class DocumentKind : unsigned char { convention, avenant, other };

constexpr std::string_view kind_names[] = {"convention", "avenant", "other"};
constexpr std::string_view kind_name(DocumentKind kind) { return kind_names[static_cast<size_t>(kind)]; }
constexpr unsigned kind_bit(DocumentKind kind) { return 1u << static_cast<unsigned>(kind); }

inline std::optional<DocumentKind> kind_named(std::string_view name) {
  for (size_t i = 0; i < std::size(kind_names); ++i) {
    if (kind_names[i] == name) return static_cast<DocumentKind>(i);
  }
  return std::nullopt;
}

}  // namespace convlint::document
