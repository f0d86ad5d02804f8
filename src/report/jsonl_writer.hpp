#pragma once

#include <ostream>

#include "base/language.hpp"
#include "report/file_result.hpp"

namespace convlint::report {

// `--format jsonl`: one line per input, the `files[]` object of the json format, flushed as each input finishes.
class JsonlWriter : public Writer {
 public:
  JsonlWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  void file(const FileResult& result) override;
  void end(const Summary&) override {}

 private:
  std::ostream& out_;
  Language language_;
};

// `--format csv`: RFC 4180, header path,rule,severity,line,column,message. An unreadable input is one row with an
// empty rule, severity error and the reason as message.
class CsvWriter : public Writer {
 public:
  explicit CsvWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  void begin() override;
  void file(const FileResult& result) override;
  void end(const Summary&) override {}

 private:
  std::ostream& out_;
  Language language_;
};

// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
std::string csv_field(std::string_view value);

}  // namespace convlint::report
