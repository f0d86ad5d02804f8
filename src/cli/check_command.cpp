#include "cli/check_command.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <thread>

#include "cli/app.hpp"
#include "cli/engines.hpp"
#include "cli/fixes.hpp"
#include "cli/lint.hpp"
#include "cli/progress.hpp"
#include "cli/review_command.hpp"
#include "report/extract.hpp"
#include "report/html_writer.hpp"
#include "report/json_writer.hpp"
#include "report/jsonl_writer.hpp"
#include "report/sarif_writer.hpp"
#include "report/text_writer.hpp"
#include "report/xlsx_writer.hpp"
#include "source/ui_text.hpp"

namespace convlint::cli {

namespace {

std::unique_ptr<report::Writer> make_writer(const CheckOptions& options, std::ostream& out, Language language, bool to_terminal,
                                            const rules::Catalog& catalog, size_t inputs) {
  if (options.format == "xlsx") return std::make_unique<report::XlsxWriter>(out, language);
  if (options.extract && options.format == "csv") return std::make_unique<report::ExtractCsvWriter>(out, language);
  if (options.extract) return std::make_unique<report::ExtractJsonlWriter>(out, language);
  if (options.format == "json") return std::make_unique<report::JsonWriter>(out, language, std::string(convlint_version));
  if (options.format == "jsonl") return std::make_unique<report::JsonlWriter>(out, language);
  if (options.format == "csv") return std::make_unique<report::CsvWriter>(out, language);
  if (options.format == "sarif") return std::make_unique<report::SarifWriter>(out, catalog, language, std::string(convlint_version));
  if (options.format == "html") return std::make_unique<report::HtmlWriter>(out, language, inputs);
  const bool color = options.color == "always" || (options.color == "auto" && to_terminal && std::getenv("NO_COLOR") == nullptr);
  return std::make_unique<report::TextWriter>(out, language, color);
}

bool fails(const report::FileResult& result, const std::string& fail_on) {
  if (fail_on == "never") return false;
  const rules::Severity threshold = *rules::parse_severity(fail_on);
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [&](const rules::Finding& finding) { return finding.severity >= threshold; });
}

LintOptions lint_options(const CheckOptions& options, Language language) {
  LintOptions lint;
  lint.max_file_size = options.max_file_size;
  lint.language = language;
  lint.jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
  lint.extract = options.extract || options.format == "html" || options.format == "xlsx";  // overviews tally the facts
  lint.max_nesting = options.max_nesting;
  lint.read.ocr = {options.ocr == "always" ? source::OcrMode::always : options.ocr == "never" ? source::OcrMode::never : source::OcrMode::automatic,
                   options.ocr_dpi};
  if (options.max_seconds_per_file > 0) lint.read.limits = {options.reader_worker, options.max_seconds_per_file, options.max_memory};
  return lint;
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
    LintOptions lint = lint_options(options, language);
    lint.baseline = baseline ? &*baseline : nullptr;
    return run_docx_review(options, inputs, engines.value(), lint, language);
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
      std::cerr << "convlint: " << options.output << ": " << ui_text(language, "review_command.cannot_write_the_report") << '\n';
      return exit_failure;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  auto writer = make_writer(options, out, language, options.output.empty() && isatty(STDOUT_FILENO), engines->default_engine().catalog(), inputs.size());
  Progress progress(options.progress == "always" || (options.progress == "auto" && isatty(STDERR_FILENO)), inputs.size());

  LintOptions lint = lint_options(options, language);
  lint.baseline = baseline ? &*baseline : nullptr;
  lint.on_ocr_pages = [&progress](unsigned read, unsigned announced) { progress.ocr_pages(read, announced); };

  report::Summary summary;
  rules::Baseline accepted;
  bool any_failure = false;
  size_t fixes_made = 0;
  if (!options.diff) writer->begin();
  auto engine_for = [&](const source::Input& input) -> const rules::Engine& { return engines->for_input(input); };
  lint_all(inputs, engine_for, lint,
           [&](report::FileResult&& result) {
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
                 result = lint_one(fixed, engine_for(fixed), lint);
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
              << ui_text(language, "review_command.cannot_write_the_report") << '\n';
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
