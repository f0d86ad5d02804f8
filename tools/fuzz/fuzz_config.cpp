// libFuzzer target: any bytes as a `.convlint.yaml`; every problem must come back as a value with its message.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "rules/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/convlint-fuzz-config-" + std::to_string(getpid()) + ".yaml";
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  auto config = convlint::rules::load_config(path);
  if (!config) config.error().describe(convlint::Language::en);
  return 0;
}
