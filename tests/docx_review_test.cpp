// check --format docx: the reviewed copy of a Word document holds one comment per finding on the finding's words,
// the safe fixes as tracked changes that leave, once accepted, none of their findings; the rest is kept.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <pugixml.hpp>

#include "report/docx_review.hpp"
#include "rules/rule_test_support.hpp"
#include "source/zip_members.hpp"
#include "zip_builder.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;
using testing::LintedText;

std::string part(const std::string& docx, const std::string& name) {
  auto parts = source::read_zip_members(docx, {name}, 1 << 26);
  return parts && parts->count(name) ? parts->at(name) : std::string();
}

LintedText lint_docx(const std::string& bytes) {
  auto source = source::load_source("review.docx", bytes, source::default_max_file_size, {});
  if (!source) throw std::runtime_error(source.error().describe(Language::en) + " (" + std::to_string(bytes.size()) + " bytes)");
  return testing::lint_parsed(testing::parse_source(std::make_unique<source::SourceText>(std::move(source.value()))));
}

report::ReviewedDocx review(const std::string& bytes, const LintedText& linted) {
  report::FileResult result;
  result.source = std::shared_ptr<const source::SourceText>(linted.parsed.source.get(), [](const source::SourceText*) {});
  result.findings = linted.findings;
  return report::review_docx(bytes, result, Language::fr, "2026-11-30T12:00:00Z", source::default_max_file_size);
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

std::string without_spaces(std::string_view text) {
  std::string kept;
  for (const char c : text)
    if (c != ' ' && c != '\t' && c != '\n') kept += c;
  return kept;
}

// The words each comment of a document.xml covers, as they were before the tracked changes (deleted words kept,
// inserted ones left out), by comment id.
std::map<int, std::string> commented_words(const std::string& document_xml) {
  pugi::xml_document document;
  document.load_buffer(document_xml.data(), document_xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  std::map<int, std::string> words;
  std::vector<int> open;
  auto walk = [&](auto&& self, pugi::xml_node node, bool inserted) -> void {
    for (pugi::xml_node child : node.children()) {
      const std::string name = child.name();
      if (name == "w:commentRangeStart") {
        open.push_back(child.attribute("w:id").as_int());
        words[open.back()];
      } else if (name == "w:commentRangeEnd") {
        open.erase(std::remove(open.begin(), open.end(), child.attribute("w:id").as_int()), open.end());
      } else if ((name == "w:t" && !inserted) || name == "w:delText") {
        for (const int id : open) words[id] += child.child_value();
      } else {
        self(self, child, inserted || name == "w:ins");
      }
    }
  };
  walk(walk, document, false);
  return words;
}

// document.xml with every tracked change accepted, as Word's « Accept all » does.
std::string accepted(const std::string& document_xml) {
  pugi::xml_document document;
  document.load_buffer(document_xml.data(), document_xml.size(), pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration);
  auto walk = [](auto&& self, pugi::xml_node node) -> void {
    for (pugi::xml_node child = node.first_child(); child;) {
      const pugi::xml_node next = child.next_sibling();
      const std::string name = child.name();
      if (name == "w:del" || (name == "w:ins" && std::string(node.name()) == "w:rPr")) {
        node.remove_child(child);
      } else if (name == "w:ins") {
        self(self, child);
        while (child.first_child()) node.insert_move_before(child.first_child(), child);
        node.remove_child(child);
      } else {
        self(self, child);
      }
      child = next;
    }
  };
  walk(walk, document);
  std::ostringstream out;
  document.save(out, "", pugi::format_raw);
  return out.str();
}

// `docx` with its document.xml replaced.
std::string with_document(const std::string& docx, const std::string& document_xml) {
  auto members = source::read_all_zip_members(docx, 1 << 26);
  for (auto& [name, content] : *members)
    if (name == "word/document.xml") content = document_xml;
  return testing::zip(*members);
}

// The checks of the issue on one Word document: a comment per finding on its words (the whole paragraph when the
// words are not in the runs, as a numbering label), and once the tracked changes are accepted, none of the fixed
// findings and nothing new.
void expect_a_faithful_review(const std::string& docx, const std::string& name) {
  SCOPED_TRACE(name);
  const LintedText linted = lint_docx(docx);
  const report::ReviewedDocx reviewed = review(docx, linted);
  ASSERT_EQ(reviewed.problem, "");
  const std::string comments = part(reviewed.bytes, "word/comments.xml");
  EXPECT_EQ(count_of(comments, "<w:comment "), linted.findings.size());
  const auto words = commented_words(part(reviewed.bytes, "word/document.xml"));
  ASSERT_EQ(words.size(), linted.findings.size());
  size_t exact = 0;
  auto word = words.begin();
  for (const auto& finding : linted.findings) {
    // A finding over several paragraphs (a title of two lines) is commented on its first.
    const std::string_view quoted = linted.parsed.text(finding.span);
    const std::string expected = without_spaces(quoted.substr(0, quoted.find('\n')));
    const std::string got = without_spaces(word->second);
    exact += got == expected;
    EXPECT_TRUE(got == expected || got.find(expected) != std::string::npos || expected.find(got) != std::string::npos || expected.empty())
        << finding.rule << ": « " << expected << " » commented as « " << got << " »";
    ++word;
  }
  EXPECT_GE(exact * 10, linted.findings.size() * 8) << "most comments cover exactly the finding's words";
  const auto fixed = lint_docx(with_document(reviewed.bytes, accepted(part(reviewed.bytes, "word/document.xml"))));
  std::multiset<std::string> expected_after, after;
  size_t fixes = 0;
  for (const auto& finding : linted.findings) {
    if (finding.fix) ++fixes;
    else expected_after.insert(finding.rule + ": " + finding.message);
  }
  for (const auto& finding : fixed.findings) after.insert(finding.rule + ": " + finding.message);
  EXPECT_EQ(reviewed.changes, fixes);
  EXPECT_EQ(after, expected_after);
}

std::string defective_convention() {
  std::string text = testing::read_file(testing::corpus_dir() / "08-defauts-juridiques.txt");
  text = testing::with(text, "Le délégataire", "Le Délégatiare");
  return text;
}

TEST(DocxReview, CommentsEveryFindingOnItsWordsAndFixesWhatIsCertain) {
  const std::string docx = testing::docx_of_lines(defective_convention());
  expect_a_faithful_review(docx, "08 with a misspelt role");
  const LintedText linted = lint_docx(docx);
  EXPECT_GE(std::count_if(linted.findings.begin(), linted.findings.end(), [](const auto& finding) { return finding.fix.has_value(); }), 2);
}

// `docx` with every word of more than six letters cut in two runs, a proofing mark and a bookmark between the halves,
// as Word's revision ids and spelling checker leave them.
std::string with_words_cut_as_word_does(const std::string& docx) {
  std::string document_xml = part(docx, "word/document.xml");
  std::string cut;
  int bookmark = 500;
  for (size_t at = 0; at < document_xml.size();) {
    const size_t open = document_xml.find("<w:t xml:space=\"preserve\">", at);
    if (open == std::string::npos) {
      cut += document_xml.substr(at);
      break;
    }
    const size_t text = open + std::string_view("<w:t xml:space=\"preserve\">").size(), close = document_xml.find("</w:t>", text);
    cut += document_xml.substr(at, text - at);
    const std::string words = document_xml.substr(text, close - text);
    size_t from = 0;
    for (size_t space = 0; space <= words.size(); ++space) {
      if (space < words.size() && words[space] != ' ') continue;
      if (space - from > 6) {
        size_t half = from + 3;
        while ((static_cast<unsigned char>(words[half]) & 0xC0) == 0x80) ++half;  // on a character's first byte
        cut += words.substr(from, half - from) + "</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"" +
               std::to_string(bookmark) + "\" w:name=\"_Hlk" + std::to_string(bookmark) + "\"/><w:r w:rsidR=\"00B2\"><w:t xml:space=\"preserve\">" +
               words.substr(half, space - half) + "</w:t></w:r><w:bookmarkEnd w:id=\"" + std::to_string(bookmark) +
               "\"/><w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\">";
        ++bookmark;
      } else {
        cut += words.substr(from, space - from);
      }
      if (space < words.size()) cut += ' ';
      from = space + 1;
    }
    at = close;
  }
  return with_document(docx, cut);
}

TEST(DocxReview, CommentsAndFixesWordsCutIntoRunsWithBookmarksBetween) {
  const std::string docx = with_words_cut_as_word_does(testing::docx_of_lines(defective_convention()));
  ASSERT_EQ(part(docx, "word/document.xml").find("Délégatiare"), std::string::npos) << "the word is cut";
  expect_a_faithful_review(docx, "08 with its words cut");
  const LintedText linted = lint_docx(docx);
  const auto words = commented_words(part(review(docx, linted).bytes, "word/document.xml"));
  EXPECT_NE(std::find_if(words.begin(), words.end(), [](const auto& comment) { return comment.second == "Délégatiare"; }), words.end());
}

TEST(DocxReview, KeepsExistingCommentsRevisionsFootnotesAndTables) {
  const std::string text = defective_convention();
  std::string body;
  size_t line_number = 0;
  for (size_t start = 0; start < text.size(); ++line_number) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    body += "<w:p><w:r><w:t xml:space=\"preserve\">" + line + "</w:t></w:r>";
    if (line_number == 0)
      body += "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>Titre</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
              "<w:ins w:id=\"1\" w:author=\"Anne\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:t> provisoire</w:t></w:r></w:ins>"
              "<w:del w:id=\"2\" w:author=\"Anne\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:delText> ancien</w:delText></w:r></w:del>"
              "<w:r><w:footnoteReference w:id=\"3\"/></w:r>";
    body += "</w:p>";
    start = end + 1;
  }
  body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Année</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>AE</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  const std::string footnotes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes " + w +
                                "><w:footnote w:id=\"3\"><w:p><w:r><w:t>Une note.</w:t></w:r></w:p></w:footnote></w:footnotes>";
  const std::string comments = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments " + w +
                               "><w:comment w:id=\"0\" w:author=\"Anne\"><w:p><w:r><w:t>À revoir</w:t></w:r></w:p></w:comment></w:comments>";
  const std::string docx = testing::zip(
      {{"[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
        "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>"},
       {"_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
       {"word/_rels/document.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
        "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>"},
       {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + w + "><w:body>" + body + "</w:body></w:document>"},
       {"word/footnotes.xml", footnotes},
       {"word/comments.xml", comments},
       {"word/media/image1.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}});
  const LintedText linted = lint_docx(docx);
  const report::ReviewedDocx reviewed = review(docx, linted);
  ASSERT_EQ(reviewed.problem, "");
  EXPECT_EQ(part(reviewed.bytes, "word/footnotes.xml"), footnotes);
  EXPECT_EQ(part(reviewed.bytes, "word/media/image1.png"), std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  EXPECT_EQ(part(reviewed.bytes, "word/_rels/document.xml.rels"), part(docx, "word/_rels/document.xml.rels")) << "the comments part is known";
  const std::string new_comments = part(reviewed.bytes, "word/comments.xml");
  EXPECT_NE(new_comments.find("<w:comment w:id=\"0\" w:author=\"Anne\"><w:p><w:r><w:t>À revoir</w:t></w:r></w:p></w:comment>"), std::string::npos);
  const std::string document_xml = part(reviewed.bytes, "word/document.xml");
  for (const char* kept : {"<w:ins w:id=\"1\" w:author=\"Anne\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:t> provisoire</w:t></w:r></w:ins>",
                           "<w:del w:id=\"2\" w:author=\"Anne\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:delText> ancien</w:delText></w:r></w:del>",
                           "<w:footnoteReference w:id=\"3\"/>", "<w:commentRangeStart w:id=\"0\"/>", "<w:tbl><w:tr><w:tc>"})
    EXPECT_NE(document_xml.find(kept), std::string::npos) << kept;
  const auto words = commented_words(document_xml);
  EXPECT_EQ(words.at(0), "Titre");
  EXPECT_EQ(words.size(), linted.findings.size() + 1);
  EXPECT_EQ(words.begin()->first, 0) << "the new comments take ids after the document's own";
  EXPECT_GT(std::next(words.begin())->first, 3);
}

TEST(DocxReview, RefusesAnythingButOneWordDocument) {
  const auto text = testing::run_convlint("check --format docx -o /dev/null corpus/08-defauts-juridiques.txt 2>&1");
  EXPECT_EQ(text.status, 2);
  EXPECT_NE(text.out.find("--format docx ne relit qu'un document Word"), std::string::npos) << text.out;
  const auto several = testing::run_convlint("check --format docx -o /dev/null corpus/01-culture-dinum.txt corpus/08-defauts-juridiques.txt 2>&1");
  EXPECT_EQ(several.status, 2);
  EXPECT_NE(several.out.find("un seul document Word"), std::string::npos) << several.out;
}

// Every convention of corpus/ (and the seeds) as pandoc and LibreOffice make it into Word (tools/make-fixtures),
// reviewed from the CLI:
// the copies are what expect_a_faithful_review() asks, LibreOffice converts each to PDF, python-docx opens each and
// finds as many comments as findings.
TEST(DocumentFormats, ReviewedCopiesOfTheCorpusOpenInLibreOfficeAndPythonDocx) {
  REQUIRE_FIXTURES();
  const fs::path fixtures = testing::fixtures();
  const fs::path out = testing::scratch("reviewed");
  fs::create_directories(out);
  std::map<std::string, size_t> expected_comments;
  std::vector<fs::path> texts = testing::corpus_files();
  if (!testing::seeds_dir().empty())  // the shared seeds' forms, when make-fixtures found them
    for (const auto& entry : fs::directory_iterator(testing::seeds_dir())) texts.push_back(entry.path());
  for (const fs::path& text : texts) {
    for (const std::string form : {".docx", ".lo.docx"}) {
      const fs::path docx = fixtures / (text.stem().string() + form);
      if (!fs::exists(docx)) continue;  // make-fixtures leaves out the damaged text
      const std::string bytes = testing::read_file(docx);
      expect_a_faithful_review(bytes, docx.filename().string());
      const fs::path reviewed = out / ("reviewed-" + docx.filename().string());
      const auto run = testing::run_convlint("check --format docx --fail-on never -o '" + reviewed.string() + "' '" + docx.string() + "' 2>&1");
      EXPECT_EQ(run.status, 0) << run.out;
      expected_comments[reviewed.filename().string()] = lint_docx(bytes).findings.size();
    }
  }
  if (testing::have("soffice")) {
    ASSERT_EQ(testing::shell("cd '" + out.string() + "' && soffice --headless --convert-to pdf reviewed-*.docx > /dev/null 2>&1"), 0);
    for (const auto& [name, count] : expected_comments) {
      const fs::path pdf = out / (fs::path(name).stem().string() + ".pdf");
      EXPECT_TRUE(fs::exists(pdf) && fs::file_size(pdf) > 1000) << pdf;
    }
  }
  if (testing::shell("/usr/bin/python3 -c 'import docx' 2> /dev/null") == 0) {
    const std::string script =
        "import docx, sys\n"
        "for path in sys.argv[1:]:\n"
        "    parts = [p for p in docx.Document(path).part.package.iter_parts() if str(p.partname) == '/word/comments.xml']\n"
        "    print(path.rsplit('/', 1)[-1], parts[0].blob.count(b'<w:comment ') if parts else 0)\n";
    std::ofstream(out / "count.py") << script;
    const auto counted = testing::run_command("/usr/bin/python3 '" + (out / "count.py").string() + "' '" + out.string() + "'/reviewed-*.docx");
    std::map<std::string, size_t> found;
    std::istringstream lines(counted.out);
    for (std::string name; lines >> name;) lines >> found[name];
    EXPECT_EQ(found, expected_comments);
  }
}

}  // namespace
}  // namespace convlint
