#include "source/input_error.hpp"

namespace convlint::source {

namespace {

std::string_view base_message(InputErrorKind kind, Language language) {
  switch (kind) {
    case InputErrorKind::unreadable: return pick(language, "fichier illisible", "unreadable file");
    case InputErrorKind::not_found: return pick(language, "fichier introuvable", "no such file");
    case InputErrorKind::is_directory: return pick(language, "c'est un dossier", "is a directory");
    case InputErrorKind::empty: return pick(language, "fichier vide", "empty file");
    case InputErrorKind::too_large:
      return pick(language, "fichier trop volumineux (voir --max-file-size)", "file too large (see --max-file-size)");
    case InputErrorKind::binary:
      return pick(language, "fichier binaire (octets NUL) : ce n'est pas un texte",
                  "binary file (NUL bytes): not a text");
    case InputErrorKind::undecodable: return pick(language, "encodage non reconnu", "unrecognised encoding");
    case InputErrorKind::bad_archive: return pick(language, "archive illisible", "unreadable archive");
    case InputErrorKind::archive_limit:
      return pick(language, "l'archive dépasse la taille totale permise une fois décompressée (voir --max-archive-size) : membre non lu",
                  "the archive decompresses past the total size allowed (see --max-archive-size): member not read");
    case InputErrorKind::bad_docx:
      return pick(language, "document Word illisible ou endommagé", "unreadable or damaged Word document");
    case InputErrorKind::bad_odt:
      return pick(language, "document OpenDocument illisible ou endommagé", "unreadable or damaged OpenDocument file");
    case InputErrorKind::bad_pdf: return pick(language, "PDF illisible ou endommagé", "unreadable or damaged PDF");
    case InputErrorKind::encrypted_pdf:
      return pick(language, "PDF protégé par un mot de passe : convlint ne peut pas en lire le texte",
                  "password-protected PDF: convlint cannot read its text");
    case InputErrorKind::no_pdf_support:
      return pick(language, "lecture des PDF indisponible : module libconvlint_pdf.so introuvable à côté de convlint",
                  "PDF reading unavailable: module libconvlint_pdf.so not found beside convlint");
    case InputErrorKind::unsupported_format:
      return pick(language, "format de traitement de texte non lu par convlint : enregistrez le document en .docx ou en PDF",
                  "word-processing format convlint does not read: save the document as .docx or PDF");
    case InputErrorKind::not_regular:
      return pick(language, "pas un fichier ordinaire : non lu", "not a regular file: not read");
    case InputErrorKind::scanned_pdf:
      return pick(language, "PDF sans texte (document numérisé ?), et la reconnaissance de caractères n'en a rien lu (ou --ocr never)",
                  "PDF with no text (a scan?), and character recognition read nothing from it (or --ocr never)");
    case InputErrorKind::no_ocr:
      return pick(language, "document numérisé : la reconnaissance de caractères (Tesseract, modèle français) n'est pas disponible dans cette installation",
                  "scanned document: character recognition (Tesseract, French model) is not available in this installation");
    case InputErrorKind::bad_image: return pick(language, "image illisible ou endommagée", "unreadable or damaged image");
    case InputErrorKind::reader_time:
      return pick(language, "la lecture du fichier a dépassé le temps de calcul permis (voir --max-seconds-per-file)",
                  "reading the file took more computing time than allowed (see --max-seconds-per-file)");
    case InputErrorKind::reader_memory:
      return pick(language, "la lecture du fichier a dépassé la mémoire permise (voir --max-memory)",
                  "reading the file took more memory than allowed (see --max-memory)");
    case InputErrorKind::out_of_memory:
      return pick(language, "mémoire insuffisante pour analyser ce fichier", "not enough memory to lint this file");
    case InputErrorKind::internal_error:
      return pick(language, "erreur interne de convlint sur ce fichier (merci de la signaler)",
                  "convlint internal error on this file (please report it)");
    case InputErrorKind::reader_crash:
      return pick(language, "le lecteur de ce fichier s'est arrêté sur une erreur : fichier probablement endommagé",
                  "the reader of this file stopped on an error: the file is probably damaged");
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
