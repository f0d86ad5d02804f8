// Reading archive members in memory with libarchive; nothing is ever written to disk.
#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include "source/inputs.hpp"

namespace convlint::source {

namespace {

// Reads the current member's data without keeping it, counting it into `total`, up to `limit`: libarchive would
// decompress a skipped member all the same, and a bomb is made of members nobody asked for.
void discard_member(archive* reader, uint64_t& total, uint64_t limit) {
  char buffer[1 << 16];
  for (la_ssize_t read; total <= limit && (read = archive_read_data(reader, buffer, sizeof buffer)) > 0;)
    total += static_cast<uint64_t>(read);
}

}  // namespace

std::vector<Input> read_archive(const std::string& path, const InputLimits& limits) {
  std::vector<Input> members;
  std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), archive_read_free);
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_zip(reader.get());
  archive_read_support_format_tar(reader.get());
  archive_read_support_format_gnutar(reader.get());
  if (archive_read_open_filename(reader.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) {
    members.push_back({path, InputError{InputErrorKind::bad_archive, archive_error_string(reader.get()) ? archive_error_string(reader.get()) : ""}, nullptr});
    return members;
  }
  uint64_t total = 0;
  archive_entry* entry = nullptr;
  int status;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name ? raw_name : "?";
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFREG && !is_convention_file(name)) discard_member(reader.get(), total, limits.max_archive_size);
    if (total > limits.max_archive_size) {  // what is left would be decompressed for nothing
      members.push_back({path, InputError{InputErrorKind::archive_limit, {}}, nullptr});
      return members;
    }
    if (type == AE_IFDIR || !is_convention_file(name)) continue;
    if (type != AE_IFREG) {  // a pipe, device or link stored under a convention's name: said, not read
      const std::string kind = type == AE_IFIFO ? "fifo" : type == AE_IFSOCK ? "socket" : type == AE_IFLNK ? "symlink" : "device";
      members.push_back({path + "!" + name, InputError{InputErrorKind::not_regular, kind}, nullptr});
      continue;
    }
    Input member{path + "!" + name, std::nullopt, nullptr};
    if (total > limits.max_archive_size) {
      member.error = InputError{InputErrorKind::archive_limit, {}};
      members.push_back(std::move(member));
      continue;
    }
    auto content = std::make_shared<std::string>();
    char buffer[1 << 16];
    la_ssize_t read;
    while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
      content->append(buffer, static_cast<size_t>(read));
      total += static_cast<uint64_t>(read);
      if (content->size() > limits.max_file_size || total > limits.max_archive_size) break;
    }
    if (read < 0) member.error = InputError{InputErrorKind::bad_archive, archive_error_string(reader.get()) ? archive_error_string(reader.get()) : ""};
    else if (content->size() > limits.max_file_size)
      member.error = InputError{InputErrorKind::too_large, "> " + std::to_string(limits.max_file_size)};
    else if (total > limits.max_archive_size) member.error = InputError{InputErrorKind::archive_limit, {}};
    else member.content = std::move(content);
    members.push_back(std::move(member));
  }
  if (status != ARCHIVE_EOF) {
    const char* why = archive_error_string(reader.get());
    members.push_back({path, InputError{InputErrorKind::bad_archive, why ? why : ""}, nullptr});
  }
  return members;
}

}  // namespace convlint::source
