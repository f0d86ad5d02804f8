#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace convlint::cli {

// A one-line progress bar on stderr for long scans, redrawn at most ten times a second; off unless asked or on a TTY.
class Progress {
 public:
  Progress(bool enabled, size_t total) : enabled_(enabled && total > 1), total_(total) {}
  void advance(const std::string& path);
  void finish();

 private:
  bool enabled_;
  size_t total_;
  size_t done_ = 0;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace convlint::cli
