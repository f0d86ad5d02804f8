#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace convlint::cli {

// A one-line progress bar on stderr for long scans, redrawn at most ten times a second; off unless asked or on a TTY.
// It counts the files done and, once a scan is met, the pages read by OCR: one scanned file alone takes minutes.
class Progress {
 public:
  Progress(bool enabled, size_t total) : enabled_(enabled), total_(total) {}
  void advance(const std::string& path);
  // From any thread.
  void ocr_pages(unsigned read, unsigned announced);
  void finish();

 private:
  void draw(bool now);  // with mutex_ held

  std::mutex mutex_;
  bool enabled_;
  size_t total_;
  size_t done_ = 0;
  unsigned pages_read_ = 0, pages_announced_ = 0;
  std::string last_path_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace convlint::cli
