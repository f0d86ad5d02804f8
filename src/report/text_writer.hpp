#pragma once

#include <ostream>

#include "base/language.hpp"
#include "report/file_result.hpp"

namespace convlint::report {

// `--format text`: compiler-style lines with the source line and a caret underline, `note:` lines, and a summary.
class TextWriter : public Writer {
 public:
  TextWriter(std::ostream& out, Language language, bool color) : out_(out), language_(language), color_(color) {}
  void file(const FileResult& result) override;
  void end(const Summary& summary) override;

 private:
  std::string paint(std::string_view text, std::string_view code) const;
  void write_excerpt(const source::SourceText& source, const rules::Finding& finding);

  std::ostream& out_;
  Language language_;
  bool color_;
};

}  // namespace convlint::report
