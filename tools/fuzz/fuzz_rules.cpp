// libFuzzer target: the rule-file loader (YAML, patterns, registers) on any text; errors must be values.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/catalog.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  convlint::rules::Catalog catalog;
  const std::string content(reinterpret_cast<const char*>(data), size);
  if (auto problem = convlint::rules::load_yaml("fuzz.yaml", content, catalog)) problem->describe(convlint::Language::en);
  return 0;
}
