#pragma once

#include <memory>
#include <ostream>

#include "base/language.hpp"
#include "report/file_result.hpp"

namespace convlint::report {

// `--format xlsx` (check and extract): an Excel workbook with a sheet of conventions (the extract columns; amounts
// as numbers in euros, dates as dates), a sheet of findings with a filter on every column, and a sheet of credits by
// programme and year. Rows are written as files finish (libxlsxwriter's constant-memory mode keeps one row in
// memory per sheet); the workbook is built in a temporary file and copied to `out` at the end. A failure sets
// `out`'s failbit and is described by error().
class XlsxWriter : public Writer {
 public:
  XlsxWriter(std::ostream& out, Language language);
  ~XlsxWriter() override;
  void begin() override;
  void file(const FileResult& result) override;
  void end(const Summary& summary) override;

 private:
  struct Book;
  std::ostream& out_;
  Language language_;
  std::unique_ptr<Book> book_;
};

}  // namespace convlint::report
