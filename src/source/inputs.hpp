#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "source/input_error.hpp"

namespace convlint::source {

// One input to lint: a file path, "-" for standard input, or an archive member ("a.zip!dir/m.txt") whose bytes
// were read from the archive; or something that could not be read, with why.
struct Input {
  std::string path;
  std::optional<InputError> error;
  std::shared_ptr<const std::string> content;  // archive members only
};

struct InputLimits {
  uint64_t max_file_size = 16u * 1024u * 1024u;      // per file and per archive member
  uint64_t max_archive_size = 256u * 1024u * 1024u;  // all members of one archive, decompressed
};

// Expands the paths the user gave: a file stays as it is (whatever its name), a directory gives every convention
// file below it (.txt, .md, .text, .docx, .pdf), recursively, skipping hidden folders and never following a symlink loop; "-" is
// standard input. Paths that do not exist are kept with their error, so the report names them.
// Archives (.zip and tar, plain or compressed with gzip, bzip2 or xz) are read in place, never extracted to disk: their convention members become
// inputs; a member over the size limit, or past the archive's total limit, is refused with its reason.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const InputLimits& limits = {});

// True for the file names a directory scan lints: .txt, .md, .text, .docx, .pdf.
bool is_convention_file(const std::string& path);

// True for .zip, .tar, .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz, .txz.
bool is_archive(const std::string& path);

// The members of one archive, as inputs.
std::vector<Input> read_archive(const std::string& path, const InputLimits& limits);

}  // namespace convlint::source
