#pragma once
// The writer of a report format, chosen by name (text, json, jsonl, csv, sarif, html, xlsx; extract's jsonl, csv and
// xlsx): the command line never sees how a format is built.

#include <memory>
#include <ostream>
#include <string>

#include "report/file_result.hpp"

namespace convlint::rules {
struct Catalog;
}

namespace convlint::report {

struct WriterChoice {
  std::string format;    // as --format names it
  bool extract = false;  // `convlint extract`: the facts instead of the findings
  bool color = false;    // text: ANSI colours
  std::string version;   // convlint's, for json and sarif
  size_t inputs = 0;     // html: how many inputs the report covers
};

std::unique_ptr<Writer> make_writer(const WriterChoice& choice, std::ostream& out, Language language, const rules::Catalog& catalog);

}  // namespace convlint::report
