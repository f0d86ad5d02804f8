#pragma once

#include <string_view>

namespace convlint {

// Language of messages shown to users: French first, English on request (`--lang en`).
enum class Language { fr, en };

}  // namespace convlint
