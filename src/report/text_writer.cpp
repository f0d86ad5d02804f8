#include "report/text_writer.hpp"

#include "report/location.hpp"

#include <fmt/format.h>

#include "base/ui_text.hpp"
#include "source/line_map.hpp"

namespace convlint::report {

namespace {

constexpr size_t window = 110;  // code points of a long line shown around the finding

// Byte offset of code point `index` in `text` (or its size).
size_t byte_of(std::string_view text, size_t index) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (count == index) return i;
      ++count;
    }
  }
  return text.size();
}


}  // namespace

std::string TextWriter::paint(std::string_view text, std::string_view code) const {
  if (!color_) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

void TextWriter::write_excerpt(const source::SourceText& source, const rules::Finding& finding) {
  const uint32_t line_index = source.lines.line_index(finding.span.begin);
  const uint32_t line_start = source.lines.line_start(line_index);
  const std::string_view text = source.text;
  const size_t line_end = std::min(text.find('\n', line_start), text.size());
  const std::string_view line = text.substr(line_start, line_end - line_start);
  // Columns in the normalised line (what is printed), not the original ones.
  const size_t start = source::count_code_points(line.substr(0, finding.span.begin - line_start));
  const size_t stop_byte = std::min<size_t>(finding.span.end, line_end) - line_start;
  const size_t length = std::max<size_t>(1, source::count_code_points(line.substr(0, std::max(stop_byte, size_t(finding.span.begin - line_start)))) - start);
  const size_t total = source::count_code_points(line);
  const size_t first = total > window && start > 30 ? std::min(start - 30, total - std::min(total, window)) : 0;
  const size_t last = std::min(total, first + window);
  std::string shown(line.substr(byte_of(line, first), byte_of(line, last) - byte_of(line, first)));
  for (char& c : shown) if (c == '\t') c = ' ';
  const std::string number = std::to_string(source.position(finding.span.begin).line);
  const std::string gutter(number.size(), ' ');
  const std::string prefix = first > 0 ? "…" : "";
  out_ << fmt::format(" {} | {}{}{}\n", number, prefix, shown, last < total ? "…" : "");
  const size_t caret_at = start - first + (first > 0 ? 1 : 0);
  const size_t caret_length = std::min(length, last > start ? last - start : size_t(1));
  out_ << fmt::format(" {} | {}{}\n", gutter, std::string(caret_at, ' '), paint("^" + std::string(caret_length > 0 ? caret_length - 1 : 0, '~'), "1;32"));
}

void TextWriter::file(const FileResult& result) {
  if (result.error) {
    out_ << fmt::format("{}: {}: {}\n", paint(result.path, "1"), paint(ui_text(language_, "words.error"), "1;31"),
                        result.error->describe(language_));
    return;
  }
  for (const rules::Finding& finding : result.findings) {
    const source::Position at = result.source->position(finding.span.begin);
    const std::string_view colour = finding.severity == rules::Severity::error     ? "1;31"
                                    : finding.severity == rules::Severity::warning ? "1;33"
                                                                                   : "1;36";
    out_ << fmt::format("{}: {}: {} [{}]\n", paint(fmt::format("{}:{}:{}", result.path, at.line, at.column), "1"),
                        paint(severity_word(finding.severity, language_), colour), finding.message, finding.rule);
    write_excerpt(*result.source, finding);
    if (const auto origin = origin_of(*result.source, finding.span))
      out_ << fmt::format("{} {}\n", paint("note:", "1;36"), origin->describe(language_));
    if (!finding.basis.empty())
      out_ << fmt::format("{} {}{}\n", paint("note:", "1;36"), ui_text(language_, "text_writer.basis"), finding.basis);
    if (finding.suggestion)
      out_ << fmt::format("{} {}{}\n", paint("note:", "1;36"), ui_text(language_, "text_writer.suggestion"), *finding.suggestion);
    if (finding.fix)
      out_ << fmt::format("{} {}{}\n", paint("note:", "1;36"), ui_text(language_, "text_writer.safe_fix_fix"),
                          describe_fix(*result.source, *finding.fix, language_));
  }
}

void TextWriter::end(const Summary& summary) {
  // French takes the singular for 0 and 1 (« 0 erreur »), English only for 1 (« 0 errors »).
  auto count = [&](size_t n, std::string_view one, std::string_view many) {
    const bool plural = language_ == Language::fr ? n >= 2 : n != 1;
    return fmt::format("{} {}", n, ui_text(language_, plural ? many : one));
  };
  out_ << fmt::format("{}, {}, {}, {}, {}\n", count(summary.files, "summary.file", "summary.files"),
                      count(summary.errors, "summary.error", "summary.errors"), count(summary.warnings, "summary.warning", "summary.warnings"),
                      count(summary.infos, "summary.info", "summary.infos"),
                      count(summary.failed_inputs, "summary.unreadable_input", "summary.unreadable_inputs"));
}

}  // namespace convlint::report
