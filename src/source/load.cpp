#include "source/decode.hpp"
#include "source/docx_reader.hpp"
#include "source/pdf_reader.hpp"

namespace convlint::source {

Expected<SourceText, InputError> load_source(std::string path, std::string_view bytes, uint64_t max_size) {
  const DocumentFormat format = sniff_format(bytes);
  if (format == DocumentFormat::text) return decode(std::move(path), bytes, max_size);
  if (format != DocumentFormat::docx && format != DocumentFormat::pdf)
    return InputError{InputErrorKind::unsupported_format, std::string(format_name(format))};
  auto extracted = format == DocumentFormat::docx ? read_docx(bytes, max_size) : read_pdf(bytes);
  if (!extracted) return extracted.error();
  auto source = decode(std::move(path), extracted->text, max_size);
  if (!source) return source;
  source->format = format;
  source->line_origins = std::move(extracted->origins);
  return source;
}

}  // namespace convlint::source
