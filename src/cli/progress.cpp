#include "cli/progress.hpp"

#include <cstdio>

namespace convlint::cli {

void Progress::advance(const std::string& path) {
  const std::lock_guard lock(mutex_);
  ++done_;
  last_path_ = path;
  draw(done_ == total_);
}

void Progress::ocr_pages(unsigned read, unsigned announced) {
  const std::lock_guard lock(mutex_);
  pages_read_ = read;
  pages_announced_ = announced;
  draw(read == announced);
}

void Progress::draw(bool now) {
  if (!enabled_ || (total_ < 2 && pages_announced_ == 0)) return;
  const auto time = std::chrono::steady_clock::now();
  if (!now && time - last_ < std::chrono::milliseconds(100)) return;
  last_ = time;
  drawn_ = true;
  constexpr size_t width = 30;
  // One file alone: the bar fills with its pages.
  const size_t filled = total_ < 2 ? (pages_announced_ == 0 ? 0 : pages_read_ * width / pages_announced_)
                                   : (total_ == 0 ? width : done_ * width / total_);
  const std::string name = last_path_.size() > 40 ? "…" + last_path_.substr(last_path_.size() - 39) : last_path_;
  const std::string pages = pages_announced_ == 0 ? "" : " OCR " + std::to_string(pages_read_) + "/" + std::to_string(pages_announced_) + " p.";
  std::fprintf(stderr, "\r[%s%s] %zu/%zu%s %-41s", std::string(filled, '#').c_str(), std::string(width - filled, '.').c_str(), done_,
               total_, pages.c_str(), name.c_str());
  std::fflush(stderr);
}

void Progress::finish() {
  const std::lock_guard lock(mutex_);
  if (drawn_) std::fprintf(stderr, "\r%*s\r", 110, "");
}

}  // namespace convlint::cli
