#include "cli/review_command.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/ui_text.hpp"
#include "cli/app.hpp"
#include "report/docx_review.hpp"
#include "source/display_path.hpp"

namespace convlint::cli {

namespace {

int refuse(std::string_view message, Language language) {
  std::cerr << "convlint: " << ui_text(language, message) << '\n';
  return exit_failure;
}

// Now, as Word dates comments and revisions (UTC); SOURCE_DATE_EPOCH, when set, gives a reproducible date.
std::string now_iso() {
  std::time_t seconds = std::time(nullptr);
  if (const char* fixed = std::getenv("SOURCE_DATE_EPOCH")) seconds = static_cast<std::time_t>(std::strtoll(fixed, nullptr, 10));
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error);
}

}  // namespace

int run_docx_review(const CheckOptions& options, const std::vector<source::Input>& inputs, const Engines& engines, const lint::LintOptions& linting,
                    Language language) {
  if (inputs.size() != 1 || inputs.front().content)
    return refuse("review_command.one_docx_only", language);
  if (options.output.empty() && isatty(STDOUT_FILENO))
    return refuse("review_command.no_docx_on_terminal", language);
  const source::Input& input = inputs.front();
  if (!options.output.empty() && same_file(options.output, input.path))
    return refuse("review_command.output_is_the_input", language);
  lint::FileResult result = lint::lint_one(input, engines.for_input(input), linting);
  if (result.error) {
    std::cerr << "convlint: " << result.path << ": " << result.error->describe(language) << '\n';
    return exit_failure;
  }
  if (result.source->format != source::DocumentFormat::docx) {
    std::cerr << "convlint: " << result.path << ": "
              << ui_text(language, "review_command.format_docx_only_reviews_a")
              << '\n';
    return exit_failure;
  }
  std::ifstream file(input.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  const report::ReviewedDocx reviewed = report::review_docx(bytes.str(), result, language, now_iso(), options.max_file_size);
  if (!reviewed.problem.empty()) {
    std::cerr << "convlint: " << result.path << ": " << ui_text(language, "review_command.no_reviewed_copy") << reviewed.problem << '\n';
    return exit_failure;
  }
  std::ofstream out_file;
  if (!options.output.empty()) out_file.open(options.output, std::ios::binary | std::ios::trunc);
  std::ostream& out = options.output.empty() ? std::cout : out_file;
  out << reviewed.bytes;
  out.flush();
  if (!out) {
    std::cerr << "convlint: " << (options.output.empty() ? "-" : options.output) << ": " << ui_text(language, "words.cannot_write_the_report") << '\n';
    return exit_failure;
  }
  std::cerr << "convlint: " << result.path << ": " << reviewed.comments << ui_text(language, "review_command.comment_s") << reviewed.changes
            << ui_text(language, "review_command.tracked_change_s") << (options.output.empty() ? "" : " → " + source::display_path(options.output))
            << '\n';
  const auto threshold = rules::parse_severity(options.fail_on);
  const bool fails = threshold && std::any_of(result.findings.begin(), result.findings.end(),
                                              [&](const rules::Finding& finding) { return finding.severity >= *threshold; });
  return fails ? exit_findings : exit_clean;
}

}  // namespace convlint::cli
