#include "report/jsonl_writer.hpp"

#include "report/json_writer.hpp"

namespace convlint::report {

void JsonlWriter::file(const FileResult& result) {
  write_file_json(out_, result, language_);
  out_ << '\n';
  out_.flush();
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void CsvWriter::begin() { out_ << "path,rule,severity,line,column,message\r\n"; }

void CsvWriter::file(const FileResult& result) {
  if (result.error) {
    out_ << csv_field(result.path) << ",,error,,," << csv_field(result.error->describe(language_)) << "\r\n";
    return;
  }
  for (const rules::Finding& finding : result.findings) {
    const source::Position at = result.source->position(finding.span.begin);
    out_ << csv_field(result.path) << ',' << csv_field(finding.rule) << ',' << rules::severity_name(finding.severity) << ','
         << at.line << ',' << at.column << ',' << csv_field(finding.message) << "\r\n";
  }
}

}  // namespace convlint::report
