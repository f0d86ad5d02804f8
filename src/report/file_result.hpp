#pragma once

#include <string_view>

#include "base/language.hpp"
#include "lint/file_result.hpp"

namespace convlint::report {

// The outcome of linting one input, as the lint stage (src/lint) hands it over.
using lint::FileResult;

// « erreur », « avertissement », « info » (error, warning, info in English).
std::string_view severity_word(rules::Severity severity, Language language);

struct Summary {
  size_t files = 0;
  size_t errors = 0;
  size_t warnings = 0;
  size_t infos = 0;
  size_t failed_inputs = 0;

  void add(const FileResult& result);
};

// A report format: told of each file as its turn comes, then of the summary.
class Writer {
 public:
  virtual ~Writer() = default;
  virtual void begin() {}
  virtual void file(const FileResult& result) = 0;
  virtual void end(const Summary& summary) = 0;
};

}  // namespace convlint::report
