#include "source/document_format.hpp"

namespace convlint::source {

DocumentFormat sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return DocumentFormat::pdf;
  // Every ZIP member is named in its local header and again in the central directory.
  if (bytes.starts_with("PK\x03\x04") && bytes.find("word/document.xml") != std::string_view::npos)
    return DocumentFormat::docx;
  return DocumentFormat::text;
}

std::string_view format_name(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::text: return "text";
    case DocumentFormat::docx: return "docx";
    case DocumentFormat::pdf: return "pdf";
  }
  return "?";
}

}  // namespace convlint::source
