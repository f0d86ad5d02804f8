#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>
#include <set>

#include "cli/check_command.hpp"
#include "cli/convert_command.hpp"
#include "cli/parse_command.hpp"
#include "cli/rules_command.hpp"

namespace convlint::cli {

namespace {

// `convlint PATH...` means `convlint check PATH...`.
std::vector<std::string> with_default_command(int argc, char** argv) {
  static const std::set<std::string> commands = {"check", "parse", "convert", "extract", "rules", "explain", "version", "help"};
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool wants_help = !args.empty() && (args[0] == "-h" || args[0] == "--help" || args[0] == "--version");
  if (!args.empty() && !wants_help && !commands.count(args[0])) args.insert(args.begin(), "check");
  return args;
}

void add_check_options(CLI::App& check, CheckOptions& options) {
  check.add_option("paths", options.paths, "files, directories or - (standard input); default: .");
  check.add_option("--format", options.format, "text, json, jsonl, sarif, csv, html, xlsx, or docx (check: a reviewed copy of a Word document)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "csv", "html", "xlsx", "docx"}));
  check.add_option("-o,--output", options.output, "write the report to this file");
  check.add_option("--profile", options.profile, "draft (signature rules off) or signed")->check(CLI::IsMember({"draft", "signed"}));
  check.add_option("--config", options.config, "configuration file (default: nearest .convlint.yaml)");
  check.add_option("--rules", options.rule_files, "additional rule file or directory (repeatable)")->allow_extra_args(false);
  check.add_option("--select", options.select, "rule ids or category prefixes to run")->delimiter(',')->allow_extra_args(false);
  check.add_option("--ignore", options.ignore, "rule ids or category prefixes to skip")->delimiter(',')->allow_extra_args(false);
  check.add_option("--fail-on", options.fail_on, "lowest severity giving exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  check.add_option("--baseline", options.baseline, "ignore the findings recorded in this baseline");
  check.add_option("--write-baseline", options.write_baseline, "record the current findings as a baseline");
  check.add_option("-j,--jobs", options.jobs, "worker threads (default: hardware threads)");
  check.add_option("--lang", options.lang, "fr or en")->check(CLI::IsMember({"fr", "en"}));
  check.add_option("--color", options.color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  check.add_option("--progress", options.progress, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  check.add_option("--max-file-size", options.max_file_size, "largest input or archive member accepted, in bytes");
  check.add_option("--max-archive-size", options.max_archive_size, "largest total an archive may decompress to, in bytes");
  check.add_option("--ocr", options.ocr, "read PDF pages without text, and images, by OCR: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check.add_option("--ocr-dpi", options.ocr_dpi, "resolution PDF pages are rendered at for OCR")->check(CLI::Range(72, 1200));
  check.add_option("--max-nesting", options.max_nesting, "list nesting levels kept apart (deeper items stay at the last level)")
      ->check(CLI::Range(1, 1000));
  check.add_option("--max-seconds-per-file", options.max_seconds_per_file,
                   "CPU seconds to read one DOCX, PDF or image (and as many per page read by OCR); 0: no worker process");
  check.add_option("--max-memory", options.max_memory, "memory of the process reading a DOCX, PDF or image (e.g. 1GiB)")
      ->transform(CLI::AsSizeValue(false));
}

// convlint itself, run as the worker process that reads a DOCX, PDF or image; empty where it cannot be run.
std::string this_program() {
  constexpr const char* self = "/proc/self/exe";
  return ::access(self, X_OK) == 0 ? self : "";
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"convlint — vérifie les conventions de délégation de gestion (décret n° 2004-1085)", "convlint"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("convlint ") + convlint_version);

  CheckOptions check_options;
  CLI::App* check = app.add_subcommand("check", "lint conventions");
  add_check_options(*check, check_options);
  check->add_flag("--fix", check_options.fix, "make the safe fixes in text files (encoding and line ends kept), then report what is left");
  check->add_flag("--diff", check_options.diff, "print the safe fixes as a unified diff; change nothing");

  CheckOptions extract_options;
  extract_options.extract = true;
  extract_options.format = "jsonl";
  CLI::App* extract = app.add_subcommand("extract", "one record of facts per convention (jsonl, csv or xlsx)");
  add_check_options(*extract, extract_options);
  extract->get_option("--format")->check(CLI::IsMember({"jsonl", "csv", "xlsx"}));

  ParseOptions parse_options;
  CLI::App* parse = app.add_subcommand("parse", "print the document tree");
  parse->add_option("file", parse_options.path, "convention to parse (- for standard input)")->required();
  parse->add_option("--format", parse_options.format, "json or tree")->check(CLI::IsMember({"json", "tree"}));
  parse->add_option("--max-file-size", parse_options.max_file_size, "largest input accepted, in bytes");

  ConvertOptions convert_options;
  CLI::App* convert = app.add_subcommand("convert", "print the text read from a DOCX, PDF or text file");
  convert->add_option("file", convert_options.path, "document to read (- for standard input)")->required();
  convert->add_flag("--origin", convert_options.show_origin, "start each line with its page (PDF) or paragraph (DOCX)");
  convert->add_option("--lang", convert_options.lang, "fr or en")->check(CLI::IsMember({"fr", "en"}));
  convert->add_option("--max-file-size", convert_options.max_file_size, "largest input accepted, in bytes");

  std::vector<std::string> rule_files;
  std::string lang = "fr";
  CLI::App* list = app.add_subcommand("rules", "list every rule");
  list->add_option("--rules", rule_files, "additional rule file or directory")->allow_extra_args(false);
  list->add_option("--lang", lang, "fr or en")->check(CLI::IsMember({"fr", "en"}));

  std::string rule_id;
  CLI::App* explain = app.add_subcommand("explain", "document one rule");
  explain->add_option("rule", rule_id, "rule id, e.g. legal/preavis")->required();
  explain->add_option("--rules", rule_files, "additional rule file or directory")->allow_extra_args(false);
  explain->add_option("--lang", lang, "fr or en")->check(CLI::IsMember({"fr", "en"}));

  CLI::App* show_version = app.add_subcommand("version", "print the version");

  std::vector<std::string> args = with_default_command(argc, argv);
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? exit_clean : exit_failure;
  }
  if (*show_version) {
    std::cout << "convlint " << convlint_version << '\n';
    return exit_clean;
  }
  check_options.reader_worker = extract_options.reader_worker = parse_options.reader_worker = convert_options.reader_worker =
      this_program();
  if (*parse) return run_parse(parse_options);
  if (*convert) return run_convert(convert_options);
  if (*check) return run_check(check_options);
  if (*extract) return run_check(extract_options);
  if (*list) return run_rules(rule_files, lang);
  if (*explain) return run_explain(rule_id, rule_files, lang);
  std::cout << app.help();
  return exit_clean;
}

}  // namespace convlint::cli
