#pragma once

#include <string_view>

namespace convlint::source {

// What an input file is: plain text, a Word document (OOXML) or a PDF; or a word-processing format convlint does
// not read (Word 97-2003 .doc, OpenDocument .odt, RTF), which it names rather than misread.
enum class DocumentFormat { text, docx, pdf, legacy_word, opendocument, rtf, image };

// Tells the format by the first bytes, never by the name: a PDF starts with "%PDF-" (after at most a few bytes of
// junk, as some producers leave), a DOCX is a ZIP package holding word/document.xml.
DocumentFormat sniff_format(std::string_view bytes);

// "text", "docx", "pdf", "doc", "odt", "rtf", "image".
std::string_view format_name(DocumentFormat format);

}  // namespace convlint::source
