#pragma once

#include <ostream>
#include <string>

#include "report/file_result.hpp"
#include "source/language.hpp"

namespace convlint::report {

// `--format html`: one self-contained page (no script, no network: a Content-Security-Policy forbids both) with a
// summary table, then each document's text with its findings highlighted in place and listed beside it. Every piece
// of document text is escaped.
class HtmlWriter : public Writer {
 public:
  HtmlWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  void file(const FileResult& result) override;
  void end(const Summary& summary) override;

 private:
  std::ostream& out_;
  Language language_;
  std::string rows_;      // summary table rows
  std::string sections_;  // one section per document
  size_t count_ = 0;
};

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string html_escape(std::string_view text);

}  // namespace convlint::report
