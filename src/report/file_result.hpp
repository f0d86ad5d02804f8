#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rules/finding.hpp"
#include "source/language.hpp"
#include "source/input_error.hpp"
#include "source/source_text.hpp"

namespace convlint::report {

// The outcome of linting one input: its findings, or why it could not be read.
struct FileResult {
  std::string path;
  std::shared_ptr<const source::SourceText> source;  // null when the input could not be read
  std::optional<source::InputError> error;
  std::vector<rules::Finding> findings;
  nlohmann::ordered_json record;  // `extract` only: the facts of the document
};

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
