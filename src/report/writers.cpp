#include "report/writers.hpp"

#include "report/extract.hpp"
#include "report/html_writer.hpp"
#include "report/json_writer.hpp"
#include "report/jsonl_writer.hpp"
#include "report/sarif_writer.hpp"
#include "report/text_writer.hpp"
#include "report/xlsx_writer.hpp"

namespace convlint::report {

std::unique_ptr<Writer> make_writer(const WriterChoice& choice, std::ostream& out, Language language, const rules::Catalog& catalog) {
  if (choice.format == "xlsx") return std::make_unique<XlsxWriter>(out, language);
  if (choice.extract && choice.format == "csv") return std::make_unique<ExtractCsvWriter>(out, language);
  if (choice.extract) return std::make_unique<ExtractJsonlWriter>(out, language);
  if (choice.format == "json") return std::make_unique<JsonWriter>(out, language, choice.version);
  if (choice.format == "jsonl") return std::make_unique<JsonlWriter>(out, language);
  if (choice.format == "csv") return std::make_unique<CsvWriter>(out, language);
  if (choice.format == "sarif") return std::make_unique<SarifWriter>(out, catalog, language, choice.version);
  if (choice.format == "html") return std::make_unique<HtmlWriter>(out, language, choice.inputs);
  return std::make_unique<TextWriter>(out, language, choice.color);
}

}  // namespace convlint::report
