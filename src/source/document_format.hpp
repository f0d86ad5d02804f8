#pragma once

#include <string_view>

namespace convlint::source {

// What an input file is: plain text, a Word document (OOXML), an OpenDocument text (.odt), a PDF or an image; or a
// format convlint does not read (Word 97-2003 .doc, other OpenDocument files, RTF), which it names rather than misread.
enum class DocumentFormat { text, docx, pdf, legacy_word, opendocument, rtf, image, odt };

// Tells the format by the first bytes, never by the name: a PDF starts with "%PDF-" (after at most a few bytes of
// junk, as some producers leave), a DOCX is a ZIP package holding word/document.xml.
DocumentFormat sniff_format(std::string_view bytes);

// "text", "docx", "pdf", "doc", "opendocument", "rtf", "image", "odt".
std::string_view format_name(DocumentFormat format);

}  // namespace convlint::source
