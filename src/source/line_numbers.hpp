#pragma once
// A draft printed with its lines numbered in the margin (Word's line numbering) and converted to text: each line,
// or every fifth, opens with its number, in a column left of the text.

#include <string>

namespace convlint::source {

// Blanks those numbers (each digit becomes a space, so that every line and column stays where it was) when the text
// has them: at least ten lines open with a number and a space, the numbers count up (starting again at a page break,
// or not), and every other line with text stands as far in as the text after the numbers. True when it did.
bool blank_margin_line_numbers(std::string& text);

}  // namespace convlint::source
