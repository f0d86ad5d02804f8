#include "lint/pipeline.hpp"

#include <condition_variable>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <thread>

#include "document/builder.hpp"
#include "lint/cpu_pool.hpp"
#include "lint/extracted.hpp"
#include "rules/role_book.hpp"
#include "source/decode.hpp"
#include "source/display_path.hpp"
#include "source/read.hpp"

namespace convlint::lint {

namespace {

FileResult lint_or_throw(const source::Input& input, const rules::Engine& engine, const LintOptions& options) {
  FileResult result;
  result.path = source::display_path(input.path);
  if (input.error) {
    result.error = input.error;
    return result;
  }
  auto source = input.content ? source::load_source(input.path, *input.content, options.max_file_size, options.read)
                              : source::read_source(input.path, options.max_file_size, options.read);
  if (!source) {
    result.error = source.error();
    return result;
  }
  auto shared = std::make_shared<const source::SourceText>(std::move(source.value()));
  const document::Document document = document::build_document(*shared, {options.max_nesting, &engine.catalog().lexicon});
  result.findings = engine.run(document, options.language);
  if (options.baseline) options.baseline->filter(result.path, result.findings, *shared);
  if (options.extract) result.extracted = extract_facts(document, rules::RoleBook(engine.catalog(), document));
  result.source = std::move(shared);
  return result;
}

}  // namespace

FileResult lint_one(const source::Input& input, const rules::Engine& engine, const LintOptions& options) {
  // Linting runs on worker threads, where an exception would end the whole scan: it ends this file only.
  FileResult failed;
  try {
    return lint_or_throw(input, engine, options);
  } catch (const std::bad_alloc&) {
    failed.error = source::InputError{source::InputErrorKind::out_of_memory, {}};
  } catch (const std::exception& problem) {
    failed.error = source::InputError{source::InputErrorKind::internal_error, problem.what()};
  }
  failed.path = source::display_path(input.path);
  return failed;
}

void lint_all(const std::vector<source::Input>& inputs, const EngineFor& engine_for, const LintOptions& given,
              const std::function<void(FileResult&&)>& deliver) {
  const unsigned jobs = std::max(1u, given.jobs);
  CpuPool cpus(jobs, given.on_ocr_pages);
  LintOptions options = given;
  options.read.ocr.pacing = &cpus;
  auto lint_on_a_cpu = [&](const source::Input& input) {
    cpus.file_started();
    FileResult result = lint_one(input, engine_for(input), options);
    cpus.file_ended();
    return result;
  };
  if (jobs == 1 || inputs.size() < 2) {
    for (const source::Input& input : inputs) deliver(lint_on_a_cpu(input));
    return;
  }
  const size_t ahead = size_t{4} * jobs;  // results allowed to wait for their turn
  std::mutex mutex;
  std::condition_variable result_ready, window_moved;
  std::map<size_t, FileResult> ready;
  size_t next_to_take = 0, next_to_deliver = 0;
  auto may_take = [&] { return next_to_take < inputs.size() && next_to_take < next_to_deliver + ahead; };
  auto lint_and_keep = [&](size_t index) {
    FileResult result = lint_on_a_cpu(inputs[index]);
    std::lock_guard lock(mutex);
    ready.emplace(index, std::move(result));
    return index == next_to_deliver;
  };
  // jobs - 1 workers lint; the main thread delivers results in order and, while the next one is not ready, lints
  // too. Each side wakes the other only when it is waited for.
  auto work = [&] {
    while (true) {
      size_t index;
      {
        std::unique_lock lock(mutex);
        window_moved.wait(lock, [&] { return next_to_take >= inputs.size() || may_take(); });
        if (next_to_take >= inputs.size()) return;
        index = next_to_take++;
      }
      if (lint_and_keep(index)) result_ready.notify_one();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < jobs; ++i) workers.emplace_back(work);
  while (next_to_deliver < inputs.size()) {
    std::unique_lock lock(mutex);
    if (auto found = ready.find(next_to_deliver); found != ready.end()) {
      FileResult result = std::move(found->second);
      ready.erase(found);
      const bool window_was_full = next_to_take >= next_to_deliver + ahead;
      ++next_to_deliver;
      lock.unlock();
      if (window_was_full) window_moved.notify_all();
      deliver(std::move(result));
      continue;
    }
    if (may_take()) {
      const size_t index = next_to_take++;
      lock.unlock();
      lint_and_keep(index);
      continue;
    }
    result_ready.wait(lock, [&] { return ready.count(next_to_deliver) > 0; });
  }
  for (std::thread& worker : workers) worker.join();
}

}  // namespace convlint::lint
