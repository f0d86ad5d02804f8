#include "base/ui_text.hpp"
#include "report/location.hpp"

#include <cmath>

namespace convlint::report {

nlohmann::ordered_json location_json(const source::SourceText& source, Span span) {
  const source::Position begin = source.position(span.begin);
  const source::Position end = source.position(std::max(span.begin, span.end));
  nlohmann::ordered_json where = {{"line", begin.line}, {"column", begin.column}, {"end_line", end.line}, {"end_column", end.column}};
  if (const auto origin = origin_of(source, span)) where[origin->kind] = origin->number;
  const source::LineBox* box = source.box(source.lines.line_index(span.begin) + 1);
  if (box != nullptr && box->right > box->left) {
    auto rounded = [](float value) { return std::round(static_cast<double>(value) * 10) / 10; };
    where["bbox"] = {rounded(box->left), rounded(box->top), rounded(box->right), rounded(box->bottom)};
    if (const float confidence = source.ocr_confidence(span); confidence >= 0) where["ocr_confidence"] = std::lround(confidence);
  }
  return where;
}

nlohmann::ordered_json fix_json(const source::SourceText& source, const rules::Fix& fix) {
  const source::Position begin = source.position(fix.span.begin);
  const source::Position end = source.position(std::max(fix.span.begin, fix.span.end));
  return {{"line", begin.line},          {"column", begin.column},          {"end_line", end.line},
          {"end_column", end.column},    {"replacement", fix.replacement}, {"own_paragraph", fix.own_paragraph}};
}

std::string describe_fix(const source::SourceText& source, const rules::Fix& fix, Language language) {
  if (fix.own_paragraph) {
    const std::string line = std::to_string(source.position(fix.span.begin).line);
    return ui_format(language, "location.insert_after_line", {{"line", line}, {"text", fix.replacement}});
  }
  const std::string_view text = source.text;
  const std::string old = fix.span.end <= text.size() && fix.span.begin <= fix.span.end
                              ? std::string(text.substr(fix.span.begin, fix.span.size())) : std::string();
  if (old.empty()) return ui_format(language, "location.insert", {{"text", fix.replacement}});
  return "« " + old + " » → « " + fix.replacement + " »";
}

std::optional<Origin> origin_of(const source::SourceText& source, Span span) {
  const uint32_t number = source.origin(source.lines.line_index(span.begin) + 1);
  if (number == 0) return std::nullopt;
  const uint32_t line = source.lines.line_index(span.begin) + 1;
  const source::LineBox* box = source.box(line);
  const bool pages = source.format == source::DocumentFormat::pdf || source.format == source::DocumentFormat::image;
  return Origin{pages ? "page" : "paragraph", number, box != nullptr ? source.ocr_confidence(span) : -1.0f,
                source.format == source::DocumentFormat::odt ? "OpenDocument" : "Word"};
}

std::string Origin::describe(Language language) const {
  const std::string n = std::to_string(number);
  if (std::string_view(kind) == "page") {
    std::string where = language == Language::fr ? "page " + n + " du PDF" : "page " + n + " of the PDF";
    if (ocr_confidence >= 0)
      where += language == Language::fr ? ", lue par OCR (confiance " + std::to_string(std::lround(ocr_confidence)) + " %)"
                                        : ", read by OCR (confidence " + std::to_string(std::lround(ocr_confidence)) + " %)";
    return where;
  }
  return language == Language::fr ? "paragraphe " + n + " du document " + program : "paragraph " + n + " of the " + program + " document";
}

}  // namespace convlint::report
