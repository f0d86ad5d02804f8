#include "cli/convert_command.hpp"

#include <iostream>

#include "cli/app.hpp"
#include "source/read.hpp"

namespace convlint::cli {

namespace {

// "p. 3", "§ 12" before each line, so a line of the text can be found in the original document.
std::string origin_label(const source::SourceText& source, uint32_t line) {
  const uint32_t origin = source.origin(line);
  if (origin == 0) return "-";
  return (source.format == source::DocumentFormat::pdf ? "p. " : "\u00A7 ") + std::to_string(origin);
}

}  // namespace

int run_convert(const ConvertOptions& options) {
  const Language language = options.lang == "en" ? Language::en : Language::fr;
  auto source = source::read_source(options.path, options.max_file_size, {{}, {options.reader_worker}});
  if (!source) {
    std::cerr << "convlint: " << options.path << ": " << source.error().describe(language) << '\n';
    return exit_failure;
  }
  if (!options.show_origin) {
    std::cout << source->text;
    return exit_clean;
  }
  for (uint32_t index = 0; index < source->lines.line_count(); ++index) {
    const uint32_t begin = source->lines.line_start(index);
    const size_t end = std::min(source->text.find('\n', begin), source->text.size());
    if (begin >= source->text.size()) break;
    std::cout << origin_label(*source, index + 1) << '\t' << std::string_view(source->text).substr(begin, end - begin) << '\n';
  }
  return exit_clean;
}

}  // namespace convlint::cli
