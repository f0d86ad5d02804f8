#pragma once
// A ZIP package written in memory, for the DOCX and ODT reader tests.

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace convlint::testing {

// A ZIP holding `parts` in the order given (an OpenDocument package names its media type first).
inline std::string zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string buffer(16 << 20, '\0');
  size_t used = 0;
  std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), archive_write_free);
  archive_write_set_format_zip(writer.get());
  archive_write_open_memory(writer.get(), buffer.data(), buffer.size(), &used);
  for (const auto& [name, content] : parts) {
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), name.c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(content.size()));
    archive_write_header(writer.get(), entry.get());
    archive_write_data(writer.get(), content.data(), content.size());
  }
  archive_write_close(writer.get());
  buffer.resize(used);
  return buffer;
}

}  // namespace convlint::testing
