#include <algorithm>
#include <gtest/gtest.h>

#include "source/decode.hpp"
#include "source/extracted_wire.hpp"
#include "source/find_word.hpp"
#include "source/line_numbers.hpp"
#include "source/folded_text.hpp"
#include "source/ocr_words.hpp"
#include "source/read.hpp"

namespace convlint::source {
namespace {

SourceText decoded(const std::string& bytes) {
  auto result = decode("t.txt", bytes);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().describe(Language::en));
  return result ? std::move(result.value()) : SourceText{};
}

Position position_of(const SourceText& source, std::string_view needle) {
  const size_t at = source.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return source.position(static_cast<uint32_t>(at));
}

TEST(Decode, Utf8KeepsTextAndColumnsCountCodePoints) {
  const SourceText source = decoded("Préambule\nDélégant « le délégataire »\n");
  EXPECT_EQ(source.encoding, Encoding::utf8);
  EXPECT_EQ(position_of(source, "le délégataire"), (Position{2, 12}));
}

TEST(Decode, Utf8BomIsDroppedAndDoesNotShiftColumns) {
  const SourceText source = decoded("\xEF\xBB\xBF" "Article 1 : Objet\n");
  EXPECT_EQ(source.encoding, Encoding::utf8_bom);
  EXPECT_EQ(source.text.substr(0, 7), "Article");
  EXPECT_EQ(position_of(source, "Objet"), (Position{1, 13}));
}

TEST(Decode, CrlfAndCrBecomeLfAndLinesStayTheSame) {
  const SourceText source = decoded("un\r\ndeux\rtrois\n\r\nquatre");
  EXPECT_EQ(source.text, "un\ndeux\ntrois\n\nquatre");
  EXPECT_EQ(position_of(source, "quatre"), (Position{5, 1}));
  EXPECT_EQ(position_of(source, "trois"), (Position{3, 1}));
}

TEST(Decode, Windows1252IsConverted) {
  const SourceText source = decoded("D\xE9l\xE9gant : 150 000 \x80\r\nd\x92une part\r\n");
  EXPECT_EQ(source.encoding, Encoding::windows1252);
  EXPECT_EQ(source.text, "Délégant : 150 000 €\nd’une part\n");
  EXPECT_EQ(position_of(source, "€"), (Position{1, 20}));
  EXPECT_EQ(position_of(source, "une"), (Position{2, 3}));
}

TEST(Decode, Utf16WithBomIsConverted) {
  const std::string little = std::string("\xFF\xFE", 2) + std::string("V\0u\0 \0\xE9\0\n\0", 10);
  EXPECT_EQ(decoded(little).text, "Vu é\n");
  EXPECT_EQ(decoded(little).encoding, Encoding::utf16le);
  const std::string big = std::string("\xFE\xFF", 2) + std::string("\0V\0u\0 \0\xE9\0\n", 10);
  EXPECT_EQ(decoded(big).text, "Vu é\n");
}

TEST(Decode, Utf16WithoutBomIsRecognised) {
  const std::string bytes("A\0r\0t\0i\0c\0l\0e\0 \0""1\0\n\0", 20);
  const SourceText source = decoded(bytes);
  EXPECT_EQ(source.encoding, Encoding::utf16le);
  EXPECT_EQ(source.text, "Article 1\n");
}

TEST(Decode, NfcComposesAndColumnsPointIntoTheOriginal) {
  // "De\u0301le\u0301gant" is « Délégant » written with combining accents: 12 code points up to the x.
  const SourceText source = decoded("De\xCC\x81le\xCC\x81gant x\n");
  EXPECT_EQ(source.text, "Délégant x\n");
  EXPECT_EQ(position_of(source, "x"), (Position{1, 12}));
  EXPECT_EQ(position_of(source, "gant"), (Position{1, 7}));
}

TEST(Decode, InvalidBytesInsideUtf8AreReplacedNotMisread) {
  const SourceText source = decoded("Délégant \xFF délégataire é\n");
  EXPECT_EQ(source.encoding, Encoding::utf8);
  EXPECT_EQ(source.replaced_bytes.size(), 1u);
  EXPECT_NE(source.text.find("délégataire"), std::string::npos);
}

TEST(Decode, RefusesBinaryEmptyAndOversizedInput) {
  EXPECT_EQ(decode("b", std::string("PK\x03\x04\0\0\x01", 7)).error().kind, InputErrorKind::binary);
  EXPECT_EQ(decode("e", "").error().kind, InputErrorKind::empty);
  EXPECT_EQ(decode("l", std::string(100, 'a'), 50).error().kind, InputErrorKind::too_large);
}

TEST(Decode, ErrorsAreDescribedInFrenchAndEnglish) {
  const InputError error{InputErrorKind::binary, {}};
  EXPECT_NE(error.describe(Language::fr).find("binaire"), std::string::npos);
  EXPECT_NE(error.describe(Language::en).find("binary"), std::string::npos);
}

TEST(Read, MissingFileIsAnErrorNotACrash) {
  auto result = read_source("/nonexistent/convention.txt");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().kind, InputErrorKind::not_found);
}

TEST(Load, WordProcessingFormatsConvlintDoesNotReadAreNamedNotMisread) {
  const std::pair<std::string, std::string> cases[] = {
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), "doc"},
      {std::string(std::string_view("PK\x03\x04\x14\0\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 62)), "opendocument"},
      {"{\\rtf1\\ansi Convention de d\\'e9l\\'e9gation}", "rtf"}};
  for (const auto& [bytes, format] : cases) {
    const auto loaded = load_source("c", bytes);
    ASSERT_FALSE(loaded) << format;
    EXPECT_EQ(loaded.error().kind, InputErrorKind::unsupported_format);
    EXPECT_EQ(loaded.error().detail, format);
  }
  EXPECT_TRUE(load_source("c", "Convention de délégation de gestion\n")) << "text stays text";
  // An OpenDocument text is read: a package without its content is a damaged one.
  const auto odt = load_source("c", std::string(std::string_view("PK\x03\x04\x14\0\0\0mimetypeapplication/vnd.oasis.opendocument.text", 55)));
  ASSERT_FALSE(odt);
  EXPECT_EQ(odt.error().kind, InputErrorKind::bad_odt);
}

TEST(Fold, LowercasesAndDropsAccentsWithOffsets) {
  const FoldedText folded("Délégant « ÉTÉ » Œuvre");
  EXPECT_EQ(folded.str(), "delegant \" ete \" oeuvre");
  const size_t at = folded.view().find("ete");
  EXPECT_EQ(folded.original_offset(static_cast<uint32_t>(at)), std::string_view("Délégant « ").size());
}

TEST(Fold, ReadsThePunctuationAMarkdownExportEscapedAndKeepsEveryOffset) {
  // pandoc's markdown: « s\'achève », « jusqu\'au », in ASCII runs longer and shorter than 8 bytes; a backslash before
  // a letter or at the end is kept.
  const std::string original = "Elle s\\'ach\u00e8ve jusqu\\'au terme de l\\'exercice C:\\dossier \\";
  const FoldedText folded(original);
  EXPECT_EQ(folded.str(), "elle s'acheve jusqu'au terme de l'exercice c:\\dossier \\");
  auto origin_of = [&](std::string_view folded_word) { return folded.original_offset(static_cast<uint32_t>(folded.view().find(folded_word))); };
  EXPECT_EQ(origin_of("'acheve"), original.find("\\'ach") + 1);
  EXPECT_EQ(origin_of("'exercice"), original.find("\\'exercice") + 1);
  EXPECT_EQ(origin_of("dossier"), original.find("dossier"));
}

TEST(OcrWords, CorrectsTheConfusionsOfFiguresAndCodesOnly) {
  const std::pair<std::string, std::string> cases[] = {
      {"ler", "1er"},  {"ler.", "1er."}, {"O", "0"}, {"1O0", "100"}, {"DGPCULTO75", "DGPCULT075"},
      // A Chorus code's programme opens with a zero that OCR reads as a 6 or an 8, or after a rule read as a 6.
      {"6206-CDGA-DGDI", "0206-CDGA-DGDI"}, {"8134-07", "0134-07"}, {"60134-DGE1-DNUM", "0134-DGE1-DNUM"}, {"O141-RBRE-R035", "0141-RBRE-R035"}, {"O0111-DR21-DD21", "0111-DR21-DD21"},
      // A speck between a figure and its currency, beside a bullet.
      {"000.\u20AC", "000\u20AC"}, {"120,\u20AC", "120\u20AC"}, {"-.", "-"},
      // A speck beside a hyphen inside a code.
      {"0135-:CIDF-DD77", "0135-CIDF-DD77"}, {"0135.-05", "0135-05"}, {"0135-CIDF-'DD77", "0135-CIDF-DD77"}, {"0135-05,", "0135-05,"},
      // Left as they are: a date, a text's number, words.
      {"2026-01-15", "2026-01-15"}, {"2004-1085", "2004-1085"}, {"6-CDGA", "6-CDGA"}, {"Olivier", "Olivier"}, {"lors", "lors"},
      {"Oise-Nord", "Oise-Nord"}, {"12,5\u20AC", "12,5\u20AC"}, {"\u20AC.", "\u20AC."}};
  for (const auto& [read, corrected] : cases) {
    std::string word = read;
    correct_ocr_word(word);
    EXPECT_EQ(word, corrected) << read;
  }
}

TEST(Fold, LowercasesOnlyLettersInLongAsciiRunsAndKeepsEveryOffset) {
  // Runs of 8 ASCII bytes are folded together: the bytes around A–Z (@ [ ` {) must stay as they are.
  const std::string original = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`{z} D\u00C9CRET n\u00B0 2004-1085 DU 14 OCTOBRE";
  const FoldedText folded(original);
  EXPECT_EQ(folded.str(), "@abcdefghijklmnopqrstuvwxyz[`{z} decret n\u00B0 2004-1085 du 14 octobre");
  EXPECT_EQ(fold(original), folded.str());
  for (uint32_t at = 0; at < folded.str().size(); ++at) {
    const uint32_t from = folded.original_offset(at);
    if (static_cast<unsigned char>(original[from]) < 0x80) {
      EXPECT_EQ(std::tolower(original[from]), folded.str()[at]) << at;
    }
  }
  EXPECT_EQ(folded.original_offset(static_cast<uint32_t>(folded.view().find("2004"))), original.find("2004"));
}

TEST(Fold, MapsEveryFoldedByteAndEveryOriginalByteLikeAFoldOfEachCodePoint) {
  // ASCII runs longer and shorter than 8 bytes, Latin letters folded to one byte, « œ » to two, three-byte
  // punctuation, a CJK letter kept as is, an invalid byte, a line break.
  const std::string original = "Délégataire\u2019s « Œuvre » ABCDEFGHIJKL\u4E2D\xFFé\nfin";
  const FoldedText folded(original, FoldedText::LineBreaks::as_spaces);
  std::string expected_text;
  std::vector<uint32_t> expected_origin;
  for (size_t at = 0; at < original.size();) {
    const auto lead = static_cast<unsigned char>(original[at]);
    size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (lead == 0xFF) length = 1;
    const std::string piece = fold(original.substr(at, length));
    for (const char byte : piece) {
      expected_text += byte == '\n' ? ' ' : byte;
      expected_origin.push_back(static_cast<uint32_t>(at));
    }
    at += length;
  }
  ASSERT_EQ(folded.str(), expected_text);
  for (uint32_t at = 0; at < expected_origin.size(); ++at) EXPECT_EQ(folded.original_offset(at), expected_origin[at]) << at;
  EXPECT_EQ(folded.original_offset(static_cast<uint32_t>(expected_origin.size())), original.size());
  for (uint32_t at = 0; at <= original.size(); ++at) {
    const auto first = std::lower_bound(expected_origin.begin(), expected_origin.end(), at) - expected_origin.begin();
    EXPECT_EQ(folded.folded_offset(at), static_cast<uint32_t>(first)) << at;
  }
  const size_t oeuvre = folded.view().find("oeuvre");
  EXPECT_EQ(folded.original_range(static_cast<uint32_t>(oeuvre), static_cast<uint32_t>(oeuvre + 6)),
            std::make_pair(static_cast<uint32_t>(original.find("Œuvre")), static_cast<uint32_t>(original.find(" »"))));
}

TEST(FindByLetter, FindsWhatStringViewFindFinds) {
  const std::string_view text = "le délégant, la délégation, les partenaires-délégataires et le partenaire-";
  for (const auto& [needle, pivot] : {std::pair<std::string_view, size_t>{"leg", 2}, {"partenaire-", 10}, {"l", 0},
                                      {"absent", 3}, {"le d", 3}}) {
    for (size_t from = 0; from <= text.size(); ++from)
      EXPECT_EQ(find_by_letter(text, needle, pivot, from), text.find(needle, from)) << needle << " from " << from;
  }
}

TEST(ReaderWire, AResultComesBackAsItWasSent) {
  ExtractedText text;
  text.add_line("Article 1er – Objet", 1, {10, 20, 300, 32, 91.5f});
  text.add_line("", 2);
  text.ocr_pages.push_back({1, 91.5f});
  const auto back = decode_result(encode_result(text));
  ASSERT_TRUE(back && *back);
  EXPECT_EQ((*back)->text, text.text);
  EXPECT_EQ((*back)->origins, text.origins);
  ASSERT_EQ((*back)->boxes.size(), 2u);
  EXPECT_EQ((*back)->boxes[0].right, 300);
  EXPECT_EQ((*back)->boxes[0].confidence, 91.5f);
  ASSERT_EQ((*back)->ocr_pages.size(), 1u);
  EXPECT_EQ((*back)->ocr_pages[0].page, 1u);
  text.ocr_words.push_back({0, 8, 11, 42.5f});
  const auto with_words = decode_result(encode_result(text));
  ASSERT_TRUE(with_words && *with_words);
  ASSERT_EQ((*with_words)->ocr_words.size(), 1u);
  EXPECT_EQ((*with_words)->ocr_words[0].end, 11u);
  EXPECT_EQ((*with_words)->ocr_words[0].confidence, 42.5f);

  const auto error = decode_result(encode_result(InputError{InputErrorKind::encrypted_pdf, "x"}));
  ASSERT_TRUE(error && !*error);
  EXPECT_EQ(error->error().kind, InputErrorKind::encrypted_pdf);
  EXPECT_EQ(error->error().detail, "x");
}

TEST(ReaderWire, CutOrGarbledBytesAreRefusedNotRead) {
  ExtractedText text;
  text.add_line("Article 2", 1, {1, 2, 3, 4});
  const std::string bytes = encode_result(text);
  for (size_t size = 0; size < bytes.size(); ++size) EXPECT_FALSE(decode_result(bytes.substr(0, size))) << size;
  EXPECT_FALSE(decode_result(bytes + "x"));
  std::string kind_out_of_range = encode_result(InputError{InputErrorKind::bad_pdf, {}});
  kind_out_of_range[21] = '\x7f';  // after the magic and the tag: the error's kind
  EXPECT_FALSE(decode_result(kind_out_of_range));
}

}  // namespace
}  // namespace convlint::source

namespace convlint::source {
namespace {

// Lines of a draft as `pdftotext -layout` gives them with Word's line numbering: `every`-th line numbered.
std::string numbered_draft(int every, bool restart_each_page) {
  std::vector<std::string> lines = {
      "Convention de délégation de gestion", "", "Entre", "", "Le ministère de l'Intérieur, ci-après « le délégant »,", "",
      "Et", "", "La préfecture de la Côte-d'Or, ci-après « le délégataire ».", "", "Article 1er – Objet",
      "Le délégant confie au délégataire la gestion des crédits du programme 216.", "",
      "Article 2 – Montant", "2026  40 000 €  40 000 €", "2027  35 000 €  35 000 €", "", "Article 3 – Durée",
      "La présente convention prend fin le 31 décembre 2027.", ""};
  for (int article = 4; article <= 20; ++article)
    lines.insert(lines.end(), {"Article " + std::to_string(article) + " – Suivi", "Le délégataire rend compte au délégant.", ""});
  lines.push_back("Fait à Dijon, le 2 mars 2026");
  std::string text;
  int number = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == 12) {
      text += "\f";
      if (restart_each_page) number = 0;
    }
    ++number;
    const std::string label = number % every == 0 ? std::to_string(number) : "";
    text += std::string(3 - label.size(), ' ') + label + (lines[i].empty() ? "" : "   " + lines[i]) + "\n";
  }
  return text;
}

TEST(LineNumbers, ADraftsMarginNumbersAreBlankedAndEveryColumnStays) {
  for (const int every : {1, 5}) {
    for (const bool restart : {false, true}) {
      SCOPED_TRACE(std::to_string(every) + (restart ? " restarting" : " continuous"));
      std::string text = numbered_draft(every, restart);
      const std::string before = text;
      ASSERT_TRUE(blank_margin_line_numbers(text));
      ASSERT_EQ(text.size(), before.size());
      EXPECT_EQ(text.find("  1   Convention"), std::string::npos);
      EXPECT_NE(text.find("      Convention de délégation"), std::string::npos) << "its place kept";
      EXPECT_NE(text.find("2026  40 000 €"), std::string::npos) << "a year of the table is no line number";
      for (size_t at = 0; at < text.size(); ++at) {
        const bool blanked_digit = before[at] >= '0' && before[at] <= '9' && text[at] == ' ';
        EXPECT_TRUE(text[at] == before[at] || blanked_digit) << at;
      }
    }
  }
  std::string one_space = "1 Convention de délégation\n2 de gestion\n";
  for (int n = 3; n <= 14; ++n) one_space += std::to_string(n) + " Le délégataire rend compte au délégant.\n";
  EXPECT_TRUE(blank_margin_line_numbers(one_space));
}

TEST(LineNumbers, NumbersThatAreTheTextsOwnAreKept) {
  // A schedule of twelve years at the text's own left edge, under prose that is not indented.
  std::string schedule = "Article 4 – Montants\nLe délégant délègue les crédits suivants :\n";
  for (int year = 2025; year <= 2036; ++year) schedule += std::to_string(year) + "  10 000 €  10 000 €\n";
  schedule += "Ces montants sont prévisionnels.\n";
  // Articles numbered one to twelve, each over its own paragraph.
  std::string articles;
  for (int n = 1; n <= 12; ++n) articles += std::to_string(n) + " Titre de l'article\nLe délégataire rend compte au délégant.\n";
  // Lines opening with numbers that do not count up.
  std::string unordered;
  for (const int n : {12, 3, 45, 7, 19, 2, 30, 8, 14, 5, 60, 1}) unordered += "   " + std::to_string(n) + "   ligne\n";
  for (std::string* text : {&schedule, &articles, &unordered}) {
    const std::string before = *text;
    EXPECT_FALSE(blank_margin_line_numbers(*text)) << before;
    EXPECT_EQ(*text, before);
  }
}

}  // namespace
}  // namespace convlint::source
