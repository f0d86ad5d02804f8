// Word documents: the text a reader sees, with Word's numbering, tables and footnotes, tied to paragraph numbers.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "source/decode.hpp"
#include "source/docx_reader.hpp"
#include "zip_builder.hpp"

namespace convlint {
namespace {

using source::read_docx;

const std::string namespaces = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string zip(const std::map<std::string, std::string>& parts) { return testing::zip({parts.begin(), parts.end()}); }

std::string document_xml(const std::string& body) {
  return "<?xml version=\"1.0\"?><w:document " + namespaces + "><w:body>" + body + "</w:body></w:document>";
}

std::string paragraph(const std::string& runs, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + runs + "</w:p>";
}

std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }

source::ExtractedText read(const std::map<std::string, std::string>& parts) {
  auto text = read_docx(zip(parts), source::default_max_file_size);
  if (!text) throw std::runtime_error(text.error().describe(Language::en));
  return text.value();
}

TEST(DocxReader, ParagraphsBecomeLinesSeparatedByBlankLinesWithTheirParagraphNumber) {
  const auto text = read({{"word/document.xml",
                           document_xml(paragraph(run("Convention de ") + run("délégation")) + paragraph("") +
                                        paragraph(run("Entre")))}});
  EXPECT_EQ(text.text, "Convention de délégation\n\nEntre\n\n");
  EXPECT_EQ(text.origins, (std::vector<uint32_t>{1, 1, 3, 3}));
}

TEST(DocxReader, DeletedRevisionsHiddenTextAndFieldCodesAreLeftOutInsertionsKept) {
  const std::string runs = run("délai de ") + "<w:del><w:r><w:delText>un</w:delText></w:r></w:del>" +
                           "<w:ins>" + run("trois") + "</w:ins>" + run(" mois") +
                           "<w:r><w:instrText> PAGE </w:instrText></w:r>" + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>masqué</w:t></w:r>" + "<w:r><w:t>sous</w:t><w:noBreakHyphen/><w:t>directeur</w:t></w:r>";
  const auto text = read({{"word/document.xml", document_xml(paragraph(runs))}});
  EXPECT_EQ(text.text, "délai de trois moissous-directeur\n\n");
}

TEST(DocxReader, LineBreaksStayInTheParagraphTabsStayTabs) {
  const auto text = read({{"word/document.xml",
                           document_xml(paragraph(run("Fait à Paris,") + "<w:r><w:br/></w:r>" + run("le 3 mars 2025")) +
                                        paragraph(run("Domaine fonctionnel :") + "<w:r><w:tab/></w:r>" + run("0134-07")))}});
  EXPECT_EQ(text.text, "Fait à Paris,\nle 3 mars 2025\n\nDomaine fonctionnel :\t0134-07\n\n");
  EXPECT_EQ(text.origins, (std::vector<uint32_t>{1, 1, 1, 2, 2}));
}

TEST(DocxReader, WordNumberingFromAStyleAndFromTheParagraphIsWrittenOut) {
  const std::string numbering = "<w:numbering " + namespaces + ">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"Article %1\"/><w:suff w:val=\"space\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
      "<w:lvlText w:val=\"%1)\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
      "<w:lvlText w:val=\"%2.\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
  const std::string styles = "<w:styles " + namespaces + ">"
      "<w:style w:styleId=\"Titre1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:styleId=\"TitreArticle\"><w:basedOn w:val=\"Titre1\"/></w:style></w:styles>";
  const std::string list = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>";
  const std::string sublist = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>";
  const std::string body = paragraph(run("Objet"), "<w:pStyle w:val=\"Titre1\"/>") + paragraph(run("premier point"), list) +
                           paragraph(run("détail"), sublist) + paragraph(run("second point"), list) +
                           paragraph(run("Durée"), "<w:pStyle w:val=\"TitreArticle\"/>");
  const auto text = read({{"word/document.xml", document_xml(body)}, {"word/numbering.xml", numbering},
                          {"word/styles.xml", styles}});
  EXPECT_EQ(text.text, "Article 1 Objet\n\na) premier point\n\ni. détail\n\nb) second point\n\nArticle 2 Durée\n\n");
}

TEST(DocxReader, TableRowsBecomeTabSeparatedLinesAndMergedCellsKeepTheirColumns) {
  auto cell = [](const std::string& text, int span = 1) {
    return "<w:tc>" + (span > 1 ? "<w:tcPr><w:gridSpan w:val=\"" + std::to_string(span) + "\"/></w:tcPr>" : "") +
           paragraph(text.empty() ? "" : run(text)) + "</w:tc>";
  };
  const std::string table = "<w:tbl><w:tr>" + cell("") + cell("AE") + cell("CP") + "</w:tr><w:tr>" + cell("2025") +
                            cell("10 000 €") + cell("5 000 €") + "</w:tr><w:tr>" + cell("Total", 2) + cell("5 000 €") +
                            "</w:tr></w:tbl>";
  const auto text = read({{"word/document.xml", document_xml(paragraph(run("Échéancier :")) + table)}});
  EXPECT_EQ(text.text, "Échéancier :\n\n\tAE\tCP\n2025\t10 000 €\t5 000 €\nTotal\t\t5 000 €\n\n");
  EXPECT_EQ(text.origins[2], 2u) << "a row starts at the paragraph of its first cell";
  EXPECT_EQ(text.origins[3], 5u);
}

TEST(DocxReader, FootnotesAreCalledBySuperscriptsAndFollowTheirParagraph) {
  const std::string footnotes = "<w:footnotes " + namespaces + ">"
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r>" + run(" Montants prévisionnels.") + "</w:p></w:footnote>"
      "</w:footnotes>";
  const std::string body = paragraph(run("les crédits suivants") + "<w:r><w:footnoteReference w:id=\"7\"/></w:r>" + run(" :")) +
                           paragraph(run("Article 5"));
  const auto text = read({{"word/document.xml", document_xml(body)}, {"word/footnotes.xml", footnotes}});
  EXPECT_EQ(text.text, "les crédits suivants\u00B9 :\n\n\u00B9 Montants prévisionnels.\n\nArticle 5\n\n");
}

TEST(DocxReader, EndnotesFollowTheFootnotesInOneSequenceOfCalls) {
  const std::string footnotes = "<w:footnotes " + namespaces + "><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" +
                                run(" Note de bas de page.") + "</w:p></w:footnote></w:footnotes>";
  const std::string endnotes = "<w:endnotes " + namespaces + ">"
      "<w:endnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>"
      "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>" + run(" Note de fin.") + "</w:p></w:endnote></w:endnotes>";
  const std::string body = paragraph(run("Crédits") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + run(" et délais") +
                                     "<w:r><w:endnoteReference w:id=\"1\"/></w:r>" + run("."));
  const auto text = read({{"word/document.xml", document_xml(body)}, {"word/footnotes.xml", footnotes},
                          {"word/endnotes.xml", endnotes}});
  EXPECT_EQ(text.text, "Crédits\u00B9 et délais\u00B2.\n\n\u00B9 Note de bas de page.\n\n\u00B2 Note de fin.\n\n");
}

// Values no document needs, that would make the text grow without bound: a letter or roman list starting at two
// billion, a cell spanning two billion columns, one footnote called a hundred thousand times (and from itself).
TEST(DocxReader, AmplifyingValuesGiveATextOfTheDocumentsOwnSize) {
  const std::string numbering = "<w:numbering " + namespaces + ">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2000000000\"/><w:numFmt w:val=\"upperLetter\"/>"
      "<w:lvlText w:val=\"%1)\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"2000000000\"/><w:numFmt w:val=\"upperRoman\"/>"
      "<w:lvlText w:val=\"%2.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  const std::string list = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
  const std::string sublist = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>";
  const std::string footnotes = "<w:footnotes " + namespaces + "><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" +
                                run(" Note.") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p></w:footnote></w:footnotes>";
  std::string calls;
  for (int i = 0; i < 100000; ++i) calls += "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
  const std::string wide = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr>" + paragraph(run("x")) +
                           "</w:tc></w:tr></w:tbl>";
  const std::string body = paragraph(run("point"), list) + paragraph(run("détail"), sublist) + paragraph(run("renvois") + calls) + wide;
  const auto text = read({{"word/document.xml", document_xml(body)}, {"word/numbering.xml", numbering},
                          {"word/footnotes.xml", footnotes}});
  EXPECT_LT(text.text.size(), 2 * body.size()) << "the text grew past the document";
  EXPECT_NE(text.text.find("2000000000) point"), std::string::npos) << text.text.substr(0, 80);
  EXPECT_NE(text.text.find("2000000000. détail"), std::string::npos);
  EXPECT_EQ(text.text.find("Note."), text.text.rfind("Note.")) << "the note is written once";
}

TEST(DocxReader, MoreElementsThanTheSizeLimitAllowsAreRefusedUnparsed) {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "<w:p/>";
  const auto parts = zip({{"word/document.xml", document_xml(body)}});
  const auto refused = read_docx(parts, 40000);  // 10 000 elements allowed
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, source::InputErrorKind::bad_docx);
  EXPECT_NE(refused.error().detail.find("XML"), std::string::npos) << refused.error().detail;
  EXPECT_TRUE(read_docx(parts, 1 << 20)) << "the same document within a larger limit";
}

TEST(DocxReader, DamagedPackagesAreRefusedWithTheirReason) {
  EXPECT_EQ(read_docx("PK\x03\x04 word/document.xml and nothing else", 1 << 20).error().kind,
            source::InputErrorKind::bad_docx);
  EXPECT_EQ(read_docx(zip({{"word/styles.xml", "<w:styles/>"}}), 1 << 20).error().kind, source::InputErrorKind::bad_docx);
  EXPECT_EQ(read_docx(zip({{"word/document.xml", "<w:document><w:body><w:p>"}}), 1 << 20).error().kind,
            source::InputErrorKind::bad_docx);
}

TEST(DocxReader, XmlNestedBeyondAnyDocumentIsRefusedNotRecursedInto) {
  std::string nested;
  for (int i = 0; i < 100000; ++i) nested += "<w:sdt><w:sdtContent>";
  nested += paragraph(run("texte"));
  for (int i = 0; i < 100000; ++i) nested += "</w:sdtContent></w:sdt>";
  const auto text = read_docx(zip({{"word/document.xml", document_xml(nested)}}), 64 << 20);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().kind, source::InputErrorKind::bad_docx);
}

TEST(DocxReader, LoadingTiesEveryLineToItsParagraph) {
  const std::string bytes = zip({{"word/document.xml", document_xml(paragraph(run("Entre")) + paragraph(run("Et")))}});
  auto loaded = source::load_source("c.docx", bytes);
  ASSERT_TRUE(loaded) << loaded.error().describe(Language::en);
  EXPECT_EQ(loaded->format, source::DocumentFormat::docx);
  EXPECT_EQ(loaded->origin(3), 2u);
  EXPECT_EQ(loaded->origin(99), 0u);
}

}  // namespace
}  // namespace convlint
