#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>

#include "source/decode.hpp"

namespace convlint::source {

// Reads and decodes the file at `path` ("-" reads standard input). Never throws: problems come back as InputError.
Expected<SourceText, InputError> read_source(const std::string& path, uint64_t max_size = default_max_file_size);

// Reads at most `max_size` + 1 bytes of `stream`, so an oversized input is detected without loading all of it.
std::string read_bounded(std::istream& stream, uint64_t max_size);

}  // namespace convlint::source
