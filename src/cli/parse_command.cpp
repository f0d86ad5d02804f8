#include "cli/parse_command.hpp"

#include <iostream>

#include "cli/app.hpp"
#include "document/builder.hpp"
#include "report/document_json.hpp"
#include "report/document_tree.hpp"
#include "rules/catalog.hpp"
#include "source/display_path.hpp"
#include "source/read.hpp"

namespace convlint::cli {

int run_parse(const ParseOptions& options) {
  auto source = source::read_source(options.path, options.max_file_size, {{}, {options.reader_worker}});
  if (!source) {
    std::cerr << "convlint: " << source::display_path(options.path) << ": " << source.error().describe(Language::fr) << '\n';
    return exit_failure;
  }
  source->path = source::display_path(source->path);
  const document::Document document = document::build_document(*source, {.lexicon = &rules::builtin_lexicon()});
  if (options.format == "tree") std::cout << report::document_tree(document);
  else std::cout << report::document_json(document).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  return exit_clean;
}

}  // namespace convlint::cli
