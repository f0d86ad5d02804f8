#pragma once

#include <string_view>

namespace convlint::source {

// What an input file is: plain text, a Word document (OOXML) or a PDF.
enum class DocumentFormat { text, docx, pdf };

// Tells the format by the first bytes, never by the name: a PDF starts with "%PDF-" (after at most a few bytes of
// junk, as some producers leave), a DOCX is a ZIP package holding word/document.xml.
DocumentFormat sniff_format(std::string_view bytes);

// "text", "docx", "pdf".
std::string_view format_name(DocumentFormat format);

}  // namespace convlint::source
