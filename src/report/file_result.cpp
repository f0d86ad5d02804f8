#include "report/file_result.hpp"

namespace convlint::report {

std::string_view severity_word(rules::Severity severity, Language language) {
  switch (severity) {
    case rules::Severity::error: return pick(language, "erreur", "error");
    case rules::Severity::warning: return pick(language, "avertissement", "warning");
    case rules::Severity::info: return "info";
  }
  return "?";
}

void Summary::add(const FileResult& result) {
  ++files;
  if (result.error) ++failed_inputs;
  for (const rules::Finding& finding : result.findings) {
    switch (finding.severity) {
      case rules::Severity::error: ++errors; break;
      case rules::Severity::warning: ++warnings; break;
      case rules::Severity::info: ++infos; break;
    }
  }
}

}  // namespace convlint::report
