#include "report/file_result.hpp"
#include "base/ui_text.hpp"

namespace convlint::report {

std::string_view severity_word(rules::Severity severity, Language language) {
  switch (severity) {
    case rules::Severity::error: return ui_text(language, "words.error");
    case rules::Severity::warning: return ui_text(language, "words.warning");
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
