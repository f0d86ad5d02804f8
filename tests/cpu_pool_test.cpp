#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "lint/cpu_pool.hpp"

namespace convlint::lint {
namespace {

TEST(CpuPool, LendsOnlyTheCpusNoFileKeepsBusy) {
  CpuPool cpus(2, nullptr);
  cpus.file_started();
  EXPECT_EQ(cpus.lend_cpus(3), 1u) << "one file on two CPUs: one is idle";
  EXPECT_EQ(cpus.lend_cpus(1), 0u);
  cpus.give_back_cpus(1);
  EXPECT_EQ(cpus.lend_cpus(1), 1u);
}

TEST(CpuPool, AFileTakenWhileItsCpuIsLentGetsItBackBeforeMoreIsLent) {
  CpuPool cpus(2, nullptr);
  cpus.file_started();
  ASSERT_EQ(cpus.lend_cpus(1), 1u);
  cpus.file_started();  // the other thread finds a file
  cpus.give_back_cpus(1);
  EXPECT_EQ(cpus.lend_cpus(1), 0u) << "both CPUs have a file";
  cpus.file_ended();
  cpus.file_ended();
  EXPECT_EQ(cpus.lend_cpus(4), 2u);
}

TEST(CpuPool, TellsThePagesReadOfThoseAnnounced) {
  std::vector<std::pair<unsigned, unsigned>> told;
  CpuPool cpus(1, [&](unsigned read, unsigned announced) { told.emplace_back(read, announced); });
  cpus.pages_to_read(2);
  cpus.page_read();
  cpus.pages_to_read(1);
  cpus.page_read();
  cpus.page_read();
  const std::vector<std::pair<unsigned, unsigned>> expected = {{0, 2}, {1, 2}, {1, 3}, {2, 3}, {3, 3}};
  EXPECT_EQ(told, expected);
}

}  // namespace
}  // namespace convlint::lint
