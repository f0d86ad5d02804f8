#pragma once

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>

#include "base/language.hpp"
#include "report/file_result.hpp"
#include "report/overview.hpp"

namespace convlint::report {

// Text kept aside until the end of a report, in a temporary file (in memory when none can be made), so that a
// report on thousands of files holds little in memory.
class Spool {
 public:
  Spool();
  void append(std::string_view text);
  void copy_to(std::ostream& out);

 private:
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
  std::string memory_;
};

// `--format html`: one self-contained page (no script, no network: a Content-Security-Policy forbids both) with a
// summary table, then each document's text with its findings highlighted in place and listed beside it. Every piece
// of document text is escaped. With several files the page opens with an overview (charts and tables), and each
// document is folded; past `shown_texts` inputs the documents' texts are left out (their findings stay).
class HtmlWriter : public Writer {
 public:
  static constexpr size_t shown_texts = 200;

  HtmlWriter(std::ostream& out, Language language, size_t inputs = 1) : out_(out), language_(language), inputs_(inputs) {}
  void file(const FileResult& result) override;
  void end(const Summary& summary) override;

 private:
  std::ostream& out_;
  Language language_;
  size_t inputs_;
  Spool rows_;      // summary table rows
  Spool sections_;  // one section per document
  Overview overview_;
  size_t count_ = 0;
};

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string html_escape(std::string_view text);

}  // namespace convlint::report
