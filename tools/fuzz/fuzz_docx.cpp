// libFuzzer target, structure-aware: the input is the XML of a Word document's parts (word/document.xml, then
// word/numbering.xml, word/footnotes.xml and word/styles.xml, separated by a NUL byte), packed into a valid DOCX
// so that every mutation reaches the XML reader rather than the ZIP checks.
#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "source/docx_reader.hpp"

namespace {

constexpr const char* part_names[] = {"word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/styles.xml"};

std::string pack(const std::vector<std::string_view>& parts) {
  size_t total = 0;
  for (const std::string_view part : parts) total += part.size();
  std::string buffer(2 * total + 4096 * (parts.size() + 1), '\0');  // room for the headers, whatever deflate does
  size_t used = 0;
  std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), archive_write_free);
  archive_write_set_format_zip(writer.get());
  archive_write_set_bytes_in_last_block(writer.get(), 1);
  if (archive_write_open_memory(writer.get(), buffer.data(), buffer.size(), &used) != ARCHIVE_OK) return {};
  for (size_t i = 0; i < parts.size(); ++i) {
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), part_names[i]);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(parts[i].size()));
    archive_write_header(writer.get(), entry.get());
    archive_write_data(writer.get(), parts[i].data(), parts[i].size());
  }
  archive_write_close(writer.get());
  buffer.resize(used);
  return buffer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string_view> parts;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (parts.size() + 1 < std::size(part_names)) {
    const size_t end = rest.find('\0');
    if (end == std::string_view::npos) break;
    parts.push_back(rest.substr(0, end));
    rest.remove_prefix(end + 1);
  }
  parts.push_back(rest);
  const std::string docx = pack(parts);
  if (auto text = convlint::source::read_docx(docx, 1 << 20)) {
    if (text->origins.size() != static_cast<size_t>(std::count(text->text.begin(), text->text.end(), '\n'))) __builtin_trap();
  }
  return 0;
}
