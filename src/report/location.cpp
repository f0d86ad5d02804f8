#include "report/location.hpp"

namespace convlint::report {

nlohmann::ordered_json location_json(const source::SourceText& source, Span span) {
  const source::Position begin = source.position(span.begin);
  const source::Position end = source.position(std::max(span.begin, span.end));
  return {{"line", begin.line}, {"column", begin.column}, {"end_line", end.line}, {"end_column", end.column}};
}

}  // namespace convlint::report
