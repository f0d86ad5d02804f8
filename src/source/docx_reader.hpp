#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/expected.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"

namespace convlint::source {

// Reads the text of a Word document (.docx, OOXML) held in `bytes`: paragraphs with the labels of Word's automatic
// numbering ("Article 3 ", "a) "), one line per paragraph and a blank line between paragraphs as in a typed
// convention; table rows as tab-separated cells; footnotes as superscript marks, their text after the paragraph or
// table that calls them. Deleted revisions and field codes are left out. Each line's origin is the paragraph's
// number in the body (tables' paragraphs counted, footnotes not).
Expected<ExtractedText, InputError> read_docx(std::string_view bytes, uint64_t max_size);

// The paragraphs of a Word document's body (word/document.xml, parsed) in the reader's order: element k - 1 is the
// paragraph that line origins call k.
std::vector<pugi::xml_node> docx_paragraphs(pugi::xml_node body);

// Whether the reader leaves `node` and what it holds out of the text: formatting, deleted revisions, field
// instructions, the legacy copy of a drawing, a run of hidden text.
bool is_hidden_from_reader(pugi::xml_node node);

}  // namespace convlint::source
