#include "source/reader_worker.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include "source/extracted_wire.hpp"
#include "source/pdf_reader.hpp"
#include "source/sanitizer.hpp"

namespace convlint::source {

namespace {

// What the worker is asked, ahead of the file's bytes.
struct WorkerRequest {
  char magic[8] = {'c', 'l', 'r', 'e', 'a', 'd', '1', '\0'};
  uint32_t format = 0;
  uint32_t ocr_mode = 0;
  int32_t ocr_dpi = 300;
  uint32_t max_seconds = 0;
  uint64_t max_memory = 0;
  uint64_t max_size = 0;
  uint64_t size = 0;
  uint32_t paced = 0;  // 1: the worker asks for idle CPUs and tells its OCR pages (control frames)
  uint32_t unused = 0;
};

// Before its answer, a worker may send control frames: a length with the top bit set, the kind of frame in the
// byte above the low 32 bits and its argument in them. A `lend` frame waits for a uint32 reply, the CPUs lent.
constexpr uint64_t control_frame = uint64_t{1} << 63;
enum class Control : uint8_t { lend = 1, give_back = 2, pages_to_read = 3, page_read = 4 };

uint64_t control(Control kind, uint32_t argument) { return control_frame | uint64_t{static_cast<uint8_t>(kind)} << 32 | argument; }

// AddressSanitizer builds limit time only (see source/sanitizer.hpp).
constexpr bool address_space_limited = !address_sanitized;

// Exit statuses of a worker that ends on its own terms.
constexpr int exit_no_memory = 3;
constexpr int exit_bad_request = 4;

bool write_all(int fd, const void* data, size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::write(fd, bytes, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes += written;
    size -= static_cast<size_t>(written);
  }
  return true;
}

bool read_all(int fd, void* data, size_t size) {
  auto* bytes = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t got = ::read(fd, bytes, size);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    bytes += got;
    size -= static_cast<size_t>(got);
  }
  return true;
}

class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  Descriptor& operator=(Descriptor&& other) noexcept {
    reset();
    fd_ = std::exchange(other.fd_, -1);
    return *this;
  }
  ~Descriptor() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

InputError system_error(const char* call) { return InputError{InputErrorKind::unreadable, std::string(call) + ": " + std::strerror(errno)}; }

// Why the worker ended without a result, from its wait status and its peak memory.
InputError worker_failure(int status, const rusage& usage, DocumentFormat format, const ReaderLimits& limits) {
  const std::string reader = format == DocumentFormat::image  ? "image"
                             : format == DocumentFormat::docx ? "DOCX"
                             : format == DocumentFormat::odt  ? "ODT"
                                                              : "PDF";
  const uint64_t peak = static_cast<uint64_t>(usage.ru_maxrss) * 1024;
  if (WIFEXITED(status) && WEXITSTATUS(status) == exit_no_memory)
    return InputError{InputErrorKind::reader_memory, reader + ", " + std::to_string(limits.max_memory >> 20) + " Mio"};
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    if (signal == SIGXCPU)  // past the soft limit on CPU time (the hard one stays open)
      return InputError{InputErrorKind::reader_time, reader + ", " + std::to_string(limits.max_seconds) + " s"};
    // A library that cannot allocate often aborts or dereferences the null it got instead of saying so.
    if (limits.max_memory > 0 && peak > limits.max_memory / 2)
      return InputError{InputErrorKind::reader_memory, reader + ", " + std::to_string(limits.max_memory >> 20) + " Mio"};
    const char* name = sigabbrev_np(signal);
    return InputError{InputErrorKind::reader_crash, reader + ", SIG" + (name ? name : std::to_string(signal))};
  }
  return InputError{InputErrorKind::reader_crash, reader + ", exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1)};
}

uint32_t seconds_per_ocr_page = 0;

void allow_another_ocr_page() {
  static std::mutex one_at_a_time;  // pages are read on several threads
  const std::lock_guard lock(one_at_a_time);
  rlimit cpu{};
  if (::getrlimit(RLIMIT_CPU, &cpu) != 0 || cpu.rlim_cur == RLIM_INFINITY) return;
  cpu.rlim_cur = std::min<rlim_t>(cpu.rlim_cur + seconds_per_ocr_page, cpu.rlim_max);
  ::setrlimit(RLIMIT_CPU, &cpu);
}

// The largest address space the worker has had, in bytes (0 when unknown).
uint64_t peak_address_space() {
  const int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buffer[4096];
  const ssize_t got = ::read(fd, buffer, sizeof buffer - 1);
  ::close(fd);
  if (got <= 0) return 0;
  buffer[got] = '\0';
  const char* peak = std::strstr(buffer, "VmPeak:");
  return peak ? std::strtoull(peak + 7, nullptr, 10) * 1024 : 0;
}

// A library that cannot allocate may carry on with less (an empty page) instead of failing: a worker that came
// close to its limit reports the file as too large for it, and ends.
bool came_close_to_memory_limit(uint64_t max_memory) {
  return address_space_limited && max_memory > 0 && peak_address_space() > max_memory / 10 * 9;
}

// A worker serves the files of one lint thread in turn: its CPU limit is moved before each to what it has used so
// far plus the file's allowance; its address space is limited once, at the first request.
void limit_worker(const WorkerRequest& request, bool first) {
  if (first && address_space_limited && request.max_memory > 0) {
    const rlimit memory{request.max_memory, request.max_memory};
    ::setrlimit(RLIMIT_AS, &memory);
  }
  if (request.max_seconds > 0) {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
    // The hard limit stays open so that each OCR page may add its own seconds; past the soft one, SIGXCPU ends it.
    rlimit cpu{};
    ::getrlimit(RLIMIT_CPU, &cpu);
    cpu.rlim_cur = std::min<rlim_t>(used + request.max_seconds, cpu.rlim_max);
    ::setrlimit(RLIMIT_CPU, &cpu);
    seconds_per_ocr_page = request.max_seconds;
  }
}

// The worker process of the calling lint thread, started at its first file and after a file that ended it.
class WorkerProcess {
 public:
  WorkerProcess() = default;
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;
  ~WorkerProcess() {
    socket_.reset();  // the worker sees the end of its requests and exits
    if (pid_ > 0) wait();
  }

  Expected<ExtractedText, InputError> read(const WorkerRequest& request, std::string_view bytes, DocumentFormat format,
                                           const ReaderLimits& limits, OcrPacing* pacing) {
    if (pid_ <= 0) {
      if (auto error = start(limits.worker)) return *error;
    }
    LentCpus lent(pacing);
    uint64_t length = 0;
    bool talking = send_all(&request, sizeof request) && send_all(bytes.data(), bytes.size());
    while (talking && (talking = receive_all(&length, sizeof length)) && (length & control_frame) != 0) talking = answer(length, lent);
    if (talking) {
      // The text, its line origins and boxes: a few times the largest text accepted at most.
      if (length > 4 * request.max_size + (64u << 20)) {
        ::kill(pid_, SIGKILL);
        wait();
        return InputError{InputErrorKind::too_large, std::string(format_name(format))};
      }
      std::string answer(length, '\0');
      if (receive_all(answer.data(), answer.size())) {
        if (auto result = decode_result(answer)) return std::move(*result);
        ::kill(pid_, SIGKILL);
        wait();
        return InputError{InputErrorKind::reader_crash, std::string(format_name(format)) + " ?"};
      }
    }
    // The worker closed its end: it is ending, and its status says why.
    const auto [status, usage] = wait();
    return worker_failure(status, usage, format, limits);
  }

 private:
  std::optional<InputError> start(const std::string& program) {
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) return system_error("socketpair");
    socket_ = Descriptor(ends[0]);
    const Descriptor worker_end(ends[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, worker_end.get(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, worker_end.get(), STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::string path = program;
    std::string argument = reader_worker_argument;
    char* arguments[] = {path.data(), argument.data(), nullptr};
    const int spawned = ::posix_spawn(&pid_, path.c_str(), &actions, nullptr, arguments, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned == 0) return std::nullopt;
    pid_ = -1;
    socket_.reset();
    errno = spawned;
    return system_error("posix_spawn");
  }

  std::pair<int, rusage> wait() {
    int status = 0;
    rusage usage{};
    while (::wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    socket_.reset();
    return {status, usage};
  }

  bool send_all(const void* data, size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
      const ssize_t sent = ::send(socket_.get(), bytes, size, MSG_NOSIGNAL);
      if (sent < 0 && errno == EINTR) continue;
      if (sent <= 0) return false;
      bytes += sent;
      size -= static_cast<size_t>(sent);
    }
    return true;
  }
  bool receive_all(void* data, size_t size) { return read_all(socket_.get(), data, size); }

  // The CPUs the run lent to the worker for one file: all given back when the file ends, whatever the worker did.
  class LentCpus {
   public:
    explicit LentCpus(OcrPacing* pacing) : pacing_(pacing) {}
    LentCpus(const LentCpus&) = delete;
    LentCpus& operator=(const LentCpus&) = delete;
    ~LentCpus() { give_back(count_); }
    unsigned lend(unsigned wanted) {
      const unsigned lent = pacing_ != nullptr ? pacing_->lend_cpus(wanted) : 0;
      count_ += lent;
      return lent;
    }
    void give_back(unsigned count) {
      count = std::min(count, count_);
      count_ -= count;
      if (count > 0) pacing_->give_back_cpus(count);
    }
    OcrPacing* pacing() const { return pacing_; }

   private:
    OcrPacing* pacing_;
    unsigned count_ = 0;
  };

  // Answers a control frame of the worker; false when the socket failed or the frame is unknown.
  bool answer(uint64_t frame, LentCpus& lent) {
    const auto argument = static_cast<uint32_t>(frame);
    switch (static_cast<Control>(static_cast<uint8_t>(frame >> 32))) {
      case Control::lend: {
        const uint32_t granted = lent.lend(argument);
        return send_all(&granted, sizeof granted);
      }
      case Control::give_back: lent.give_back(argument); return true;
      case Control::pages_to_read: if (lent.pacing() != nullptr) lent.pacing()->pages_to_read(argument); return true;
      case Control::page_read: if (lent.pacing() != nullptr) lent.pacing()->page_read(); return true;
    }
    ::kill(pid_, SIGKILL);  // no frame of convlint's: the worker is not well
    return false;
  }

  pid_t pid_ = -1;
  Descriptor socket_;
};

}  // namespace

Expected<ExtractedText, InputError> extract_text_in_worker(DocumentFormat format, std::string_view bytes, uint64_t max_size,
                                                           const OcrOptions& ocr, const ReaderLimits& limits) {
  WorkerRequest request;
  request.format = static_cast<uint32_t>(format);
  request.ocr_mode = static_cast<uint32_t>(ocr.mode);
  request.ocr_dpi = ocr.dpi;
  request.max_seconds = limits.max_seconds;
  request.max_memory = limits.max_memory;
  request.max_size = max_size;
  request.size = bytes.size();
  request.paced = ocr.pacing != nullptr;
  thread_local WorkerProcess worker;
  return worker.read(request, bytes, format, limits, ocr.pacing);
}

// The worker's side of OcrPacing: control frames to the lint thread that sent the file, which answers for the run.
class WorkerPacing : public OcrPacing {
 public:
  unsigned lend_cpus(unsigned wanted) override {
    uint32_t lent = 0;
    const std::lock_guard lock(writing_);
    const uint64_t frame = control(Control::lend, wanted);
    if (!write_all(STDOUT_FILENO, &frame, sizeof frame) || !read_all(STDIN_FILENO, &lent, sizeof lent)) ::_exit(exit_bad_request);
    return std::min(lent, wanted);
  }
  void give_back_cpus(unsigned count) override { send(control(Control::give_back, count)); }
  void pages_to_read(unsigned count) override { send(control(Control::pages_to_read, count)); }
  void page_read() override { send(control(Control::page_read, 0)); }

 private:
  void send(uint64_t frame) {
    const std::lock_guard lock(writing_);
    if (!write_all(STDOUT_FILENO, &frame, sizeof frame)) ::_exit(exit_bad_request);
  }
  std::mutex writing_;
};

void run_reader_worker() {
  // Loading poppler's libraries is not reading a file: it happens before the limits.
  load_pdf_module();
  std::set_new_handler([] { ::_exit(exit_no_memory); });
  const WorkerRequest expected;
  for (bool first = true;; first = false) {
    WorkerRequest request;
    if (!read_all(STDIN_FILENO, &request, sizeof request)) ::_exit(0);
    if (std::memcmp(request.magic, expected.magic, sizeof expected.magic) != 0 ||
        request.format > static_cast<uint32_t>(DocumentFormat::odt) || request.ocr_mode > static_cast<uint32_t>(OcrMode::never))
      ::_exit(exit_bad_request);
    limit_worker(request, first);
    std::string bytes(request.size, '\0');
    if (!read_all(STDIN_FILENO, bytes.data(), bytes.size())) ::_exit(exit_bad_request);
    WorkerPacing pacing;
    const OcrOptions ocr{static_cast<OcrMode>(request.ocr_mode), request.ocr_dpi, &allow_another_ocr_page,
                         request.paced != 0 ? &pacing : nullptr};
    const auto result = extract_text(static_cast<DocumentFormat>(request.format), bytes, request.max_size, ocr);
    if (came_close_to_memory_limit(request.max_memory)) ::_exit(exit_no_memory);
    const std::string answer = encode_result(result);
    const uint64_t length = answer.size();
    if (!write_all(STDOUT_FILENO, &length, sizeof length) || !write_all(STDOUT_FILENO, answer.data(), answer.size()))
      ::_exit(exit_bad_request);
  }
}

}  // namespace convlint::source
