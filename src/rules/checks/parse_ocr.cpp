// parse/ocr: each page read by OCR whose words it was unsure of, at the first line of that page.
#include <cmath>
#include <cstdlib>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class ParseOcrCheck : public Check {
 public:
  explicit ParseOcrCheck(double threshold) : threshold_(threshold) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    const source::SourceText& source = context.view.source();
    for (const source::OcrPage& page : source.ocr_pages) {
      if (page.confidence >= threshold_) continue;
      reporter.report("low_confidence", first_line_of(source, page.page),
                      {{"page", std::to_string(page.page)}, {"confidence", std::to_string(std::lround(page.confidence))}});
    }
  }

 private:
  // The first line read from page `page`, or the start of the text.
  static Span first_line_of(const source::SourceText& source, uint32_t page) {
    for (uint32_t line = 1; line <= source.line_origins.size(); ++line) {
      if (source.origin(line) != page) continue;
      const uint32_t begin = source.lines.line_start(line - 1);
      const size_t end = source.text.find('\n', begin);
      return {begin, static_cast<uint32_t>(end == std::string::npos ? source.text.size() : end)};
    }
    return {0, 0};
  }

  double threshold_;
};

}  // namespace

std::unique_ptr<Check> make_parse_ocr(const RuleSpec& rule, const Catalog&) {
  const auto found = rule.params.find("threshold");
  const double threshold = found == rule.params.end() ? 70 : std::strtod(found->second.c_str(), nullptr);
  return std::make_unique<ParseOcrCheck>(threshold);
}

}  // namespace convlint::rules::checks
