#pragma once
// What linting one input gives the writers: its findings and, for `extract`, its facts — or why it could not be read.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint/extracted.hpp"
#include "rules/finding.hpp"
#include "source/input_error.hpp"
#include "source/source_text.hpp"

namespace convlint::lint {

struct FileResult {
  std::string path;
  std::shared_ptr<const source::SourceText> source;  // null when the input could not be read
  std::optional<source::InputError> error;
  std::vector<rules::Finding> findings;
  std::optional<Extracted> extracted;  // `extract` only
};

}  // namespace convlint::lint
