#pragma once

#include <cstdint>
#include <string_view>

#include "base/expected.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"

namespace convlint::source {

// Reads the text of an OpenDocument text (.odt, LibreOffice Writer's own format) held in `bytes`, as read_docx reads
// a Word document: paragraphs and headings one line each with a blank line between them, list items with the label
// their list style gives them (« 1. », « a) », « – »), table rows as tab-separated cells, footnotes and endnotes as
// superscript marks with their text after the paragraph or table that calls them. Deleted changes, comments and
// text boxes' frames are left out. Each line's origin is its paragraph's number in the body.
Expected<ExtractedText, InputError> read_odt(std::string_view bytes, uint64_t max_size);

}  // namespace convlint::source
