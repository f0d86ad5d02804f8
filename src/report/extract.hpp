#pragma once
// `convlint extract`: one record per convention with the facts an auditor tabulates (lint/extracted.hpp), as JSON
// Lines, CSV or an Excel row.

#include <ostream>
#include <string>
#include <vector>

#include "base/language.hpp"
#include "report/file_result.hpp"

namespace convlint::report {

// The columns of a convention's row (csv and xlsx) and its values: lists joined with " | ", amounts in decimal
// euros, dates in ISO form, empty for what the document does not state.
enum ExtractColumn : size_t { path_column, status_column, signature_date_column = 5, effective_date_column, end_date_column,
                              total_ae_column = 10, total_cp_column, preavis_column = 13, errors_column, warnings_column, infos_column };
const std::vector<std::string>& extract_columns();
std::vector<std::string> extract_row(const FileResult& result);

// jsonl: the record, with path, status, error and the count of findings per severity.
class ExtractJsonlWriter : public Writer {
 public:
  ExtractJsonlWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  void file(const FileResult& result) override;
  void end(const Summary&) override {}

 private:
  std::ostream& out_;
  Language language_;
};

// csv: one row per convention; lists joined with " | ", amounts in decimal euros.
class ExtractCsvWriter : public Writer {
 public:
  ExtractCsvWriter(std::ostream& out, Language language) : out_(out), language_(language) {}
  void begin() override;
  void file(const FileResult& result) override;
  void end(const Summary&) override {}

 private:
  std::ostream& out_;
  Language language_;
};

}  // namespace convlint::report
