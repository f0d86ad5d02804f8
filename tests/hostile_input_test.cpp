// Hostile and broken inputs, each run under a time and memory bound (timeout, ulimit), never under a timing
// assertion: every case ends with a clear message or a report, and the other inputs are still linted.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <sys/wait.h>

#include "lint/pipeline.hpp"
#include "source/sanitizer.hpp"
#include "test_support.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;

fs::path scratch_dir() {
  const auto dir = fs::temp_directory_path() / ("convlint-hostile-" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

fs::path write(const std::string& name, const std::string& content) {
  const auto path = scratch_dir() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

struct Outcome {
  int status;
  nlohmann::json report;
};

constexpr bool sanitized = address_sanitized;

// convlint check --format json on `inputs` plus a valid convention, at most 120 s and 2 GiB of address space
// (AddressSanitizer reserves terabytes of address space for its shadow memory, so its builds get the time bound only).
Outcome check_bounded(const std::vector<fs::path>& inputs, const std::string& extra = "") {
  const std::string memory_bound = sanitized ? "" : "ulimit -v 2097152; ";
  std::string command = memory_bound + "timeout 120 '" + std::string(CONVLINT_BINARY) + "' check --format json --fail-on never " + extra;
  for (const auto& input : inputs) command += " '" + input.string() + "'";
  command += " '" + (testing::corpus_dir() / "01-culture-dinum.txt").string() + "' > '" + (scratch_dir() / "out.json").string() + "' 2>/dev/null";
  const int raw = std::system(("bash -c \"" + command + "\"").c_str());
  const int status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  EXPECT_NE(status, 124) << "timed out";
  Outcome outcome{status, nlohmann::json()};
  outcome.report = nlohmann::json::parse(testing::read_file(scratch_dir() / "out.json"), nullptr, false);
  EXPECT_FALSE(outcome.report.is_discarded()) << "the report is not valid JSON";
  if (!outcome.report.is_discarded()) {
    const auto& files = outcome.report["files"];
    EXPECT_EQ(files.size(), inputs.size() + 1) << "an input was dropped";
    EXPECT_EQ(files.back()["status"], "ok") << "the valid convention after it was not linted";
  }
  return outcome;
}

const nlohmann::json& first(const Outcome& outcome) { return outcome.report["files"][0]; }

// A hostile input written by tools/make-hostile into the scratch folder.
fs::path hostile(const std::string& kind, const std::string& name) {
  const auto path = scratch_dir() / name;
  EXPECT_EQ(testing::shell("python3 tools/make-hostile " + kind + " '" + path.string() + "'"), 0);
  return path;
}

TEST(Hostile, EmptyFileIsAnErrorWithItsReason) {
  const auto outcome = check_bounded({write("empty.txt", "")});
  EXPECT_EQ(outcome.status, 2);
  EXPECT_EQ(first(outcome)["error"], "fichier vide");
}

// A PNG chunk: length, type, data, CRC.
std::string png_chunk(const std::string& type, const std::string& data) {
  auto big_endian = [](uint32_t value) {
    return std::string{static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8), static_cast<char>(value)};
  };
  uint32_t crc = 0xFFFFFFFFu;
  for (const char c : type + data) {
    crc ^= static_cast<unsigned char>(c);
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return big_endian(static_cast<uint32_t>(data.size())) + type + data + big_endian(~crc);
}

TEST(Hostile, AnImageDeclaringBillionsOfPixelsIsRefusedWithoutReadingIt) {
  // 60 000 × 60 000 grey pixels declared in a file of a few dozen bytes: 3.6 GB once decoded.
  const std::string header = {0, 0, static_cast<char>(0xEA), 0x60, 0, 0, static_cast<char>(0xEA), 0x60, 8, 0, 0, 0, 0};
  const std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + png_chunk("IHDR", header) + png_chunk("IDAT", std::string("x\x9c\x03\x00\x00\x00\x00\x01", 8)) +
                          png_chunk("IEND", "");
  const auto outcome = check_bounded({write("huge.png", png)});
  EXPECT_EQ(outcome.status, 2);
  EXPECT_EQ(first(outcome)["status"], "error");
}

TEST(Hostile, OnlyWhitespaceIsLintedAndSaysNoArticleWasFound) {
  const auto outcome = check_bounded({write("blank.txt", "   \n\t\n\n  \n")});
  EXPECT_EQ(outcome.status, 0);
  bool diagnosed = false;
  for (const auto& finding : first(outcome)["findings"]) diagnosed = diagnosed || finding["rule"] == "parse/structure";
  EXPECT_TRUE(diagnosed);
}

TEST(Hostile, OneLineOfTenMegabytes) {
  std::string line(10 * 1024 * 1024, 'a');
  for (size_t i = 0; i < line.size(); i += 97) line[i] = ' ';
  const auto outcome = check_bounded({write("long-line.txt", "Article 1 : Objet\n\n" + line + "\n")});
  EXPECT_EQ(first(outcome)["status"], "ok");
}

TEST(Hostile, OneMillionShortLines) {
  std::string text;
  text.reserve(8 * 1000000);
  for (int i = 0; i < 1000000; ++i) text += "ligne\n";
  const auto outcome = check_bounded({write("lines.txt", text)});
  EXPECT_EQ(first(outcome)["status"], "ok");
}

TEST(Hostile, AHundredThousandListItemsNestingUpAndDown) {
  std::string text = "Article 1 : Objet\n\n";
  for (int i = 0; i < 100000; ++i) text += std::string(static_cast<size_t>(i % 40), ' ') + "- point\n";
  const auto outcome = check_bounded({write("lists.txt", text)});
  EXPECT_EQ(first(outcome)["status"], "ok");
}

TEST(Hostile, TenThousandArticles) {
  std::string text;
  for (int i = 1; i <= 10000; ++i) text += "Article " + std::to_string(i) + " : Titre\n\nLe délégataire rend compte, voir l'article " + std::to_string(i + 1) + ".\n\n";
  const auto outcome = check_bounded({write("articles.txt", text)});
  EXPECT_EQ(first(outcome)["status"], "ok");
  size_t dangling = 0;
  for (const auto& finding : first(outcome)["findings"]) dangling += finding["rule"] == "structure/cross-reference";
  EXPECT_EQ(dangling, 1u) << "only « l'article 10001 » points nowhere";
}

TEST(Hostile, NulBytesMeanBinary) {
  const auto outcome = check_bounded({write("binary.txt", std::string("Article\0\0\x01\x02 1", 13))});
  EXPECT_EQ(outcome.status, 2);
  EXPECT_NE(first(outcome)["error"].get<std::string>().find("binaire"), std::string::npos);
}

TEST(Hostile, InvalidUtf8InTheMiddleIsReplacedAndReported) {
  const auto outcome = check_bounded({write("invalid.txt", "Article 1 : Objet\n\nLe délégant \xC3\x28 confie.\n")});
  EXPECT_EQ(first(outcome)["status"], "ok");
  bool reported = false;
  for (const auto& finding : first(outcome)["findings"])
    reported = reported || (finding["rule"] == "parse/structure" && finding["line"] == 3 && finding["column"] == 13);
  EXPECT_TRUE(reported) << first(outcome).dump();
}

TEST(Hostile, Utf16WithoutBomIsRead) {
  const std::string text = "Article 1 : Objet\n\nLe délégant confie.\n";
  std::string utf16;
  for (unsigned char c : std::string("Article 1 : Objet\n\nTexte.\n")) utf16 += std::string{static_cast<char>(c), '\0'};
  const auto outcome = check_bounded({write("utf16.txt", utf16)});
  EXPECT_EQ(first(outcome)["status"], "ok");
}

TEST(Hostile, MixedLineEndingsKeepLines) {
  const auto linted = testing::parse_bytes("Entre\r\n\nLe ministère,\rCi-après dénommé « le délégant »\r\n\nArticle 1 : Objet\n");
  ASSERT_EQ(linted.document.articles.size(), 1u);
  EXPECT_EQ(linted.position(linted.document.articles[0].heading.span()).line, 6u);
}

TEST(Hostile, FileOverTheSizeLimitIsRefusedUnread) {
  const auto outcome = check_bounded({write("big.txt", std::string(50000, 'a'))}, "--max-file-size 20000");
  EXPECT_EQ(outcome.status, 2);
  EXPECT_NE(first(outcome)["error"].get<std::string>().find("volumineux"), std::string::npos);
}

TEST(Hostile, AFileThatDisappearsBeforeItsTurnIsReported) {
  const auto path = write("vanishing.txt", testing::read_file(testing::corpus_dir() / "01-culture-dinum.txt"));
  const auto inputs = source::collect_inputs({path.string()});
  fs::remove(path);
  auto catalog = rules::builtin_catalog();
  auto engine = rules::Engine::create(std::move(catalog.value()), {});
  const auto result = lint::lint_one(inputs.at(0), *engine.value(), {});
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->kind, source::InputErrorKind::not_found);
}

TEST(Hostile, AnUnreadableFileIsReported) {
  const auto folder = scratch_dir() / "not-a-file.txt";
  fs::create_directories(folder);
  auto catalog = rules::builtin_catalog();
  auto engine = rules::Engine::create(std::move(catalog.value()), {});
  const auto result = lint::lint_one({folder.string(), std::nullopt, nullptr}, *engine.value(), {});
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->kind, source::InputErrorKind::is_directory);
}

TEST(Hostile, DirectorySymlinkLoopEnds) {
  const auto root = scratch_dir() / "loop";
  fs::remove_all(root);  // a process of an earlier run with the same pid may have left its loop here
  fs::create_directories(root / "a");
  std::ofstream(root / "a" / "c.txt") << "Article 1 : Objet\n";
  std::error_code error;
  fs::create_directory_symlink(root, root / "a" / "back", error);
  ASSERT_FALSE(error) << error.message();
  const auto outcome = check_bounded({root});
  EXPECT_EQ(outcome.report["files"].size(), 2u);
}

TEST(Hostile, ANamedPipeInAFolderIsReportedNotWaitedFor) {
  const auto root = scratch_dir() / "pipes";
  fs::remove_all(root);
  fs::create_directories(root);
  ASSERT_EQ(mkfifo((root / "b.txt").c_str(), 0600), 0);
  const auto outcome = check_bounded({root});  // and the convention after it is linted
  EXPECT_EQ(first(outcome)["status"], "error");
  EXPECT_NE(first(outcome)["error"].get<std::string>().find("fifo"), std::string::npos) << first(outcome)["error"];
}

TEST(Hostile, ATextTooLargeForTheMemoryAtHandIsReportedAndTheScanGoesOn) {
  if (sanitized) GTEST_SKIP() << "AddressSanitizer builds do not limit address space";
  std::string text = "Convention de délégation de gestion\n\nArticle 1 : Objet\n\n";
  const std::string line = "Le délégataire exécute les opérations prévues à l'article 2 de la présente convention.\n";
  while (text.size() < 40'000'000) text += line;
  const auto big = write("big.txt", text);
  const auto convention = testing::corpus_dir() / "08-defauts-juridiques.txt";
  const auto out = scratch_dir() / "memory.jsonl";
  // 500 MB of address space: enough for convlint and a convention, not for the forty-megabyte text's facts.
  const int status = testing::shell("ulimit -v 500000; timeout 120 " + testing::convlint("check -j 2 --format jsonl --fail-on never --max-file-size 100000000 '" +
                                    big.string() + "' '" + convention.string() + "' > '" + out.string() + "' 2>/dev/null"));
  EXPECT_EQ(status, 2);
  std::istringstream lines(testing::read_file(out));
  std::string first_line, second_line;
  std::getline(lines, first_line);
  std::getline(lines, second_line);
  const auto first_record = nlohmann::json::parse(first_line, nullptr, false);
  const auto second_record = nlohmann::json::parse(second_line, nullptr, false);
  ASSERT_FALSE(first_record.is_discarded()) << first_line;
  ASSERT_FALSE(second_record.is_discarded()) << second_line;
  EXPECT_EQ(first_record["status"], "error");
  EXPECT_NE(first_record["error"].get<std::string>().find("mémoire insuffisante"), std::string::npos) << first_record["error"];
  EXPECT_EQ(second_record["status"], "ok") << "the convention after it was not linted";
}

TEST(Hostile, APdfWhoseFormsDrawEachOtherEndsAtTheReadersTimeLimit) {
  if (!testing::have("python3")) GTEST_SKIP() << "python3 is missing (tools/make-hostile)";
  const auto pdf = hostile("pdf-fanout", "fanout.pdf");
  const auto outcome = check_bounded({pdf}, "--max-seconds-per-file 2");  // and the convention after it is linted
  EXPECT_EQ(outcome.status, 2);
  EXPECT_EQ(first(outcome)["status"], "error");
  EXPECT_NE(first(outcome)["error"].get<std::string>().find("temps de calcul permis"), std::string::npos) << first(outcome)["error"];
  EXPECT_NE(first(outcome)["error"].get<std::string>().find("PDF, 2 s"), std::string::npos) << first(outcome)["error"];
}

TEST(Hostile, AReaderOutOfMemoryIsReportedAndTheNextFileGetsANewOne) {
  if (sanitized) GTEST_SKIP() << "AddressSanitizer builds do not limit address space";
  if (!testing::have("python3")) GTEST_SKIP() << "python3 is missing (tools/make-hostile)";
  const auto pdf = hostile("pdf-fanout", "fanout.pdf");
  const auto outcome = check_bounded({pdf, pdf}, "--max-memory 1MiB");
  for (const size_t file : {0, 1}) {
    const auto& result = outcome.report["files"][file];
    EXPECT_EQ(result["status"], "error");
    EXPECT_NE(result["error"].get<std::string>().find("mémoire permise"), std::string::npos) << result["error"];
  }
}

// Each class of hostile input tools/make-hostile generates, in every report format, under 1 GiB of address space and
// two minutes: the run ends, the input is refused with its reason (or read within its bounds), the convention after
// it is reported and the report is complete.
TEST(Hostile, GeneratedHostileInputsLeaveEveryFormatComplete) {
  if (!testing::have("python3")) GTEST_SKIP() << "python3 is missing (tools/make-hostile)";
  struct Case {
    std::string kind, file, options;
    bool refused;
  };
  const std::vector<Case> cases = {{"pdf-fanout", "fanout.pdf", "--max-seconds-per-file 1", true},
                                   {"docx-amplify", "amplify.docx", "", false},
                                   {"docx-elements", "elements.docx", "", true},
                                   {"tar-bz2-bomb", "bomb.tar.bz2", "", true}};
  const auto convention = testing::corpus_dir() / "08-defauts-juridiques.txt";  // it has findings to report
  const std::string memory_bound = sanitized ? "" : "ulimit -v 1048576; ";
  for (const Case& hostile_case : cases) {
    const auto input = hostile(hostile_case.kind, hostile_case.file);
    for (const std::string format : {"json", "jsonl", "csv", "sarif", "text", "html"}) {
      const auto out = scratch_dir() / ("limits." + format);
      const int status = testing::shell(memory_bound + "timeout 120 " + testing::convlint("check --fail-on never " + hostile_case.options + " --format " +
                                        format + " '" + input.string() + "' '" + convention.string() + "' > '" + out.string() + "' 2>/dev/null"));
      const std::string where = hostile_case.kind + ", " + format;
      EXPECT_EQ(status, hostile_case.refused ? 2 : 0) << where;
      const std::string report = testing::read_file(out);
      EXPECT_NE(report.find(hostile_case.file), std::string::npos) << where;
      EXPECT_NE(report.find("08-defauts-juridiques.txt"), std::string::npos) << where << ": the convention after it was not reported";
      if (format == "json" || format == "sarif") {
        EXPECT_FALSE(nlohmann::json::parse(report, nullptr, false).is_discarded()) << where;
      }
      if (format == "jsonl") {
        EXPECT_EQ(std::count(report.begin(), report.end(), '\n'), 2) << where << "\n" << report;
      }
      if (format == "html") {
        EXPECT_NE(report.find("</html>"), std::string::npos) << where;
      }
    }
  }
}

}  // namespace
}  // namespace convlint
