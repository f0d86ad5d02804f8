#include "source/document_format.hpp"

namespace convlint::source {

DocumentFormat sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return DocumentFormat::pdf;
  // Every ZIP member is named in its local header and again in the central directory.
  if (bytes.starts_with("PK\x03\x04") && bytes.find("word/document.xml") != std::string_view::npos)
    return DocumentFormat::docx;
  // An OpenDocument package stores its media type first, uncompressed.
  if (bytes.starts_with("PK\x03\x04") && bytes.substr(0, 256).find("application/vnd.oasis.opendocument.text") != std::string_view::npos)
    return DocumentFormat::odt;
  if (bytes.starts_with("PK\x03\x04") && bytes.substr(0, 256).find("application/vnd.oasis.opendocument") != std::string_view::npos)
    return DocumentFormat::opendocument;
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return DocumentFormat::legacy_word;
  if (bytes.starts_with("{\\rtf")) return DocumentFormat::rtf;
  if (bytes.starts_with("\x89PNG\r\n\x1A\n") || bytes.starts_with("\xFF\xD8\xFF") || bytes.starts_with(std::string_view("II*\0", 4)) ||
      bytes.starts_with(std::string_view("MM\0*", 4)))
    return DocumentFormat::image;
  return DocumentFormat::text;
}

std::string_view format_name(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::text: return "text";
    case DocumentFormat::docx: return "docx";
    case DocumentFormat::pdf: return "pdf";
    case DocumentFormat::legacy_word: return "doc";
    case DocumentFormat::opendocument: return "opendocument";
    case DocumentFormat::rtf: return "rtf";
    case DocumentFormat::image: return "image";
    case DocumentFormat::odt: return "odt";
  }
  return "?";
}

}  // namespace convlint::source
