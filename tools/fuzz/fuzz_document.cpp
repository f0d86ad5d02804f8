// libFuzzer target: arbitrary bytes through decoding, parsing, fact extraction and every rule.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/builder.hpp"
#include "rules/engine.hpp"
#include "source/decode.hpp"

namespace {

const convlint::rules::Engine& engine() {
  static const auto built = [] {
    auto catalog = convlint::rules::builtin_catalog();
    return convlint::rules::Engine::create(std::move(catalog.value()), {}).value();
  }();
  return *built;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto source = convlint::source::load_source("fuzz", std::string_view(reinterpret_cast<const char*>(data), size));
  if (!source) return 0;
  const auto document = convlint::document::build_document(*source, {.lexicon = &engine().catalog().lexicon});
  const auto findings = engine().run(document, convlint::Language::fr);
  for (const auto& finding : findings) {
    if (finding.span.end > source->text.size() || finding.span.begin > finding.span.end + 1) __builtin_trap();
    source->position(finding.span.begin);
  }
  return 0;
}
