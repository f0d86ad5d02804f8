#pragma once
// How a reader worker hands its result back: ExtractedText or InputError, as bytes on a pipe. Reading checks every
// length against what is left, so truncated or garbled bytes give nullopt, never a crash.

#include <optional>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "source/extracted_text.hpp"
#include "source/input_error.hpp"

namespace convlint::source {

std::string encode_result(const Expected<ExtractedText, InputError>& result);
std::optional<Expected<ExtractedText, InputError>> decode_result(std::string_view bytes);

}  // namespace convlint::source
