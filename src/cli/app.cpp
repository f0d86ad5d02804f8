#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

#include "cli/parse_command.hpp"

namespace convlint::cli {

namespace {

constexpr const char* version = "0.1.0";

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"convlint — vérifie les conventions de délégation de gestion (décret n° 2004-1085)", "convlint"};
  app.require_subcommand(0, 1);

  ParseOptions parse_options;
  CLI::App* parse = app.add_subcommand("parse", "print the document tree");
  parse->add_option("file", parse_options.path, "convention to parse (- for standard input)")->required();
  parse->add_option("--format", parse_options.format, "json or tree")->check(CLI::IsMember({"json", "tree"}));
  parse->add_option("--max-file-size", parse_options.max_file_size, "largest input accepted, in bytes");

  CLI::App* show_version = app.add_subcommand("version", "print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? exit_clean : exit_failure;
  }
  if (*show_version) {
    std::cout << "convlint " << version << '\n';
    return exit_clean;
  }
  if (*parse) return run_parse(parse_options);
  std::cout << app.help();
  return exit_clean;
}

}  // namespace convlint::cli
