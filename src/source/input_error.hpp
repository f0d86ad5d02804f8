#pragma once

#include <string>

#include "base/language.hpp"

namespace convlint::source {

// Why an input could not be turned into text.
enum class InputErrorKind { unreadable, not_found, is_directory, empty, too_large, binary, undecodable, bad_archive, archive_limit,
                            bad_docx, bad_odt, bad_pdf, encrypted_pdf, scanned_pdf, no_pdf_support, unsupported_format,
                            not_regular, no_ocr, bad_image, reader_time, reader_memory, reader_crash,
                            out_of_memory, internal_error, last = internal_error };

struct InputError {
  InputErrorKind kind;
  std::string detail;  // file-specific fact for the message (size, OS reason…); may be empty

  // One sentence for the user, in the requested language.
  std::string describe(Language language) const;
};

}  // namespace convlint::source
