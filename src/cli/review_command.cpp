#include "cli/review_command.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/app.hpp"
#include "report/docx_review.hpp"
#include "source/display_path.hpp"

namespace convlint::cli {

namespace {

int refuse(std::string_view french, std::string_view english, Language language) {
  std::cerr << "convlint: " << pick(language, french, english) << '\n';
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

int run_docx_review(const CheckOptions& options, const std::vector<source::Input>& inputs, const Engines& engines, const LintOptions& lint,
                    Language language) {
  if (inputs.size() != 1 || inputs.front().content)
    return refuse("--format docx relit un seul document Word : donnez un fichier .docx", "--format docx reviews one Word document: give one .docx file",
                  language);
  if (options.output.empty() && isatty(STDOUT_FILENO))
    return refuse("un document Word ne s'affiche pas dans un terminal : donnez -o FICHIER.docx", "a Word document cannot be shown in a terminal: give -o FILE.docx",
                  language);
  const source::Input& input = inputs.front();
  if (!options.output.empty() && same_file(options.output, input.path))
    return refuse("-o doit nommer un autre fichier que le document relu", "-o must name another file than the document reviewed", language);
  report::FileResult result = lint_one(input, engines.for_input(input), lint);
  if (result.error) {
    std::cerr << "convlint: " << result.path << ": " << result.error->describe(language) << '\n';
    return exit_failure;
  }
  if (result.source->format != source::DocumentFormat::docx) {
    std::cerr << "convlint: " << result.path << ": "
              << pick(language, "--format docx ne relit qu'un document Word (.docx) ; pour ce fichier, utilisez --format html ou text",
                      "--format docx only reviews a Word document (.docx); for this file use --format html or text")
              << '\n';
    return exit_failure;
  }
  std::ifstream file(input.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  const report::ReviewedDocx reviewed = report::review_docx(bytes.str(), result, language, now_iso(), options.max_file_size);
  if (!reviewed.problem.empty()) {
    std::cerr << "convlint: " << result.path << ": " << pick(language, "copie relue impossible : ", "no reviewed copy: ") << reviewed.problem << '\n';
    return exit_failure;
  }
  std::ofstream out_file;
  if (!options.output.empty()) out_file.open(options.output, std::ios::binary | std::ios::trunc);
  std::ostream& out = options.output.empty() ? std::cout : out_file;
  out << reviewed.bytes;
  out.flush();
  if (!out) {
    std::cerr << "convlint: " << (options.output.empty() ? "-" : options.output) << ": " << pick(language, "impossible d'écrire le rapport", "cannot write the report") << '\n';
    return exit_failure;
  }
  std::cerr << "convlint: " << result.path << ": " << reviewed.comments << pick(language, " commentaire(s), ", " comment(s), ") << reviewed.changes
            << pick(language, " modification(s) suivie(s)", " tracked change(s)") << (options.output.empty() ? "" : " → " + source::display_path(options.output))
            << '\n';
  const auto threshold = rules::parse_severity(options.fail_on);
  const bool fails = threshold && std::any_of(result.findings.begin(), result.findings.end(),
                                              [&](const rules::Finding& finding) { return finding.severity >= *threshold; });
  return fails ? exit_findings : exit_clean;
}

}  // namespace convlint::cli
