#include "report/sarif_writer.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "report/location.hpp"
#include "rules/baseline.hpp"

namespace convlint::report {

namespace {

std::string_view level(rules::Severity severity) {
  switch (severity) {
    case rules::Severity::error: return "error";
    case rules::Severity::warning: return "warning";
    case rules::Severity::info: return "note";
  }
  return "none";
}

std::string percent_encode(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    const bool plain = std::isalnum(c) || std::string_view("-._~/!$&'()*+,;=:@").find(static_cast<char>(c)) != std::string_view::npos;
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace

std::string relative_uri(const std::string& path) {
  if (path == "-") return "stdin";
  std::string file = path, member;
  if (const size_t bang = path.find('!'); bang != std::string::npos) {
    file = path.substr(0, bang);
    member = path.substr(bang);
  }
  std::error_code error;
  std::filesystem::path relative = std::filesystem::relative(file, std::filesystem::current_path(), error);
  if (error || relative.empty() || relative.string().starts_with("..")) relative = std::filesystem::path(file);
  return percent_encode(relative.generic_string() + member);
}

SarifWriter::SarifWriter(std::ostream& out, const rules::Catalog& catalog, Language language, std::string version)
    : out_(out), catalog_(catalog), language_(language), version_(std::move(version)) {}

void SarifWriter::file(const FileResult& result) {
  const std::string uri = relative_uri(result.path);
  if (result.error) {
    notifications_.push_back({{"level", "error"},
                              {"message", {{"text", result.path + ": " + result.error->describe(language_)}}},
                              {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}}}}}}});
    return;
  }
  for (const rules::Finding& finding : result.findings) {
    const auto where = location_json(*result.source, finding.span);
    nlohmann::ordered_json item = {{"ruleId", finding.rule}, {"level", level(finding.severity)}, {"message", {{"text", finding.message}}}};
    for (size_t i = 0; i < catalog_.rules.size(); ++i) {
      if (catalog_.rules[i].id == finding.rule) item["ruleIndex"] = i;
    }
    item["locations"] = {{{"physicalLocation",
                           {{"artifactLocation", {{"uri", uri}}},
                            {"region",
                             {{"startLine", where["line"]}, {"startColumn", where["column"]}, {"endLine", where["end_line"]},
                              {"endColumn", where["end_column"]}}}}}}};
    item["partialFingerprints"] = {{"convlintFingerprint/v1", rules::fingerprint(finding, *result.source)}};
    if (finding.suggestion) item["properties"]["suggestion"] = *finding.suggestion;
    if (finding.fix) {
      // SARIF states an insertion as an empty deleted region; a paragraph of its own starts on a line of its own.
      const auto fix = fix_json(*result.source, *finding.fix);
      const std::string inserted = (finding.fix->own_paragraph ? "\n" : "") + finding.fix->replacement;
      item["fixes"] = {{{"description", {{"text", describe_fix(*result.source, *finding.fix, language_)}}},
                        {"artifactChanges",
                         {{{"artifactLocation", {{"uri", uri}}},
                           {"replacements",
                            {{{"deletedRegion",
                               {{"startLine", fix["line"]}, {"startColumn", fix["column"]}, {"endLine", fix["end_line"]}, {"endColumn", fix["end_column"]}}},
                              {"insertedContent", {{"text", inserted}}}}}}}}}}};
    }
    if (const auto origin = origin_of(*result.source, finding.span)) item["properties"][origin->kind] = origin->number;
    results_.push_back(std::move(item));
  }
}

void SarifWriter::end(const Summary& summary) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const rules::RuleSpec& rule : catalog_.rules) {
    std::string help = rule.what.in(language_);
    if (!rule.how_to_fix.in(language_).empty()) help += "\n\n" + rule.how_to_fix.in(language_);
    rules.push_back({{"id", rule.id},
                     {"name", rule.id},
                     {"shortDescription", {{"text", rule.title.in(language_)}}},
                     {"fullDescription", {{"text", rule.what.in(language_).empty() ? rule.title.in(language_) : rule.what.in(language_)}}},
                     {"help", {{"text", help.empty() ? rule.title.in(language_) : help}}},
                     {"defaultConfiguration", {{"level", level(rule.severity)}}},
                     {"properties", {{"category", rule.category()}, {"basis", rule.basis}}}});
  }
  nlohmann::ordered_json invocation = {{"executionSuccessful", summary.failed_inputs == 0}};
  if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
  const nlohmann::ordered_json log = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       {{{"tool", {{"driver", {{"name", "convlint"}, {"version", version_}, {"rules", rules}}}}},
         {"invocations", {invocation}},
         {"columnKind", "unicodeCodePoints"},
         {"results", results_}}}}};
  out_ << log.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace convlint::report
