#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "document/builder.hpp"
#include "rules/catalog.hpp"
#include "source/decode.hpp"

namespace convlint::testing {

// A parsed document together with the source it points into.
struct Parsed {
  std::unique_ptr<source::SourceText> source;
  document::Document document;

  source::Position position(Span span) const { return source->position(span.begin); }
  std::string_view text(Span span) const { return std::string_view(source->text).substr(span.begin, span.size()); }
};

Parsed parse_source(std::unique_ptr<source::SourceText> source);

std::unique_ptr<source::SourceText> decode_bytes(const std::string& bytes, const std::string& path = "test.txt",
                                                        uint64_t max_size = source::default_max_file_size);

Parsed parse_bytes(const std::string& bytes, const std::string& path = "test.txt",
                          uint64_t max_size = source::default_max_file_size);

std::string read_file(const std::filesystem::path& path);

std::filesystem::path project_dir();

// A file of this test process's scratch folder (in the temporary directory).
std::filesystem::path scratch(const std::string& name);

// Runs a shell command in the project folder; returns its exit status.
int shell(const std::string& command);

// The convlint binary under test with `arguments`, as a shell command.
std::string convlint(const std::string& arguments);

// The DOCX and PDF forms of the corpus, made by the make_document_fixtures test before the DocumentFormats tests run
// (see tests/CMakeLists.txt); a test run outside ctest has none and skips those tests.
std::filesystem::path fixtures();
#define REQUIRE_FIXTURES()                                                                              \
  if (!std::filesystem::exists(testing::fixtures() / "corrupt.pdf"))                                    \
    GTEST_SKIP() << "no DOCX/PDF fixtures in " << testing::fixtures()                                  \
                 << ": run the tests with ctest, which makes them with tools/make-fixtures (needs pandoc, chromium, qpdf)"

bool have(const std::string& program);
std::filesystem::path corpus_dir();
// The conventions of corpus/ (text and markdown), sorted.
std::vector<std::filesystem::path> corpus_files();

// The shared seeds beside the project (../shared/seeds), or CONVLINT_SEEDS; empty when absent.
std::filesystem::path seeds_dir();

std::filesystem::path seed(const std::string& name);

struct CliOutcome {
  int status;
  std::string out;
};

// Runs a shell command in the project folder and keeps its standard output; stderr is kept apart unless redirected.
CliOutcome run_command(const std::string& command_line);

// Runs the convlint binary with `arguments` (shell syntax) in the project folder.
CliOutcome run_convlint(const std::string& arguments);

}  // namespace convlint::testing
