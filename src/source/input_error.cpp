#include "source/input_error.hpp"
#include "base/ui_text.hpp"

namespace convlint::source {

namespace {

std::string_view base_message(InputErrorKind kind, Language language) {
  switch (kind) {
    case InputErrorKind::unreadable: return ui_text(language, "input_error.unreadable_file");
    case InputErrorKind::not_found: return ui_text(language, "input_error.no_such_file");
    case InputErrorKind::is_directory: return ui_text(language, "input_error.is_a_directory");
    case InputErrorKind::empty: return ui_text(language, "input_error.empty_file");
    case InputErrorKind::too_large:
      return ui_text(language, "input_error.file_too_large_see_max");
    case InputErrorKind::binary:
      return ui_text(language, "input_error.binary_file_nul_bytes_not");
    case InputErrorKind::undecodable: return ui_text(language, "input_error.unrecognised_encoding");
    case InputErrorKind::bad_archive: return ui_text(language, "input_error.unreadable_archive");
    case InputErrorKind::archive_limit:
      return ui_text(language, "input_error.the_archive_decompresses_past_the");
    case InputErrorKind::bad_docx:
      return ui_text(language, "input_error.unreadable_or_damaged_word_document");
    case InputErrorKind::bad_odt:
      return ui_text(language, "input_error.unreadable_or_damaged_opendocument_file");
    case InputErrorKind::bad_pdf: return ui_text(language, "input_error.unreadable_or_damaged_pdf");
    case InputErrorKind::encrypted_pdf:
      return ui_text(language, "input_error.password_protected_pdf_convlint_cannot");
    case InputErrorKind::no_pdf_support:
      return ui_text(language, "input_error.pdf_reading_unavailable_module_libconvlint");
    case InputErrorKind::unsupported_format:
      return ui_text(language, "input_error.word_processing_format_convlint_does");
    case InputErrorKind::not_regular:
      return ui_text(language, "input_error.not_a_regular_file_not");
    case InputErrorKind::scanned_pdf:
      return ui_text(language, "input_error.pdf_with_no_text_a");
    case InputErrorKind::no_ocr:
      return ui_text(language, "input_error.scanned_document_character_recognition_tesseract");
    case InputErrorKind::bad_image: return ui_text(language, "input_error.unreadable_or_damaged_image");
    case InputErrorKind::reader_time:
      return ui_text(language, "input_error.reading_the_file_took_more");
    case InputErrorKind::reader_memory:
      return ui_text(language, "input_error.reading_the_file_took_more_2");
    case InputErrorKind::out_of_memory:
      return ui_text(language, "input_error.not_enough_memory_to_lint");
    case InputErrorKind::internal_error:
      return ui_text(language, "input_error.convlint_internal_error_on_this");
    case InputErrorKind::reader_crash:
      return ui_text(language, "input_error.the_reader_of_this_file");
  }
  return "?";
}

}  // namespace

std::string InputError::describe(Language language) const {
  std::string message(base_message(kind, language));
  if (!detail.empty()) message += " (" + detail + ")";
  return message;
}

}  // namespace convlint::source
