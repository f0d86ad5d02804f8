#pragma once

#include <cstdint>
#include <string_view>

#include "source/expected.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"

namespace convlint::source {

// Reads the text of a Word document (.docx, OOXML) held in `bytes`: paragraphs with the labels of Word's automatic
// numbering ("Article 3 ", "a) "), one line per paragraph and a blank line between paragraphs as in a typed
// convention; table rows as tab-separated cells; footnotes as superscript marks, their text after the paragraph or
// table that calls them. Deleted revisions and field codes are left out. Each line's origin is the paragraph's
// number in the body (tables' paragraphs counted, footnotes not).
Expected<ExtractedText, InputError> read_docx(std::string_view bytes, uint64_t max_size);

}  // namespace convlint::source
