#include "source/decode.hpp"
#include "source/docx_reader.hpp"
#include "source/odt_reader.hpp"
#include "source/line_numbers.hpp"
#include "source/pdf_reader.hpp"
#include "source/reader_worker.hpp"

namespace convlint::source {

Expected<ExtractedText, InputError> extract_text(DocumentFormat format, std::string_view bytes, uint64_t max_size, const OcrOptions& ocr) {
  switch (format) {
    case DocumentFormat::docx: return read_docx(bytes, max_size);
    case DocumentFormat::odt: return read_odt(bytes, max_size);
    case DocumentFormat::pdf: return read_pdf(bytes, ocr);
    case DocumentFormat::image:
      if (ocr.mode == OcrMode::never) return InputError{InputErrorKind::scanned_pdf, "--ocr never"};
      return read_image(bytes, ocr);
    default: return InputError{InputErrorKind::unsupported_format, std::string(format_name(format))};
  }
}

Expected<SourceText, InputError> load_source(std::string path, std::string_view bytes, uint64_t max_size, const ReadOptions& options) {
  const DocumentFormat format = sniff_format(bytes);
  if (format == DocumentFormat::text) {
    auto source = decode(std::move(path), bytes, max_size);
    if (source) blank_margin_line_numbers(source->text);
    return source;
  }
  const bool readable = format == DocumentFormat::docx || format == DocumentFormat::odt || format == DocumentFormat::pdf ||
                        format == DocumentFormat::image;
  auto extracted = readable && !options.limits.worker.empty()
                       ? extract_text_in_worker(format, bytes, max_size, options.ocr, options.limits)
                       : extract_text(format, bytes, max_size, options.ocr);
  if (!extracted) return extracted.error();
  auto source = decode(std::move(path), extracted->text, max_size);
  if (!source) return source;
  source->format = format;
  source->line_origins = std::move(extracted->origins);
  source->line_boxes = std::move(extracted->boxes);
  source->ocr_pages = std::move(extracted->ocr_pages);
  source->ocr_words = std::move(extracted->ocr_words);
  return source;
}

}  // namespace convlint::source
