#include "source/document_format.hpp"

namespace convlint::source {

DocumentFormat sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return DocumentFormat::pdf;
  // Every ZIP member is named in its local header and again in the central directory.
  if (bytes.starts_with("PK\x03\x04") && bytes.find("word/document.xml") != std::string_view::npos)
    return DocumentFormat::docx;
  if (bytes.starts_with("PK\x03\x04") && bytes.substr(0, 256).find("application/vnd.oasis.opendocument") != std::string_view::npos)
    return DocumentFormat::opendocument;
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return DocumentFormat::legacy_word;
  if (bytes.starts_with("{\\rtf")) return DocumentFormat::rtf;
  return DocumentFormat::text;
}

std::string_view format_name(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::text: return "text";
    case DocumentFormat::docx: return "docx";
    case DocumentFormat::pdf: return "pdf";
    case DocumentFormat::legacy_word: return "doc";
    case DocumentFormat::opendocument: return "odt";
    case DocumentFormat::rtf: return "rtf";
  }
  return "?";
}

}  // namespace convlint::source
