#pragma once
// Changes made to a text file where it stands: in its own encoding, with its own line ends, touching no other byte.

#include <string>
#include <string_view>
#include <vector>

#include "source/line_map.hpp"
#include "source/source_text.hpp"

namespace convlint::source {

// A change at places of the original file (lines and code-point columns, as findings give them): `replacement`
// takes the place of [begin, end); with `own_paragraph`, it becomes a line of its own after line `begin.line`
// (after a blank line too when that line is followed by one).
struct TextEdit {
  Position begin, end;
  std::string replacement;
  bool own_paragraph = false;
};

struct EditedText {
  std::string bytes;      // the whole file, edited
  size_t applied = 0;     // edits made; one that overlaps an edit before it is left out
  std::string problem;    // not empty when nothing could be made: the edits cannot be written in the file's encoding
};

EditedText edit_text(std::string_view bytes, Encoding encoding, std::vector<TextEdit> edits);

}  // namespace convlint::source
