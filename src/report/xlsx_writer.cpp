#include "report/xlsx_writer.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <xlsxwriter.h>

#include "base/ui_text.hpp"
#include "report/extract.hpp"
#include "report/overview.hpp"

namespace convlint::report {

namespace {

constexpr size_t cell_limit = 32767;  // the longest text an Excel cell holds, in characters

// `text` cut to what a cell holds, never inside a UTF-8 sequence.
std::string_view cell_text(std::string_view text) {
  if (text.size() <= cell_limit) return text;
  size_t end = cell_limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::optional<lxw_datetime> iso_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || std::sscanf(std::string(text).c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) return std::nullopt;
  return lxw_datetime{year, month, day, 0, 0, 0.0};
}

}  // namespace

struct XlsxWriter::Book {
  std::string path;
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* conventions = nullptr;
  lxw_worksheet* findings = nullptr;
  lxw_worksheet* totals = nullptr;
  lxw_format* header = nullptr;
  lxw_format* money = nullptr;
  lxw_format* date = nullptr;
  lxw_row_t convention_row = 1, finding_row = 1;
  Overview overview;
  lxw_error error = LXW_NO_ERROR;

  void keep(lxw_error result) {
    if (error == LXW_NO_ERROR) error = result;
  }
  void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::string_view value, lxw_format* format = nullptr) {
    if (!value.empty()) keep(worksheet_write_string(sheet, row, column, std::string(cell_text(value)).c_str(), format));
  }
  void number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double value, lxw_format* format = nullptr) {
    keep(worksheet_write_number(sheet, row, column, value, format));
  }
  void headers(lxw_worksheet* sheet, const std::vector<std::string>& names) {
    for (size_t c = 0; c < names.size(); ++c) text(sheet, 0, static_cast<lxw_col_t>(c), names[c], header);
    worksheet_freeze_panes(sheet, 1, 0);
  }
};

XlsxWriter::XlsxWriter(std::ostream& out, Language language) : out_(out), language_(language), book_(std::make_unique<Book>()) {}

XlsxWriter::~XlsxWriter() {
  if (book_->workbook) workbook_close(book_->workbook);
  if (!book_->path.empty()) std::filesystem::remove(book_->path);
}

void XlsxWriter::begin() {
  Book& book = *book_;
  std::error_code ignored;
  std::string pattern = (std::filesystem::temp_directory_path(ignored) / "convlint-XXXXXX.xlsx").string();
  const int fd = mkstemps(pattern.data(), 5);
  if (fd < 0) {
    book.error = LXW_ERROR_CREATING_TMPFILE;
    return;
  }
  close(fd);
  book.path = pattern;
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  book.workbook = workbook_new_opt(book.path.c_str(), &options);
  if (!book.workbook) {
    book.error = LXW_ERROR_CREATING_XLSX_FILE;
    return;
  }
  book.conventions = workbook_add_worksheet(book.workbook, "Conventions");
  book.findings = workbook_add_worksheet(book.workbook, language_ == Language::fr ? "Constats" : "Findings");
  book.totals = workbook_add_worksheet(book.workbook, language_ == Language::fr ? "Totaux" : "Totals");
  book.header = workbook_add_format(book.workbook);
  format_set_bold(book.header);
  book.money = workbook_add_format(book.workbook);
  format_set_num_format(book.money, "#,##0.00 \"€\"");
  book.date = workbook_add_format(book.workbook);
  format_set_num_format(book.date, "yyyy-mm-dd");
  book.headers(book.conventions, extract_columns());
  worksheet_set_column(book.conventions, 0, 0, 40, nullptr);
  worksheet_set_column(book.conventions, 2, 3, 50, nullptr);
  worksheet_set_column(book.conventions, 5, 7, 12, nullptr);
  worksheet_set_column(book.conventions, 10, 11, 16, nullptr);
  book.headers(book.findings, {"path", "rule", "severity", "line", "column", "message"});
  worksheet_set_column(book.findings, 0, 0, 40, nullptr);
  worksheet_set_column(book.findings, 1, 1, 28, nullptr);
  worksheet_set_column(book.findings, 5, 5, 90, nullptr);
  book.headers(book.totals, {"programme", "year", "ae", "cp", "conventions"});
  worksheet_set_column(book.totals, 2, 3, 18, nullptr);
}

void XlsxWriter::file(const FileResult& result) {
  Book& book = *book_;
  if (!book.workbook || book.error != LXW_NO_ERROR) return;
  book.overview.add(result);
  const std::vector<std::string> fields = extract_row(result);
  const lxw_row_t row = book.convention_row++;
  for (size_t c = 0; c < fields.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    const std::string& value = fields[c];
    if (value.empty()) continue;
    switch (c) {
      case signature_date_column: case effective_date_column: case end_date_column:
        if (auto date = iso_date(value)) book.keep(worksheet_write_datetime(book.conventions, row, column, &*date, book.date));
        else book.text(book.conventions, row, column, value);
        break;
      case total_ae_column: case total_cp_column: book.number(book.conventions, row, column, std::strtod(value.c_str(), nullptr), book.money); break;
      case preavis_column: case errors_column: case warnings_column: case infos_column:
        book.number(book.conventions, row, column, std::strtod(value.c_str(), nullptr));
        break;
      default: book.text(book.conventions, row, column, value);
    }
  }
  if (result.error) {
    const lxw_row_t at = book.finding_row++;
    book.text(book.findings, at, 0, result.path);
    book.text(book.findings, at, 2, "error");
    book.text(book.findings, at, 5, result.error->describe(language_));
    return;
  }
  for (const rules::Finding& finding : result.findings) {
    const source::Position position = result.source->position(finding.span.begin);
    const lxw_row_t at = book.finding_row++;
    book.text(book.findings, at, 0, result.path);
    book.text(book.findings, at, 1, finding.rule);
    book.text(book.findings, at, 2, rules::severity_name(finding.severity));
    book.number(book.findings, at, 3, position.line);
    book.number(book.findings, at, 4, position.column);
    book.text(book.findings, at, 5, finding.message);
  }
}

void XlsxWriter::end(const Summary&) {
  Book& book = *book_;
  if (book.workbook && book.error == LXW_NO_ERROR) {
    worksheet_autofilter(book.findings, 0, 0, book.finding_row - 1, 5);
    lxw_row_t row = 1;
    for (const CreditTally& credit : book.overview.credits()) {
      book.text(book.totals, row, 0, credit.programme);
      book.number(book.totals, row, 1, credit.year);
      book.number(book.totals, row, 2, static_cast<double>(credit.ae) / 100, book.money);
      book.number(book.totals, row, 3, static_cast<double>(credit.cp) / 100, book.money);
      book.number(book.totals, row, 4, static_cast<double>(credit.conventions));
      ++row;
    }
  }
  if (book.workbook) {
    book.keep(workbook_close(book.workbook));
    book.workbook = nullptr;
  }
  if (book.error == LXW_NO_ERROR) {
    std::ifstream built(book.path, std::ios::binary);
    out_ << built.rdbuf();
    if (!built) book.error = LXW_ERROR_CREATING_XLSX_FILE;
  }
  if (book.error != LXW_NO_ERROR) {
    std::cerr << "convlint: " << ui_format(language_, "xlsx_writer.cannot_write", {{"problem", lxw_strerror(book.error)}}) << '\n';
    out_.setstate(std::ios::failbit);
  }
}

}  // namespace convlint::report
