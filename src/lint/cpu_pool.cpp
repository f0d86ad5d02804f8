#include "lint/cpu_pool.hpp"

#include <algorithm>

namespace convlint::lint {

void CpuPool::file_started() {
  const std::lock_guard lock(mutex_);
  --idle_;
}

void CpuPool::file_ended() {
  const std::lock_guard lock(mutex_);
  ++idle_;
}

unsigned CpuPool::lend_cpus(unsigned wanted) {
  const std::lock_guard lock(mutex_);
  const unsigned lent = std::min(wanted, static_cast<unsigned>(std::max(idle_, 0)));
  idle_ -= static_cast<int>(lent);
  return lent;
}

void CpuPool::give_back_cpus(unsigned count) {
  const std::lock_guard lock(mutex_);
  idle_ += static_cast<int>(count);
}

void CpuPool::pages_to_read(unsigned count) {
  std::unique_lock lock(mutex_);
  announced_ += count;
  const unsigned read = read_, announced = announced_;
  lock.unlock();
  if (on_pages_) on_pages_(read, announced);
}

void CpuPool::page_read() {
  std::unique_lock lock(mutex_);
  const unsigned read = ++read_, announced = announced_;
  lock.unlock();
  if (on_pages_) on_pages_(read, announced);
}

}  // namespace convlint::lint
