// PDF pages back to a convention's text: lines by position, running headers and page numbers out, paragraphs and
// hyphenated words rejoined, table columns as tabs, page of every line.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "source/pdf_layout.hpp"
#include "source/source_text.hpp"

namespace convlint {
namespace {

using source::PdfPage;
using source::PdfWord;

constexpr double font = 11;
constexpr double page_height = 842;

// Writes words on a page the way a PDF library reports them: each word with its box, from left to right.
class PageBuilder {
 public:
  // One line of words starting at `left`, at height `top`; words separated by one space of 3 points.
  PageBuilder& line(double top, const std::string& text, double left = 60, double size = font) {
    std::istringstream words(text);
    std::string word;
    double x = left;
    while (words >> word) {
      const double width = static_cast<double>(word.size()) * size * 0.5;
      page_.words.push_back({word, x, top, x + width, top + size * 1.2, size, true});
      x += width + 3;
    }
    return *this;
  }
  // A word placed exactly.
  PageBuilder& word(const std::string& text, double left, double top, double size = font) {
    page_.words.push_back({text, left, top, left + static_cast<double>(text.size()) * size * 0.5, top + size * 1.2, size, false});
    return *this;
  }
  PdfPage build() {
    page_.height = page_height;
    return page_;
  }

 private:
  PdfPage page_;
};

// A line that fills the text width (60 to about 530 points) in 11-point type.
const std::string full = "Le délégataire rend compte au délégant de l'exécution de la délégation à la fin de chaque";

TEST(PdfLayout, RunningHeadersFootersAndPageNumbersAreRemoved) {
  std::vector<PdfPage> pages;
  for (int n = 1; n <= 3; ++n) {
    pages.push_back(PageBuilder()
                        .line(30, "Convention DGE / DINUM " + std::to_string(2020 + n))
                        .line(100, "Article " + std::to_string(n))
                        .line(800, "Page " + std::to_string(n) + " / 3", 280)
                        .build());
  }
  pages[1].words.push_back({"12", 300, 780, 310, 793, font, false});  // a bare number in the bottom margin
  const auto text = source::lay_out_pages(pages);
  EXPECT_EQ(text.text, "Article 1\n\f\nArticle 2\n\f\nArticle 3\n");
  EXPECT_EQ(text.origins, (std::vector<uint32_t>{1, 2, 2, 3, 3}));
}

TEST(PdfLayout, AHeaderOnASinglePageIsKeptUnlessItIsAPageNumber) {
  const auto text = source::lay_out_pages({PageBuilder().line(30, "Convention de délégation de gestion").line(100, "Entre").build()});
  EXPECT_EQ(text.text, "Convention de délégation de gestion\n\nEntre\n");
}

TEST(PdfLayout, LinesOfAParagraphAreJoinedAndAShortLineEndsIt) {
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, full)
                                               .line(113, "semestre.")
                                               .line(126, "Article 2")
                                               .line(150, "Le délégant fournit les informations.")
                                               .build()});
  EXPECT_EQ(text.text, full + " semestre.\nArticle 2\n\nLe délégant fournit les informations.\n");
}

TEST(PdfLayout, AWordCutByAHyphenIsRejoinedButACompoundKeepsItsHyphen) {
  const std::string cut = "Le délégataire rend compte au délégant de l'exécution de la délégation et des crédits budgé-";
  const std::string compound = "Le délégataire rend compte au délégant de l'exécution de la délégation et au sous-";
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, cut)
                                               .line(113, "taires alloués.")
                                               .line(140, compound)
                                               .line(153, "directeur des achats.")
                                               .build()});
  EXPECT_EQ(text.text, cut.substr(0, cut.size() - 1) + "taires alloués.\n\n" + compound + "directeur des achats.\n");
}

TEST(PdfLayout, ALineEndingShortIsContinuedWhenTheNextWordCouldNotHaveFitted) {
  const std::string longest = full + " semestre";
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, longest)
                                               .line(113, full)  // 9 characters short: « convention » did not fit
                                               .line(126, "convention.")
                                               .build()});
  EXPECT_EQ(text.text, longest + " " + full + " convention.\n");
}

TEST(PdfLayout, AFootnoteMarkAloneOnItsLineGoesWithTheNoteText) {
  const auto text = source::lay_out_pages({PageBuilder().line(100, "\u00B3").line(113, "<https://exemple.gouv.fr/>").build()});
  EXPECT_EQ(text.text, "\u00B3 <https://exemple.gouv.fr/>\n");
}

TEST(PdfLayout, LigaturesAreSpeltOutAndASoftHyphenCutsAWordOnlyAtTheLineEnd) {
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, full + " ce qui con\u00ADcerne le \uFB01nancement, sauf en cas d'insuf\u00AD")
                                               .line(113, "fisance.")
                                               .build()});
  EXPECT_EQ(text.text, full + " ce qui concerne le financement, sauf en cas d'insuffisance.\n");
}

TEST(PdfLayout, ACompoundWrittenWholeElsewhereInTheDocumentKeepsItsHyphen) {
  const std::string cut = "Le délégataire rend compte au délégant de l'exécution de la délégation et au partenaire-";
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, "Ci-après dénommé « le partenaire-déléataire »,")
                                               .line(140, cut)
                                               .line(153, "déléataire des achats.")
                                               .build()});
  EXPECT_NE(text.text.find("au partenaire-déléataire des achats."), std::string::npos) << text.text;
}

TEST(PdfLayout, AWordCutAcrossAPageBreakIsRejoinedOnTheFirstPage) {
  const std::string cut = "Le délégataire rend compte au délégant de l'exécution de la délégation et des crédits budgé-";
  const auto text = source::lay_out_pages(
      {PageBuilder().line(700, cut).build(), PageBuilder().line(100, "taires alloués.").line(130, "Article 3").build()});
  EXPECT_EQ(text.text, cut.substr(0, cut.size() - 1) + "taires alloués.\n\nArticle 3\n");
  EXPECT_EQ(text.origins[0], 1u);
}

// A page set in two columns (a bulletin's), a title across both: read the title, the left column, then the right one.
TEST(PdfLayout, APageInTwoColumnsIsReadColumnByColumn) {
  PageBuilder page;
  page.line(60, "BULLETIN OFFICIEL DU MINISTÈRE DE LA CULTURE ET DE LA COMMUNICATION N° 341");
  const char* left[] = {"Le délégataire rend compte au délégant", "de l'exécution de la délégation à la", "fin de chaque trimestre et lui adresse",
                        "un bilan des dépenses engagées sur les", "crédits mis à sa disposition pour la",
                        "conduite du projet et le suivi des", "marchés passés pour son compte dans", "les conditions de la convention gauchefin."};
  const char* right[] = {"droitedebut La présente convention prend", "effet à la date de sa signature par", "les deux parties et se termine le 31",
                         "décembre 2026 sauf résiliation par", "l'une des parties avec un préavis de", "trois mois notifié par écrit à l'autre",
                         "partie dans les conditions fixées", "par le décret du 14 octobre 2004."};
  for (int row = 0; row < 8; ++row) page.line(100 + 15 * row, left[row], 60).line(100 + 15 * row, right[row], 330);
  const std::string text = source::lay_out_pages({page.build()}).text;
  EXPECT_LT(text.find("BULLETIN"), text.find("Le délégataire"));
  EXPECT_LT(text.find("gauchefin"), text.find("droitedebut")) << text;
  EXPECT_EQ(text.find("gauchefin.\tpar le"), std::string::npos) << "no line holds words of both columns";
}

// One column of text whose table leaves a gap in the middle of the page, and a fixed-width font whose spaces fall at
// the same place on every line: no columns.
TEST(PdfLayout, GapsOfATableOrOfAFixedWidthFontAreNoColumns) {
  PageBuilder table;
  table.line(80, full);
  for (int row = 0; row < 10; ++row) table.word(std::to_string(2020 + row), 60, 100 + 15 * row).word("100 000 €", 330, 100 + 15 * row).word("60 000 €", 450, 100 + 15 * row);
  const std::string rows = source::lay_out_pages({table.build()}).text;
  EXPECT_NE(rows.find("2020\t100 000 €\t60 000 €"), std::string::npos) << rows;
  PageBuilder fixed;
  for (int row = 0; row < 10; ++row) fixed.line(100 + 15 * row, "abcd efgh ijkl mnop qrst uvwx yzab cdef ghij klmn opqr stuv", 60);
  const std::string lines = source::lay_out_pages({fixed.build()}).text;
  EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 1) << "one paragraph, read across: " << lines;
}

TEST(PdfLayout, TableColumnsBecomeTabsAndEmptyCellsKeepTheirPlace) {
  const auto text = source::lay_out_pages({PageBuilder()
                                               .word("AE", 250, 100)
                                               .word("CP", 400, 100)
                                               .word("2025", 60, 114)
                                               .line(114, "80 000 €", 250)
                                               .line(114, "50 000 €", 400)
                                               .word("2026", 60, 128)
                                               .line(128, "110 000 €", 395)
                                               .build()});
  EXPECT_EQ(text.text, "\tAE\tCP\n2025\t80 000 €\t50 000 €\n2026\t\t110 000 €\n");
}

TEST(PdfLayout, TheSecondLineOfAWrappedHeaderCellStaysInItsColumn) {
  // « Autorisations d'engagement » wrapped in a narrow column: its second line is a row of its own, under the column.
  const auto text = source::lay_out_pages({PageBuilder()
                                               .word("Exercice", 60, 100)
                                               .word("Autorisations", 250, 100)
                                               .line(100, "Crédits de paiement", 400)
                                               .word("d'engagement", 250, 114)
                                               .word("2025", 60, 128)
                                               .line(128, "80 000 €", 250)
                                               .line(128, "50 000 €", 400)
                                               .build()});
  EXPECT_EQ(text.text, "Exercice\tAutorisations\tCrédits de paiement\n\td'engagement\t\n2025\t80 000 €\t50 000 €\n");
  // A two-row header: the second row lost its empty first cell, its wrapped cell is still under its column.
  const auto two_rows = source::lay_out_pages({PageBuilder()
                                                   .word("Exercice", 60, 100)
                                                   .line(100, "Crédits délégués", 250)
                                                   .word("Autorisations", 250, 114)
                                                   .line(114, "Crédits de paiement", 400)
                                                   .word("d'engagement", 250, 128)
                                                   .word("2025", 60, 142)
                                                   .line(142, "80 000 €", 250)
                                                   .line(142, "50 000 €", 400)
                                                   .build()});
  EXPECT_EQ(two_rows.text,
            "Exercice\tCrédits délégués\t\n\tAutorisations\tCrédits de paiement\n\td'engagement\t\n2025\t80 000 €\t50 000 €\n");
  // A short line at the left margin after a table is text.
  const auto after = source::lay_out_pages({PageBuilder()
                                                .word("Exercice", 60, 100)
                                                .word("AE", 250, 100)
                                                .word("2025", 60, 114)
                                                .line(114, "80 000 €", 250)
                                                .line(128, "Pour la DINUM :")
                                                .word("2025", 60, 142)
                                                .line(142, "80 000 €", 250)
                                                .build()});
  EXPECT_NE(after.text.find("\nPour la DINUM :\n"), std::string::npos) << after.text;
}

TEST(PdfLayout, ProseUnderATableIsNotCutAtItsTabStopsForTheNarrowSpaceBeforeAColon) {
  // French sets « : » and « ; » after a narrow space: that gap is no measure of the line's spaces.
  const auto text = source::lay_out_pages({PageBuilder()
                                               .word("Année", 60, 100)
                                               .word("AE", 110, 100)
                                               .word("2025", 60, 114)
                                               .line(114, "80 000 €", 110)
                                               .word("Domaine", 60, 128)
                                               .word("fonctionnel", 110, 128)
                                               .word(":", 171.5, 128)
                                               .word("0303-03", 186, 128)
                                               .word(";", 236, 128)
                                               .word("centre", 242, 128)
                                               .build()});
  EXPECT_NE(text.text.find("\nDomaine fonctionnel"), std::string::npos) << text.text;
  EXPECT_EQ(text.text.find("Domaine\t"), std::string::npos) << text.text;
}

TEST(PdfLayout, AHyphenGluedToALowercaseHalfJoinsTheWordBeforeIt) {
  // OCR, or a line read in two parts, sets a space before « -rendu »; a dash between spaces keeps its spaces.
  const auto text = source::lay_out_pages({PageBuilder().line(100, "Il établit un compte -rendu annuel.").line(114, "Article 2 - Objet").build()});
  EXPECT_NE(text.text.find("un compte-rendu annuel."), std::string::npos) << text.text;
  EXPECT_NE(text.text.find("Article 2 - Objet"), std::string::npos) << text.text;
}

TEST(PdfLayout, AnAmountIsNotCutWhereAnotherRowHasATabStop) {
  // Word's default tab stops: the header's long first cell pushed its second one right, to where the thousands of
  // the amounts below happen to start; their digits must stay one cell.
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, "Exercice")
                                               .line(100, "Autorisations d'engagement", 150)
                                               .line(100, "CP", 330)
                                               .line(114, "2025")
                                               .line(114, "1 250", 110)
                                               .line(114, "000,00 €", 150)
                                               .line(114, "750 000,00 €", 330)
                                               .line(128, "2026")
                                               .line(128, "0,00 €", 110)
                                               .line(128, "500 000,00 €", 330)
                                               .build()});
  EXPECT_EQ(text.text, "Exercice\tAutorisations d'engagement\tCP\n2025\t1 250 000,00 €\t750 000,00 €\n2026\t0,00 €\t500 000,00 €\n");
}

TEST(PdfLayout, ACurrencyAfterItsFigureIsNotCutWhereAnotherRowsDashStarts) {
  // Right-aligned cells (an HTML table printed by Chromium): the « € » of one row ends the column where the dash of
  // the next row stands alone.
  const auto text = source::lay_out_pages({PageBuilder()
                                               .line(100, "Exercice")
                                               .line(100, "AE", 200)
                                               .line(100, "CP", 330)
                                               .line(114, "2026")
                                               .line(114, "2 450 000", 170)
                                               .word("\u20AC", 212, 114)
                                               .line(114, "800 000 €", 330)
                                               .line(128, "2027")
                                               .word("\u2013", 212, 128)
                                               .line(128, "1 100 000 €", 330)
                                               .build()});
  EXPECT_EQ(text.text, "Exercice\tAE\tCP\n2026\t2 450 000 \u20AC\t800 000 €\n2027\t\u2013\t1 100 000 €\n");
}

TEST(PdfLayout, ADraftsWatermarkAcrossThePageIsLeftOut) {
  // « PROJET » in 90-point letters down a diagonal: each tall letter would join several body lines into one.
  PageBuilder page;
  for (int line = 0; line < 12; ++line) page.line(100 + 14 * line, "Le délégataire rend compte au délégant de l'exécution.");
  for (int letter = 0; letter < 6; ++letter) page.word(std::string(1, "PROJET"[letter]), 120 + 50 * letter, 200 - 20 * letter, 90);
  const auto text = source::lay_out_pages({page.build()});
  EXPECT_EQ(text.text.find('P'), std::string::npos) << text.text;
  size_t sentences = 0;
  for (size_t at = text.text.find("l'exécution."); at != std::string::npos; at = text.text.find("l'exécution.", at + 1)) ++sentences;
  EXPECT_EQ(sentences, 12u) << text.text;
  // A cover page's title in large type is whole words, and is kept.
  PageBuilder cover;
  cover.line(60, "CONVENTION", 60, 40);
  for (int line = 0; line < 12; ++line) cover.line(200 + 14 * line, "Le délégataire rend compte au délégant de l'exécution.");
  EXPECT_NE(source::lay_out_pages({cover.build()}).text.find("CONVENTION"), std::string::npos);
}

TEST(PdfLayout, AHeadingInLargerTypeEndsBeforeTheBodyTextEvenWhenItsLineIsFull) {
  const std::string heading = "Convention de délégation de gestion relative aux crédits du label « Ville d'art »";
  const auto text = source::lay_out_pages({PageBuilder().line(100, heading, 60, 14).line(118, "Entre").line(140, full).build()});
  EXPECT_EQ(text.text, heading + "\nEntre\n\n" + full + "\n");
}

TEST(PdfLayout, ASmallRaisedNumberIsAFootnoteCall) {
  const auto text = source::lay_out_pages({PageBuilder().line(100, "les crédits suivants").word("2", 182, 97, 7).build()});
  EXPECT_EQ(text.text, "les crédits suivants\u00B2\n");
}

TEST(PdfLayout, AFootnoteOpensWithItsNumberRaisedAsItsCallIs) {
  // Word and LibreOffice set the note's own number small and raised at the start of its line.
  const auto text = source::lay_out_pages({PageBuilder().word("1", 60, 697, 7).line(700, "Nommé par décret du Président.", 66).build()});
  EXPECT_EQ(text.text, "\u00B9 Nommé par décret du Président.\n");
  const auto plain = source::lay_out_pages({PageBuilder().line(700, "1 Nommé par décret du Président.").build()});
  EXPECT_EQ(plain.text, "1 Nommé par décret du Président.\n");
}

TEST(PdfLayout, ACodeCutAtOneOfItsHyphensIsRejoinedWithIt) {
  const std::string cut = "Le délégataire impute les dépenses sur le centre financier de la direction, soit le 0134-CDGE-";
  const auto text = source::lay_out_pages({PageBuilder().line(100, cut).line(113, "CSNU, jusqu'au terme.").build()});
  EXPECT_EQ(text.text, cut + "CSNU, jusqu'au terme.\n");
  // A word hyphenated at the line end still loses its hyphen.
  const std::string word = "Le délégataire rend compte au délégant de l'exécution de la délégation et des crédits DÉLÉ-";
  EXPECT_EQ(source::lay_out_pages({PageBuilder().line(100, word).line(113, "GUÉS ici.").build()}).text, word + " GUÉS ici.\n");
}

TEST(PdfLayout, AnArticleHeadingUnderAFinishedSentenceStartsItsOwnLine) {
  // OCR sets a heading no larger than the text: after a full line that ends a sentence, « Article 2 – … » is no
  // continuation of it; a line that goes on with « l'article 2 » mid-sentence still is.
  const std::string ended = "Le délégant confie au délégataire la gestion des crédits de ses applications ministérielles.";
  const auto heading = source::lay_out_pages({PageBuilder().line(100, ended).line(113, "Article 2 - Obligations du délégataire").build()});
  EXPECT_EQ(heading.text, ended + "\nArticle 2 - Obligations du délégataire\n");
  const std::string going_on = "Le délégant confie au délégataire la gestion des crédits de ses applications dans le cadre de";
  const auto prose = source::lay_out_pages({PageBuilder().line(100, going_on).line(113, "Article 2 de la loi.").build()});
  EXPECT_EQ(prose.text, going_on + " Article 2 de la loi.\n");
}

// Word's line numbering prints a number left of each line, right-aligned in the margin: not the convention's text.
// Years opening the rows of a table stand at the text's own left edge, and are kept.
TEST(PdfLayout, LineNumbersInTheMarginAreLeftOut) {
  PageBuilder builder;
  const std::vector<std::string> lines = {"Article 2 – Montant", "Le délégant délègue les crédits suivants :", "2026   40 000 €", "2027   35 000 €",
                                          "Le délégataire rend compte au délégant."};
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string number = std::to_string(i + 9);  // 9, 10, 11…: right-aligned at 40 points
    builder.word(number, 40 - static_cast<double>(number.size()) * font * 0.5, 100 + 30.0 * static_cast<double>(i));
    builder.line(100 + 30.0 * static_cast<double>(i), lines[i]);
  }
  const auto text = source::lay_out_pages({builder.build()}).text;
  EXPECT_EQ(text.find("9 "), std::string::npos) << text;
  EXPECT_EQ(text.find("10"), std::string::npos) << text;
  EXPECT_NE(text.find("Article 2 – Montant"), std::string::npos) << text;
  EXPECT_NE(text.find("2026"), std::string::npos) << text;
  EXPECT_NE(text.find("2027"), std::string::npos) << text;

  // A table whose rows open with their year, set apart from the amounts, under prose at the same left edge.
  PageBuilder table;
  table.line(100, "Le délégant délègue les crédits suivants :");
  for (int year = 2026; year <= 2029; ++year) {
    const double top = 130 + 20.0 * (year - 2026);
    table.word(std::to_string(year), 60, top).word("40 000 €", 200, top);
  }
  const auto kept = source::lay_out_pages({table.build()}).text;
  for (const char* year : {"2026\t", "2027\t", "2028\t", "2029\t"}) EXPECT_NE(kept.find(year), std::string::npos) << kept;
}

// A page with nothing on it (a scan OCR read nothing from) keeps its place: a page break of its own.
TEST(PdfLayout, APageWithNothingOnItIsAPageBreakOfItsOwn) {
  const PdfPage first = PageBuilder().line(100, "Article 1 : Objet").build();
  const PdfPage blank = PageBuilder().build();
  const auto text = source::lay_out_pages({first, blank, first});
  ASSERT_EQ(text.origins.size(), 4u) << text.text;
  EXPECT_EQ(text.text, "Article 1 : Objet\n\f\n\f\nArticle 1 : Objet\n");
  EXPECT_EQ(text.origins[1], 2u) << "the blank page has a line of its own";
}

// A finding on a scan says how sure OCR was of the words it points at, not of its whole paragraph.
TEST(PdfLayout, EachWordReadByOcrKeepsItsConfidenceAtItsPlaceInTheText) {
  PdfPage page = PageBuilder().line(100, full).line(114, "période, soit 49 000 € en 2026.").build();
  page.ocr = true;
  for (PdfWord& word : page.words) word.confidence = word.text == "49" ? 41.0f : 95.0f;
  const auto text = source::lay_out_pages({page});
  ASSERT_EQ(text.text, full + " période, soit 49 000 € en 2026.\n");
  const auto uncertain = std::find_if(text.ocr_words.begin(), text.ocr_words.end(), [](const auto& word) { return word.confidence < 50; });
  ASSERT_NE(uncertain, text.ocr_words.end());
  EXPECT_EQ(uncertain->line, 0u);
  EXPECT_EQ(text.text.substr(uncertain->begin, uncertain->end - uncertain->begin), "49");
  EXPECT_EQ(text.ocr_words.size(), page.words.size()) << "every word placed";

  source::SourceText source;
  source.text = text.text;
  source.lines.add_line(0);
  source.line_boxes = text.boxes;
  source.ocr_words = text.ocr_words;
  const auto at = static_cast<uint32_t>(text.text.find("49 000"));
  EXPECT_FLOAT_EQ(source.ocr_confidence({at, at + 8}), 41.0f) << "the least sure word of the span";
  const auto other = static_cast<uint32_t>(text.text.find("2026"));
  EXPECT_FLOAT_EQ(source.ocr_confidence({other, other + 4}), 95.0f);
  EXPECT_LT(text.boxes[0].confidence, 95.0f) << "the line's mean, for what no word covers";
}

TEST(PdfLayout, WordsAreOrderedByPositionNotByTheOrderTheyWereDrawn) {
  const auto text = source::lay_out_pages(
      {PageBuilder().word("Et", 60, 200).word("mois.", 92, 100).word("trois", 60, 100).build()});
  EXPECT_EQ(text.text, "trois mois.\n\nEt\n");
}

}  // namespace
}  // namespace convlint
