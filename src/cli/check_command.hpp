#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convlint::cli {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::optional<std::string> profile;
  std::string config;
  std::vector<std::string> rule_files;
  std::vector<std::string> select, ignore;
  std::string fail_on = "error";
  std::string baseline, write_baseline;
  unsigned jobs = 0;  // 0: hardware threads
  std::string lang = "fr";
  std::string color = "auto";
  std::string progress = "auto";
  uint64_t max_file_size = 16u * 1024u * 1024u;
  uint64_t max_archive_size = 256u * 1024u * 1024u;
  int max_nesting = 16;
  std::string ocr = "auto";  // auto | always | never
  int ocr_dpi = 300;
  uint32_t max_seconds_per_file = 30;  // CPU time of a DOCX, PDF or image reader (0: read in process, no limits)
  uint64_t max_memory = 1ull << 30;    // address space of that reader
  std::string reader_worker;           // the program run as that reader (convlint itself)
  bool fix = false;   // make the safe fixes in text files, then report what is left
  bool diff = false;  // print the safe fixes as a unified diff instead of a report; change nothing
  bool extract = false;  // `convlint extract`: one record of facts per convention instead of findings
};

// `convlint check` (and `convlint extract`): lints the inputs, writes the report, returns the exit status of CLI.md.
// extract exits 0 whatever the findings, 2 when an input could not be read.
int run_check(const CheckOptions& options);

}  // namespace convlint::cli
