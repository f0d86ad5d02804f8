// libFuzzer target: PDF page layout on arbitrary words and positions (overlapping, negative, huge, empty words,
// hyphens and digits where the layout looks for them). Each 6-byte record is one word.
#include <cstddef>
#include <cstdint>
#include <string>

#include "source/pdf_layout.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string pieces[] = {"", "Page", "3", "/", "sur", "budgé-", "taires", "sous-", "ci", "¹", "-",
                                       "Article", "AE", "CP", "2025", "€", "é", "\t", "a"};
  std::vector<convlint::source::PdfPage> pages(1);
  pages.back().height = 842;
  for (size_t i = 0; i + 6 <= size; i += 6) {
    const uint8_t* record = data + i;
    if (record[0] == 0xFF) {
      pages.emplace_back();
      pages.back().height = record[1] * 4.0;
      continue;
    }
    const double left = (record[1] - 16) * 3.0, top = record[2] * 3.5, width = record[3] * 0.5;
    const double font = record[4] % 24;
    pages.back().words.push_back({pieces[record[0] % std::size(pieces)], left, top, left + width,
                                  top + font * 1.2 - (record[5] & 1 ? 20 : 0), font, (record[5] & 2) != 0});
  }
  const auto text = convlint::source::lay_out_pages(pages);
  size_t lines = 0;
  for (const char c : text.text) lines += c == '\n';
  if (lines != text.origins.size()) __builtin_trap();
  for (const uint32_t page : text.origins)
    if (page < 1 || page > pages.size()) __builtin_trap();
  return 0;
}
