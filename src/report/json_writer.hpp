#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "base/language.hpp"
#include "report/file_result.hpp"

namespace convlint::report {

// Writes the `files[]` element of the json format for one input (also one line of jsonl).
void write_file_json(std::ostream& out, const FileResult& result, Language language);

// `--format json`: one object {tool, version, files, summary}, written file by file as results come.
class JsonWriter : public Writer {
 public:
  JsonWriter(std::ostream& out, Language language, std::string version) : out_(out), language_(language), version_(std::move(version)) {}
  void begin() override;
  void file(const FileResult& result) override;
  void end(const Summary& summary) override;

 private:
  std::ostream& out_;
  Language language_;
  std::string version_;
  bool first_ = true;
};

}  // namespace convlint::report
