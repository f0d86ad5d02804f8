#pragma once
// The labels word processors draw before the items of a numbered or bulleted list (Word's numbering, OpenDocument's
// list styles): not in the paragraph's text, written out by the readers.

#include <string>
#include <string_view>

namespace convlint::source {

// `number` in Word's numbering format `format` (« decimal », « upperRoman », « lowerLetter », « ordinal »…): « 3 »,
// « III », « c », « 3e »; "" for « none ». Past 3999, letters and Roman numerals are written in figures (a hostile
// start value would make a label of megabytes).
std::string format_list_number(int number, std::string_view format);

// A bullet as shown: those drawn with the Symbol or Wingdings fonts are private-use code points (U+F0xx) shown « • ».
std::string bullet_text(std::string_view text);

}  // namespace convlint::source
