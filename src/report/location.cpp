#include "report/location.hpp"

namespace convlint::report {

nlohmann::ordered_json location_json(const source::SourceText& source, Span span) {
  const source::Position begin = source.position(span.begin);
  const source::Position end = source.position(std::max(span.begin, span.end));
  nlohmann::ordered_json where = {{"line", begin.line}, {"column", begin.column}, {"end_line", end.line}, {"end_column", end.column}};
  if (const auto origin = origin_of(source, span)) where[origin->kind] = origin->number;
  return where;
}

std::optional<Origin> origin_of(const source::SourceText& source, Span span) {
  const uint32_t number = source.origin(source.lines.line_index(span.begin) + 1);
  if (number == 0) return std::nullopt;
  return Origin{source.format == source::DocumentFormat::pdf ? "page" : "paragraph", number};
}

std::string Origin::describe(Language language) const {
  const std::string n = std::to_string(number);
  if (std::string_view(kind) == "page") return language == Language::fr ? "page " + n + " du PDF" : "page " + n + " of the PDF";
  return language == Language::fr ? "paragraphe " + n + " du document Word" : "paragraph " + n + " of the Word document";
}

}  // namespace convlint::report
