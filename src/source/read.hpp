#pragma once

#include <cstdint>
#include <string>

#include "source/decode.hpp"

namespace convlint::source {

// Reads and decodes the file at `path` ("-" reads standard input). Never throws: problems come back as InputError.
Expected<SourceText, InputError> read_source(const std::string& path, uint64_t max_size = default_max_file_size,
                                             const ReadOptions& options = {});

}  // namespace convlint::source
