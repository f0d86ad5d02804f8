#include "report/file_result.hpp"

namespace convlint::report {

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
