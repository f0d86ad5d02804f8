#include "source/zip_members.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace convlint::source {

namespace {

std::string reason(archive* reader) {
  const char* why = archive_error_string(reader);
  return why ? why : "ZIP";
}

}  // namespace

Expected<std::map<std::string, std::string>, std::string> read_zip_members(std::string_view bytes,
                                                                           const std::vector<std::string>& wanted,
                                                                           uint64_t max_total) {
  std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), archive_read_free);
  archive_read_support_format_zip(reader.get());
  if (archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) return reason(reader.get());
  std::map<std::string, std::string> members;
  uint64_t total = 0;
  archive_entry* entry = nullptr;
  int status;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
    const char* name = archive_entry_pathname(entry);
    if (name == nullptr || std::find(wanted.begin(), wanted.end(), name) == wanted.end()) continue;
    std::string& content = members[name];
    char buffer[1 << 16];
    la_ssize_t read;
    while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
      content.append(buffer, static_cast<size_t>(read));
      total += static_cast<uint64_t>(read);
      if (total > max_total) return std::string("> " + std::to_string(max_total) + " bytes decompressed");
    }
    if (read < 0) return reason(reader.get());
  }
  if (status != ARCHIVE_EOF) return reason(reader.get());
  return members;
}

}  // namespace convlint::source
