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

la_ssize_t append_to_string(archive*, void* data, const void* buffer, size_t length) {
  static_cast<std::string*>(data)->append(static_cast<const char*>(buffer), length);
  return static_cast<la_ssize_t>(length);
}

// Reads each member `wanted(name)` accepts and hands it to `keep(name, content)`; members skipped are not
// decompressed. An error message, or "".
template <class Wanted, class Keep>
std::string read_members(std::string_view bytes, uint64_t max_total, Wanted wanted, Keep keep) {
  std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), archive_read_free);
  archive_read_support_format_zip(reader.get());
  if (archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) return reason(reader.get());
  uint64_t total = 0;
  archive_entry* entry = nullptr;
  int status;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
    const char* name = archive_entry_pathname(entry);
    if (name == nullptr || !wanted(name)) continue;
    std::string content;
    char buffer[1 << 16];
    la_ssize_t read;
    while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
      content.append(buffer, static_cast<size_t>(read));
      total += static_cast<uint64_t>(read);
      if (total > max_total) return "> " + std::to_string(max_total) + " bytes decompressed";
    }
    if (read < 0) return reason(reader.get());
    keep(name, std::move(content));
  }
  if (status != ARCHIVE_EOF) return reason(reader.get());
  return {};
}

}  // namespace

Expected<std::map<std::string, std::string>, std::string> read_zip_members(std::string_view bytes,
                                                                           const std::vector<std::string>& wanted,
                                                                           uint64_t max_total) {
  std::map<std::string, std::string> members;
  const std::string problem = read_members(
      bytes, max_total, [&](std::string_view name) { return std::find(wanted.begin(), wanted.end(), name) != wanted.end(); },
      [&](std::string name, std::string content) { members[std::move(name)] = std::move(content); });
  if (!problem.empty()) return problem;
  return members;
}

Expected<std::vector<std::pair<std::string, std::string>>, std::string> read_all_zip_members(std::string_view bytes, uint64_t max_total) {
  std::vector<std::pair<std::string, std::string>> members;
  const std::string problem = read_members(bytes, max_total, [](std::string_view) { return true; },
                                           [&](std::string name, std::string content) { members.emplace_back(std::move(name), std::move(content)); });
  if (!problem.empty()) return problem;
  return members;
}

std::string write_zip_members(const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out;
  std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), archive_write_free);
  archive_write_set_format_zip(writer.get());
  archive_write_set_bytes_in_last_block(writer.get(), 1);  // no padding after the ZIP's end
  archive_write_open(writer.get(), &out, nullptr, append_to_string, nullptr);
  for (const auto& [name, content] : members) {
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), name.c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(content.size()));
    if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK ||
        archive_write_data(writer.get(), content.data(), content.size()) != static_cast<la_ssize_t>(content.size()))
      return {};
  }
  if (archive_write_close(writer.get()) != ARCHIVE_OK) return {};
  return out;
}

}  // namespace convlint::source
