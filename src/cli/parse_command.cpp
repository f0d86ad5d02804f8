#include "cli/parse_command.hpp"

#include <iostream>

#include "cli/app.hpp"
#include "document/builder.hpp"
#include "report/document_json.hpp"
#include "report/document_tree.hpp"
#include "rules/catalog.hpp"
#include "source/read.hpp"

namespace convlint::cli {

int run_parse(const ParseOptions& options) {
  auto source = source::read_source(options.path, options.max_file_size);
  if (!source) {
    std::cerr << "convlint: " << options.path << ": " << source.error().describe(Language::fr) << '\n';
    return exit_failure;
  }
  const document::Document document = document::build_document(*source, {.lexicon = &rules::builtin_lexicon()});
  if (options.format == "tree") std::cout << report::document_tree(document);
  else std::cout << report::document_json(document).dump(2) << '\n';
  return exit_clean;
}

}  // namespace convlint::cli
