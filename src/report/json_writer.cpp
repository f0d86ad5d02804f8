#include "report/json_writer.hpp"

#include "report/location.hpp"

namespace convlint::report {

nlohmann::ordered_json file_json(const FileResult& result, Language language) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const rules::Finding& finding : result.findings) {
    const auto where = location_json(*result.source, finding.span);
    nlohmann::ordered_json item = {{"rule", finding.rule}, {"severity", rules::severity_name(finding.severity)},
                                   {"message", finding.message}};
    item.update(where);
    item["suggestion"] = finding.suggestion ? nlohmann::ordered_json(*finding.suggestion) : nlohmann::ordered_json(nullptr);
    findings.push_back(std::move(item));
  }
  return {{"path", result.path},
          {"status", result.error ? "error" : "ok"},
          {"error", result.error ? nlohmann::ordered_json(result.error->describe(language)) : nlohmann::ordered_json(nullptr)},
          {"findings", findings}};
}

void JsonWriter::begin() { out_ << "{\"tool\": \"convlint\", \"version\": " << nlohmann::json(version_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << ",\n \"files\": ["; }

void JsonWriter::file(const FileResult& result) {
  out_ << (first_ ? "\n  " : ",\n  ") << file_json(result, language_).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  first_ = false;
}

void JsonWriter::end(const Summary& summary) {
  const nlohmann::ordered_json totals = {{"files", summary.files},     {"errors", summary.errors}, {"warnings", summary.warnings},
                                         {"infos", summary.infos},     {"failed_inputs", summary.failed_inputs}};
  out_ << (first_ ? "],\n" : "\n ],\n") << " \"summary\": " << totals.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "}\n";
}

}  // namespace convlint::report
