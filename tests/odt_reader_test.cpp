// OpenDocument texts (LibreOffice Writer's .odt): the text a reader sees, with list labels, tables and notes.
#include <gtest/gtest.h>

#include "source/decode.hpp"
#include "source/odt_reader.hpp"
#include "zip_builder.hpp"

namespace convlint {
namespace {

const std::string namespaces =
    R"x(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )x"
    R"x(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")x";

std::string content(const std::string& body, const std::string& automatic_styles = "") {
  return "<?xml version=\"1.0\"?><office:document-content " + namespaces + "><office:automatic-styles>" + automatic_styles +
         "</office:automatic-styles><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
}

std::string package(const std::string& content_xml, const std::string& styles_xml = "") {
  std::vector<std::pair<std::string, std::string>> parts = {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content_xml}};
  if (!styles_xml.empty()) parts.emplace_back("styles.xml", styles_xml);
  return testing::zip(parts);
}

source::ExtractedText read(const std::string& content_xml, const std::string& styles_xml = "") {
  auto text = source::read_odt(package(content_xml, styles_xml), source::default_max_file_size);
  if (!text) throw std::runtime_error(text.error().describe(Language::en));
  return text.value();
}

TEST(OdtReader, ParagraphsAndHeadingsBecomeLinesWithTheirParagraphNumber) {
  const auto text = read(content(R"x(<text:h text:outline-level="1">Article 1er – Objet</text:h><text:p>Le délégant <text:span>confie</text:span>)x"
                                 R"x(<text:s text:c="2"/>au délégataire<text:line-break/>la gestion.</text:p><text:p/><text:p>Fait à Paris</text:p>)x"));
  EXPECT_EQ(text.text, "Article 1er – Objet\n\nLe délégant confie  au délégataire\nla gestion.\n\nFait à Paris\n\n");
  ASSERT_EQ(text.origins.size(), 7u);
  EXPECT_EQ(text.origins[0], 1u);
  EXPECT_EQ(text.origins[2], 2u);
  EXPECT_EQ(text.origins[5], 4u) << "the empty paragraph counted";
}

TEST(OdtReader, ListItemsTakeTheLabelsOfTheirListStyle) {
  const std::string styles =
      R"x(<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>)x"
      R"x(<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>)x"
      R"x(<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>)x"
      R"x(<text:list-style style:name="L3"><text:list-level-style-number text:level="1" style:num-format="I" style:num-prefix="Article " text:start-value="3"/></text:list-style>)x";
  const auto text = read(content(R"x(<text:list text:style-name="L1"><text:list-item><text:p>engager les dépenses</text:p>)x"
                                 R"x(<text:list><text:list-item><text:p>de fonctionnement</text:p></text:list-item><text:list-item><text:p>d'investissement</text:p></text:list-item></text:list>)x"
                                 R"x(</text:list-item><text:list-item><text:p>rendre compte</text:p></text:list-item></text:list>)x"
                                 R"x(<text:list text:style-name="L2"><text:list-item><text:p>une puce</text:p></text:list-item></text:list>)x"
                                 R"x(<text:list text:style-name="L3"><text:list-item><text:h>Durée</text:h></text:list-item><text:list-item><text:h>Publication</text:h></text:list-item></text:list>)x",
                                 styles));
  for (const char* line : {"1. engager les dépenses\n", "a) de fonctionnement\n", "b) d'investissement\n", "2. rendre compte\n", "– une puce\n",
                           "Article III Durée\n", "Article IV Publication\n"})
    EXPECT_NE(text.text.find(line), std::string::npos) << line << " in\n" << text.text;
  // A list that goes on after a paragraph keeps counting (LibreOffice writes it as a second list); a Symbol-font
  // bullet (a private-use character) is shown as a bullet.
  const std::string more = R"x(<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>)x"
                           R"x(<text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char=""/></text:list-style>)x";
  const auto continued = read(content(R"x(<text:list text:style-name="N"><text:list-item><text:p>Objet</text:p></text:list-item></text:list><text:p>Texte.</text:p>)x"
                                      R"x(<text:list text:continue-numbering="true" text:style-name="N"><text:list-item><text:p>Durée</text:p></text:list-item></text:list>)x"
                                      R"x(<text:list text:style-name="N"><text:list-item><text:p>Autre liste</text:p></text:list-item></text:list>)x"
                                      R"x(<text:list text:style-name="B"><text:list-item><text:p>Puce</text:p></text:list-item></text:list>)x",
                                      more));
  for (const char* line : {"1. Objet\n", "2. Durée\n", "1. Autre liste\n", "• Puce\n"})
    EXPECT_NE(continued.text.find(line), std::string::npos) << line << " in\n" << continued.text;
}

// Writer's chapter numbering: « Article 1 » before each heading of level 1, counted again under each.
TEST(OdtReader, HeadingsTakeTheirChapterNumbers) {
  const std::string styles = "<?xml version=\"1.0\"?><office:document-styles " + namespaces + "><office:styles><text:outline-style style:name=\"Outline\">"
                             R"x(<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Article " style:num-suffix=" –"/>)x"
                             R"x(<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/></text:outline-style></office:styles></office:document-styles>)x";
  const auto text = read(content(R"x(<text:h text:outline-level="1">Objet</text:h><text:h text:outline-level="2">Champ</text:h><text:h text:outline-level="2">Exclusions</text:h>)x"
                                 R"x(<text:h text:outline-level="1">Durée</text:h><text:h text:outline-level="2">Effet</text:h>)x"),
                         styles);
  for (const char* line : {"Article 1 – Objet\n", "1. Champ\n", "2. Exclusions\n", "Article 2 – Durée\n", "1. Effet\n"})
    EXPECT_NE(text.text.find(line), std::string::npos) << line << " in\n" << text.text;
  // Headings without chapter numbering (LibreOffice's default outline: no format) keep their text alone.
  EXPECT_EQ(read(content(R"x(<text:h text:outline-level="1">Article premier</text:h>)x")).text, "Article premier\n\n");
}

TEST(OdtReader, TableRowsKeepTheirColumnsAndNotesFollowTheirParagraph) {
  const auto text = read(content(
      R"x(<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Année</text:p></table:table-cell><table:table-cell><text:p>AE</text:p></table:table-cell>)x"
      R"x(<table:table-cell><text:p>CP</text:p></table:table-cell></table:table-row></table:table-header-rows>)x"
      R"x(<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>2026</text:p></table:table-cell><table:covered-table-cell/>)x"
      R"x(<table:table-cell><text:p>5 000 €</text:p></table:table-cell><table:table-cell table:number-columns-repeated="40"/></table:table-row></table:table>)x"
      R"x(<text:p>Le délégant<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Le ministère.</text:p></text:note-body></text:note> )x"
      R"x(délègue<text:tracked-changes/><text:deletion>supprimé</text:deletion>.<office:annotation><text:p>commentaire</text:p></office:annotation></text:p>)x"));
  EXPECT_NE(text.text.find("Année\tAE\tCP\n2026\t\t5 000 €\n"), std::string::npos) << text.text;
  EXPECT_NE(text.text.find("Le délégant¹ délègue.\n\n¹ Le ministère.\n"), std::string::npos) << text.text;
  EXPECT_EQ(text.text.find("supprimé"), std::string::npos);
  EXPECT_EQ(text.text.find("commentaire"), std::string::npos);
}

TEST(OdtReader, DamagedOrHostilePackagesAreRefusedWithAReason) {
  const auto refuse = [](const std::string& bytes) {
    const auto text = source::read_odt(bytes, source::default_max_file_size);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().kind, source::InputErrorKind::bad_odt);
  };
  refuse("PK\x03\x04 not a zip");
  refuse(testing::zip({{"mimetype", "application/vnd.oasis.opendocument.text"}}));
  refuse(package("<office:document-content><unclosed>"));
  refuse(package("<?xml version=\"1.0\"?><office:document-content " + namespaces + "/>"));
  std::string deep;
  for (int i = 0; i < 400; ++i) deep += "<text:span>";
  refuse(package(content("<text:p>" + deep + "x</text:p>")));
  // A hostile repeat count costs nothing: the columns a row can hold are bounded.
  const auto wide = read(content(R"x(<table:table><table:table-row><table:table-cell table:number-columns-repeated="2000000000"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)x"));
  EXPECT_LT(wide.text.size(), 4096u);
  // Nor a huge label written for every item, or a start value at the end of the integers.
  const std::string huge_label = R"x(<text:list-style style:name="L"><text:list-level-style-number text:level="1" style:num-format="1" text:start-value="2147483647" style:num-prefix=")x" +
                                 std::string(100000, 'A') + R"x("/></text:list-style>)x";
  std::string items;
  for (int i = 0; i < 1000; ++i) items += "<text:list-item><text:p>x</text:p></text:list-item>";
  const auto labelled = read(content(R"x(<text:list text:style-name="L">)x" + items + "</text:list>", huge_label));
  EXPECT_LT(labelled.text.size(), 100000u);
}

}  // namespace
}  // namespace convlint
