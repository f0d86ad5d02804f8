// File and member names are bytes: a folder and a zip whose names are Windows-1252 and CP437 (as archives made on
// Windows carry them) are linted in every format, every file is reported, the invalid bytes are written \xHH and
// nothing aborts.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;

// A convention with findings, so that every format (CSV too) has a line for each file.
const std::string convention = testing::read_file(testing::corpus_dir() / "08-defauts-juridiques.txt");

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  return text;
}

fs::path names_dir() {
  const auto dir = fs::temp_directory_path() / ("convlint-names-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "dossier");
  // « convé.txt » in Windows-1252 (é = E9) and « relevé.txt » in CP437 (é = 82).
  std::ofstream(dir / "dossier" / "conv\xe9.txt", std::ios::binary) << convention;
  std::ofstream(dir / "dossier" / "relev\x82.txt", std::ios::binary) << convention;
  archive* zip = archive_write_new();
  archive_write_set_format_zip(zip);
  archive_write_open_filename(zip, (dir / "archive.zip").c_str());
  for (const std::string name : {"annexe\x82.txt", "d\xe9l\xe9gation.txt"}) {
    archive_entry* entry = archive_entry_new();
    archive_entry_copy_pathname(entry, name.c_str());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, static_cast<la_int64_t>(convention.size()));
    archive_write_header(zip, entry);
    archive_write_data(zip, convention.data(), convention.size());
    archive_entry_free(entry);
  }
  archive_write_close(zip);
  archive_write_free(zip);
  return dir;
}

TEST(FileNames, NamesThatAreNotUtf8AreEscapedInEveryFormat) {
  const fs::path dir = names_dir();
  const std::string inputs = "'" + (dir / "dossier").string() + "' '" + (dir / "archive.zip").string() + "'";
  for (const std::string format : {"text", "json", "jsonl", "sarif", "csv", "html"}) {
    const auto outcome = testing::run_convlint("check --fail-on never --format " + format + " " + inputs + " 2>/dev/null");
    EXPECT_EQ(outcome.status, 0) << format << " exits cleanly";
    for (const std::string shown : {"conv\\xE9.txt", "relev\\x82.txt", "annexe\\x82.txt", "d\\xE9l\\xE9gation.txt"}) {
      const bool json = format == "json" || format == "jsonl" || format == "sarif";
      const std::string escaped = json ? replace_all(shown, "\\", "\\\\") : shown;
      const std::string in_uri = replace_all(shown, "\\", "%5C");
      EXPECT_TRUE(outcome.out.find(escaped) != std::string::npos || outcome.out.find(in_uri) != std::string::npos)
          << format << " does not name « " << shown << " »";
    }
    if (format == "json" || format == "sarif") {
      EXPECT_FALSE(nlohmann::json::parse(outcome.out, nullptr, false).is_discarded()) << format;
    }
  }
  const auto extract = testing::run_convlint("extract " + inputs + " 2>/dev/null");
  EXPECT_EQ(extract.status, 0);
  size_t records = 0;
  for (size_t at = 0; (at = extract.out.find('\n', at)) != std::string::npos; ++at) ++records;
  EXPECT_EQ(records, 4u) << "extract writes a record per file";
  const auto parse = testing::run_convlint("parse '" + (dir / "dossier" / "conv\xe9.txt").string() + "'");
  EXPECT_EQ(parse.status, 0);
  EXPECT_NE(parse.out.find("conv\\\\xE9.txt"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace convlint
