// libFuzzer target: any bytes as an archive (ZIP, tar, gzip, bzip2, xz), its members listed within small limits and
// each read as a convention would be (text, DOCX; PDF only when the PDF module is at hand).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "source/decode.hpp"
#include "source/inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/convlint-fuzz-archive-" + std::to_string(getpid());
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  const convlint::source::InputLimits limits{1 << 20, 4 << 20};
  for (const auto& member : convlint::source::read_archive(path, limits)) {
    if (member.error) {
      member.error->describe(convlint::Language::en);
      continue;
    }
    if (!member.content || member.content->size() > limits.max_file_size) __builtin_trap();
    convlint::source::load_source(member.path, *member.content, limits.max_file_size);
  }
  return 0;
}
