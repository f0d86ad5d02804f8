#pragma once

#include <vector>

#include "cli/check_command.hpp"
#include "cli/engines.hpp"
#include "lint/pipeline.hpp"

namespace convlint::cli {

// check --format docx: lints one Word document and writes its reviewed copy (comments and tracked changes) to
// --output; any other input, several inputs or no output file is refused with exit status 2. Returns the exit status.
int run_docx_review(const CheckOptions& options, const std::vector<source::Input>& inputs, const Engines& engines, const lint::LintOptions& linting,
                    Language language);

}  // namespace convlint::cli
