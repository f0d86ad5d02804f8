#include "report/json_writer.hpp"

#include "report/location.hpp"

namespace convlint::report {

namespace {

std::string dumped(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

void write_file_json(std::ostream& out, const FileResult& result, Language language) {
  // Written finding by finding rather than built whole: a file with a hundred thousand findings would otherwise hold
  // them all as JSON values at once.
  out << "{\"path\":" << dumped(result.path) << ",\"status\":" << (result.error ? "\"error\"" : "\"ok\"")
      << ",\"error\":" << (result.error ? dumped(result.error->describe(language)) : "null") << ",\"findings\":[";
  bool first = true;
  for (const rules::Finding& finding : result.findings) {
    nlohmann::ordered_json item = {{"rule", finding.rule}, {"severity", rules::severity_name(finding.severity)},
                                   {"message", finding.message}};
    item.update(location_json(*result.source, finding.span));
    item["suggestion"] = finding.suggestion ? nlohmann::ordered_json(*finding.suggestion) : nlohmann::ordered_json(nullptr);
    item["fix"] = finding.fix ? fix_json(*result.source, *finding.fix) : nlohmann::ordered_json(nullptr);
    out << (first ? "" : ",") << dumped(item);
    first = false;
  }
  out << "]}";
}

void JsonWriter::begin() { out_ << "{\"tool\": \"convlint\", \"version\": " << nlohmann::json(version_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << ",\n \"files\": ["; }

void JsonWriter::file(const FileResult& result) {
  out_ << (first_ ? "\n  " : ",\n  ");
  write_file_json(out_, result, language_);
  first_ = false;
}

void JsonWriter::end(const Summary& summary) {
  const nlohmann::ordered_json totals = {{"files", summary.files},     {"errors", summary.errors}, {"warnings", summary.warnings},
                                         {"infos", summary.infos},     {"failed_inputs", summary.failed_inputs}};
  out_ << (first_ ? "],\n" : "\n ],\n") << " \"summary\": " << totals.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "}\n";
}

}  // namespace convlint::report
