#include "cli/check_command.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <thread>

#include "base/ui_text.hpp"
#include "cli/app.hpp"
#include "cli/engines.hpp"
#include "cli/fixes.hpp"
#include "cli/progress.hpp"
#include "cli/review_command.hpp"
#include "lint/pipeline.hpp"
#include "report/writers.hpp"

namespace convlint::cli {

namespace {

std::unique_ptr<report::Writer> make_writer(const CheckOptions& options, std::ostream& out, Language language, bool to_terminal,
                                            const rules::Catalog& catalog, size_t inputs) {
  const bool color = options.color == "always" || (options.color == "auto" && to_terminal && std::getenv("NO_COLOR") == nullptr);
  return report::make_writer({options.format, options.extract, color, std::string(convlint_version), inputs}, out, language, catalog);
}

bool fails(const lint::FileResult& result, const std::string& fail_on) {
  if (fail_on == "never") return false;
  const rules::Severity threshold = *rules::parse_severity(fail_on);
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [&](const rules::Finding& finding) { return finding.severity >= threshold; });
}

lint::LintOptions lint_options(const CheckOptions& options, Language language) {
  lint::LintOptions linting;
  linting.max_file_size = options.max_file_size;
  linting.language = language;
  linting.jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
  linting.extract = options.extract || options.format == "html" || options.format == "xlsx";  // overviews tally the facts
  linting.max_nesting = options.max_nesting;
  linting.read.ocr = {options.ocr == "always" ? source::OcrMode::always : options.ocr == "never" ? source::OcrMode::never : source::OcrMode::automatic,
                   options.ocr_dpi};
  if (options.max_seconds_per_file > 0) linting.read.limits = {options.reader_worker, options.max_seconds_per_file, options.max_memory};
  return linting;
}

}  // namespace

int run_check(const CheckOptions& options) {
  const Language language = options.lang == "en" ? Language::en : Language::fr;
  const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  const std::vector<source::Input> inputs = source::collect_inputs(paths, {options.max_file_size, options.max_archive_size});

  RuleSettings settings{options.profile, options.rule_files, options.select, options.ignore, options.config};
  auto engines = Engines::prepare(inputs, settings);
  if (!engines) {
    std::cerr << "convlint: " << engines.error().describe(language) << '\n';
    return exit_failure;
  }
  std::optional<rules::Baseline> baseline;
  if (!options.baseline.empty()) {
    auto loaded = rules::Baseline::load(options.baseline);
    if (!loaded) {
      std::cerr << "convlint: " << loaded.error().describe(language) << '\n';
      return exit_failure;
    }
    baseline = std::move(loaded.value());
  }

  if (options.format == "docx") {
    lint::LintOptions linting = lint_options(options, language);
    linting.baseline = baseline ? &*baseline : nullptr;
    return run_docx_review(options, inputs, engines.value(), linting, language);
  }
  if (options.format == "xlsx" && options.output.empty() && isatty(STDOUT_FILENO)) {
    std::cerr << "convlint: " << ui_text(language, "check_command.an_excel_workbook_cannot_be")
              << '\n';
    return exit_failure;
  }
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) {
      std::cerr << "convlint: " << options.output << ": " << ui_text(language, "words.cannot_write_the_report") << '\n';
      return exit_failure;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  auto writer = make_writer(options, out, language, options.output.empty() && isatty(STDOUT_FILENO), engines->default_engine().catalog(), inputs.size());
  Progress progress(options.progress == "always" || (options.progress == "auto" && isatty(STDERR_FILENO)), inputs.size());

  lint::LintOptions linting = lint_options(options, language);
  linting.baseline = baseline ? &*baseline : nullptr;
  linting.on_ocr_pages = [&progress](unsigned read, unsigned announced) { progress.ocr_pages(read, announced); };

  report::Summary summary;
  rules::Baseline accepted;
  bool any_failure = false;
  size_t fixes_made = 0;
  if (!options.diff) writer->begin();
  auto engine_for = [&](const source::Input& input) -> const rules::Engine& { return engines->for_input(input); };
  lint::lint_all(inputs, engine_for, linting,
           [&](lint::FileResult&& result) {
             if (options.diff) {
               fixes_made += print_fixes(result, options.max_file_size, language);
               summary.failed_inputs += result.error ? 1 : 0;
               progress.advance(result.path);
               return;
             }
             if (options.fix) {
               // What is left is what a second check finds in the file as it now is.
               if (const auto made = make_fixes(result, options.max_file_size, language); made && *made > 0) {
                 fixes_made += *made;
                 const source::Input fixed{result.source->path, {}, {}};
                 result = lint::lint_one(fixed, engine_for(fixed), linting);
               }
             }
             summary.add(result);
             any_failure = any_failure || fails(result, options.fail_on);
             if (!options.write_baseline.empty() && result.source) {
               for (const rules::Finding& finding : result.findings) accepted.add(result.path, finding, *result.source);
             }
             writer->file(result);
             progress.advance(result.path);
           });
  progress.finish();
  if (options.diff) {
    std::cout.flush();
    std::cerr << "convlint: " << fixes_made << ui_text(language, "check_command.safe_fix_es_nothing_written");
    if (summary.failed_inputs > 0) return exit_failure;
    return fixes_made > 0 ? exit_findings : exit_clean;
  }
  writer->end(summary);
  if (options.fix)
    std::cerr << "convlint: " << fixes_made << ui_text(language, "check_command.fixed")
              << summary.errors + summary.warnings + summary.infos << ui_text(language, "check_command.remaining");
  out.flush();
  if (!out) {
    std::cerr << "convlint: " << (options.output.empty() ? "-" : options.output) << ": "
              << ui_text(language, "words.cannot_write_the_report") << '\n';
    return exit_failure;
  }

  if (!options.write_baseline.empty()) {
    if (auto problem = accepted.save(options.write_baseline)) {
      std::cerr << "convlint: " << problem->describe(language) << '\n';
      return exit_failure;
    }
    return summary.failed_inputs > 0 ? exit_failure : exit_clean;
  }
  if (summary.failed_inputs > 0) return exit_failure;
  return any_failure && !options.extract ? exit_findings : exit_clean;
}

}  // namespace convlint::cli
