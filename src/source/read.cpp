#include "source/read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace convlint::source {
namespace {

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

InputError system_error(int error) {
  if (error == ENOENT || error == ENOTDIR) return InputError{InputErrorKind::not_found, {}};
  if (error == EISDIR) return InputError{InputErrorKind::is_directory, {}};
  return InputError{InputErrorKind::unreadable, std::strerror(error)};
}

// Reads `fd` to its end, or until more than `max_size` bytes are held. `known_size` is the size of a regular file
// (read in one call, its end trusted), 0 when unknown (pipes, devices, /proc).
Expected<std::string, InputError> read_descriptor(int fd, uint64_t known_size, uint64_t max_size) {
  std::string bytes(known_size > 0 ? known_size : 1 << 16, '\0');
  size_t held = 0;
  for (;;) {
    if (held == bytes.size()) {
      if (known_size > 0 || held > max_size) break;
      bytes.resize(held * 2);
    }
    const ssize_t got = ::read(fd, bytes.data() + held, bytes.size() - held);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return system_error(errno);
    if (got == 0) break;
    held += static_cast<size_t>(got);
  }
  bytes.resize(held);
  return bytes;
}

}  // namespace

Expected<SourceText, InputError> read_source(const std::string& path, uint64_t max_size, const ReadOptions& options) {
  if (path == "-") {
    auto bytes = read_descriptor(STDIN_FILENO, 0, max_size);
    if (!bytes) return bytes.error();
    return load_source(path, *bytes, max_size, options);
  }
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return system_error(errno);
  struct stat status {};
  if (::fstat(file.get(), &status) != 0) return system_error(errno);
  if (S_ISDIR(status.st_mode)) return InputError{InputErrorKind::is_directory, {}};
  const uint64_t size = S_ISREG(status.st_mode) ? static_cast<uint64_t>(status.st_size) : 0;
  if (size > max_size)
    return InputError{InputErrorKind::too_large, std::to_string(size) + " > " + std::to_string(max_size)};
  auto bytes = read_descriptor(file.get(), size, max_size);
  if (!bytes) return bytes.error();
  return load_source(path, *bytes, max_size, options);
}

}  // namespace convlint::source
