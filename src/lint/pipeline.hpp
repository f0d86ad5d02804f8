#pragma once
// The lint stage: each input read, built into a document, checked, filtered by the baseline and, for `extract`, its
// facts taken (lint/extracted.hpp); many inputs on worker threads, typed results handed over in input order.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lint/file_result.hpp"
#include "rules/baseline.hpp"
#include "rules/engine.hpp"
#include "source/inputs.hpp"
#include "source/read_options.hpp"

namespace convlint::lint {

struct LintOptions {
  uint64_t max_file_size = 16u * 1024u * 1024u;
  Language language = Language::fr;
  unsigned jobs = 1;
  const rules::Baseline* baseline = nullptr;
  bool extract = false;  // also keep the document's facts (convlint extract)
  int max_nesting = 16;  // list nesting levels kept apart
  source::ReadOptions read;
  std::function<void(unsigned read, unsigned announced)> on_ocr_pages;  // OCR pages read so far, of those announced
};

// The engine that applies to one input (its nearest configuration).
using EngineFor = std::function<const rules::Engine&(const source::Input&)>;

// Lints one input.
FileResult lint_one(const source::Input& input, const rules::Engine& engine, const LintOptions& options);

// Lints every input with `options.jobs` threads and calls `deliver` with each result in input order, as soon as
// its turn comes; at most a few results per thread wait in memory. The pages of a scan are read by OCR on the CPUs
// no file keeps busy (see CpuPool).
void lint_all(const std::vector<source::Input>& inputs, const EngineFor& engine_for, const LintOptions& options,
              const std::function<void(FileResult&&)>& deliver);

}  // namespace convlint::lint
