#pragma once
// The run's CPUs (-j) as the OCR of a scan sees them.

#include <functional>
#include <mutex>

#include "source/ocr_options.hpp"

namespace convlint::lint {

// A CPU is busy while a lint thread works on a file with it, or while the pages of a scan borrow it: when fewer
// files than CPUs are left (one scan alone, the end of a folder), the pages of the scans left are read on the idle
// ones. Every page announced and read is told to `on_pages` (read, announced), from any thread.
class CpuPool : public source::OcrPacing {
 public:
  CpuPool(unsigned cpus, std::function<void(unsigned read, unsigned announced)> on_pages)
      : idle_(static_cast<int>(cpus)), on_pages_(std::move(on_pages)) {}

  void file_started();
  void file_ended();

  unsigned lend_cpus(unsigned wanted) override;
  void give_back_cpus(unsigned count) override;
  void pages_to_read(unsigned count) override;
  void page_read() override;

 private:
  std::mutex mutex_;
  int idle_;  // below zero while a thread takes a file with its CPU still lent
  unsigned announced_ = 0, read_ = 0;
  std::function<void(unsigned, unsigned)> on_pages_;
};

}  // namespace convlint::lint
