#include "cli/progress.hpp"

#include <cstdio>

namespace convlint::cli {

void Progress::advance(const std::string& path) {
  ++done_;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ != total_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  constexpr size_t width = 30;
  const size_t filled = total_ == 0 ? width : done_ * width / total_;
  const std::string name = path.size() > 40 ? "…" + path.substr(path.size() - 39) : path;
  std::fprintf(stderr, "\r[%s%s] %zu/%zu %-41s", std::string(filled, '#').c_str(), std::string(width - filled, '.').c_str(), done_,
               total_, name.c_str());
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_) std::fprintf(stderr, "\r%*s\r", 90, "");
}

}  // namespace convlint::cli
