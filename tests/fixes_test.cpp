// check --fix and --diff: edits made in a text file's own encoding and line ends, the unified diff, the command.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli/unified_diff.hpp"
#include "source/text_edit.hpp"
#include "test_support.hpp"
#include "zip_builder.hpp"

namespace convlint {
namespace {

using source::Encoding;
using source::TextEdit;

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A folder of its own for one test, removed after it.
struct Scratch {
  explicit Scratch(const std::string& name)
      : dir(std::filesystem::temp_directory_path() / ("convlint-fix-" + std::to_string(getpid()) + "-" + name)) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  ~Scratch() { std::filesystem::remove_all(dir); }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  }
  std::filesystem::path dir;
};

TEST(TextEdit, KeepsWindows1252AndCrlf) {
  // « préavis d'un mois » in Windows-1252 (é = E9), lines ended by CRLF.
  const std::string bytes = "Titre\r\nUn pr\xE9" "avis d'un mois.\r\nFin\r\n";
  const auto edited = source::edit_text(bytes, Encoding::windows1252, {{{2, 12}, {2, 21}, "de trois mois"}});
  EXPECT_EQ(edited.problem, "");
  EXPECT_EQ(edited.applied, 1u);
  EXPECT_EQ(edited.bytes, "Titre\r\nUn pr\xE9" "avis de trois mois.\r\nFin\r\n");
}

TEST(TextEdit, CountsColumnsInCodePointsAfterAByteOrderMark) {
  const std::string bytes = "\xEF\xBB\xBF" "Délégatiare et délégant\n";
  const auto edited = source::edit_text(bytes, Encoding::utf8_bom, {{{1, 1}, {1, 12}, "Délégataire"}});
  EXPECT_EQ(edited.bytes, "\xEF\xBB\xBF" "Délégataire et délégant\n");
}

TEST(TextEdit, KeepsUtf16) {
  std::u16string text = u"\uFEFFVu le d\u00E9cret ;\r\nArticle 1\r\n";
  std::string bytes(reinterpret_cast<const char*>(text.data()), text.size() * 2);
  const auto edited = source::edit_text(bytes, Encoding::utf16le, {{{1, 13}, {1, 13}, "Vu la loi ;", true}});
  const std::u16string expected = u"\uFEFFVu le d\u00E9cret ;\r\nVu la loi ;\r\nArticle 1\r\n";
  EXPECT_EQ(edited.bytes, std::string(reinterpret_cast<const char*>(expected.data()), expected.size() * 2));
}

TEST(TextEdit, AParagraphOfItsOwnFollowsTheBlankLinesBetweenParagraphs) {
  const std::string bytes = "Vu A ;\n\nVu B ;\n\nIl a été convenu\n";
  const auto edited = source::edit_text(bytes, Encoding::utf8, {{{3, 7}, {3, 7}, "Vu C ;", true}});
  EXPECT_EQ(edited.bytes, "Vu A ;\n\nVu B ;\n\nVu C ;\n\nIl a été convenu\n");
  const auto at_end = source::edit_text("Vu A ;", Encoding::utf8, {{{1, 7}, {1, 7}, "Vu B ;", true}});
  EXPECT_EQ(at_end.bytes, "Vu A ;\nVu B ;");
}

TEST(TextEdit, LeavesOutAnOverlappingEditAndAPlaceTheFileDoesNotHave) {
  const auto edited = source::edit_text("un deux trois\n", Encoding::utf8,
                                        {{{1, 4}, {1, 14}, "X"}, {{1, 1}, {1, 8}, "Y"}, {{9, 1}, {9, 2}, "Z"}});
  EXPECT_EQ(edited.applied, 1u);
  EXPECT_EQ(edited.bytes, "Y trois\n");
}

TEST(TextEdit, RefusesWhatTheEncodingCannotHold) {
  const std::string bytes = "Un pr\xE9" "avis\n";
  const auto edited = source::edit_text(bytes, Encoding::windows1252, {{{1, 4}, {1, 10}, "préavis \u2192 \u4E00"}});
  EXPECT_NE(edited.problem, "");
  EXPECT_EQ(edited.applied, 0u);
  EXPECT_EQ(edited.bytes, bytes) << "nothing is half-made";
}

TEST(UnifiedDiff, WritesHunksThatPatchApplies) {
  std::string before, after;
  for (int line = 1; line <= 30; ++line) {
    before += "ligne " + std::to_string(line) + "\n";
    after += line == 5 ? "ligne cinq\n" : line == 25 ? "ligne 25\nligne 25 bis\n" : "ligne " + std::to_string(line) + "\n";
  }
  const std::string diff = cli::unified_diff("a.txt", before, after);
  EXPECT_EQ(diff.rfind("--- a.txt\n+++ a.txt\n@@ -2,7 +2,7 @@\n ligne 2\n ligne 3\n ligne 4\n-ligne 5\n+ligne cinq\n ligne 6\n", 0), 0u) << diff;
  EXPECT_NE(diff.find("@@ -23,6 +23,7 @@\n ligne 23\n ligne 24\n ligne 25\n+ligne 25 bis\n ligne 26\n ligne 27\n ligne 28\n"), std::string::npos) << diff;
  EXPECT_EQ(cli::unified_diff("a.txt", before, before), "");
  const Scratch scratch("patch");
  scratch.write("a.txt", before);
  scratch.write("a.diff", diff);
  ASSERT_EQ(std::system(("cd '" + scratch.dir.string() + "' && patch -s -p0 < a.diff").c_str()), 0);
  EXPECT_EQ(read_bytes(scratch.dir / "a.txt"), after);
}

TEST(UnifiedDiff, MarksALastLineWithoutItsEnd) {
  EXPECT_EQ(cli::unified_diff("a", "un\ndeux", "un\ntrois"), "--- a\n+++ a\n@@ -1,2 +1,2 @@\n un\n-deux\n\\ No newline at end of file\n+trois\n\\ No newline at end of file\n");
}

// A convention of the corpus with four defects a safe fix corrects, in Windows-1252 with CRLF line ends.
std::string defective_convention() {
  std::string text = read_bytes(testing::project_dir() / "corpus" / "02-interieur-dila-cp1252.txt");
  auto replace = [&](const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
  };
  replace("d'un pr\xE9" "avis de trois (3) mois", "d'un pr\xE9" "avis d'un mois");
  replace("Le d\xE9l\xE9gataire passe", "Le D\xE9l\xE9gatiare passe");
  return text;
}

TEST(FixCommand, MakesTheSafeFixesInPlaceAndReportsWhatIsLeft) {
  const Scratch scratch("command");
  const auto path = scratch.write("c.txt", defective_convention());
  const auto before = testing::run_convlint("check --format json '" + path.string() + "'");
  EXPECT_EQ(before.status, 1);
  EXPECT_NE(before.out.find("\"replacement\":\"de trois mois\""), std::string::npos) << before.out;
  const auto fixed = testing::run_convlint("check --fix '" + path.string() + "' 2>&1");
  EXPECT_EQ(fixed.status, 0) << fixed.out;
  EXPECT_NE(fixed.out.find("2 correction(s) faite(s), 0 constat(s) restant(s)"), std::string::npos) << fixed.out;
  const std::string bytes = read_bytes(path);
  EXPECT_NE(bytes.find("d'un pr\xE9" "avis de trois mois notifi\xE9"), std::string::npos) << "Windows-1252 kept";
  EXPECT_NE(bytes.find("Le D\xE9l\xE9gataire passe"), std::string::npos);
  EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\n'), std::count(bytes.begin(), bytes.end(), '\r')) << "CRLF kept";
  const auto again = testing::run_convlint("check --diff '" + path.string() + "'");
  EXPECT_EQ(again.status, 0) << "nothing left to fix";
  EXPECT_EQ(again.out, "");
}

TEST(FixCommand, DiffChangesNothingAndPatchMakesWhatFixMakes) {
  const Scratch scratch("diff");
  const std::string original = defective_convention();
  const auto path = scratch.write("c.txt", original);
  const auto diff = testing::run_convlint("check --diff '" + path.string() + "'");
  EXPECT_EQ(diff.status, 1) << "safe fixes were found";
  EXPECT_EQ(read_bytes(path), original);
  scratch.write("c.diff", diff.out);
  const auto copy = scratch.write("d.txt", original);
  ASSERT_EQ(std::system(("cd / && patch -s -p0 < '" + (scratch.dir / "c.diff").string() + "'").c_str()), 0);
  testing::run_convlint("check --fix '" + copy.string() + "'");
  EXPECT_EQ(read_bytes(path), read_bytes(copy));
}

TEST(FixCommand, LeavesAWordDocumentAloneAndSaysSo) {
  const Scratch scratch("docx");
  const std::string bytes = testing::docx_of_lines(read_bytes(testing::project_dir() / "corpus" / "08-defauts-juridiques.txt"));
  const auto path = scratch.write("c.docx", bytes);
  const auto run = testing::run_convlint("check --fix --select legal/preavis '" + path.string() + "' 2>&1");
  EXPECT_NE(run.out.find("seul un fichier texte peut être corrigé"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("préavis fixé à un mois"), std::string::npos) << "the finding is still reported";
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(read_bytes(path), bytes);
}

}  // namespace
}  // namespace convlint
