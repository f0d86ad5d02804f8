#pragma once

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/file_result.hpp"
#include "rules/catalog.hpp"

namespace convlint::report {

// `--format sarif`: SARIF 2.1.0 with every rule in tool.driver.rules, columnKind unicodeCodePoints, URIs relative to
// the current directory and partialFingerprints on every result. Results are buffered until the end.
class SarifWriter : public Writer {
 public:
  SarifWriter(std::ostream& out, const rules::Catalog& catalog, Language language, std::string version);
  void file(const FileResult& result) override;
  void end(const Summary& summary) override;

 private:
  std::ostream& out_;
  const rules::Catalog& catalog_;
  Language language_;
  std::string version_;
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json notifications_ = nlohmann::ordered_json::array();
};

// A path as a relative URI reference: relative to the current directory when below it, percent-encoded.
std::string relative_uri(const std::string& path);

}  // namespace convlint::report
