#include "ingest/isolated.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ogpx::ingest {
namespace {

using Clock = std::chrono::steady_clock;

// How often the parent looks at `cancel` while it waits.
constexpr int kPollMilliseconds = 50;

// The child's descriptor for its output (0-2 stay as they are).
constexpr int kChildFd = 3;
// Exit codes of the child.
constexpr int kChildOk = 0;
constexpr int kChildThrew = 3;
constexpr int kChildWriteFailed = 4;

// In the child: writes all of `bytes` to `fd`; only async-signal-safe calls.
bool WriteAll(int fd, const std::string& bytes) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void RunChild(const std::function<std::string()>& work, int fd, pid_t parent) {
  // Ctrl-C reaches the whole process group: the parent decides (it kills
  // the child when it stops), and the child never outlives it.
  ::signal(SIGINT, SIG_IGN);
  ::signal(SIGTERM, SIG_IGN);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(kChildThrew);  // the parent is gone already
  int code = kChildOk;
  try {
    if (!WriteAll(fd, work())) code = kChildWriteFailed;
  } catch (...) {
    code = kChildThrew;
  }
  ::_exit(code);  // no destructors, no atexit handlers: they belong to the parent
}

// Kills and reaps `pid`.
void Kill(pid_t pid) {
  ::kill(pid, SIGKILL);
  while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
  }
}

}  // namespace

IsolatedResult RunIsolated(const std::function<std::string()>& work, Clock::time_point deadline,
                           const std::atomic<bool>* cancel) {
  IsolatedResult result;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    result.status = IsolatedStatus::kNoProcess;
    result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
    return result;
  }
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    result.status = IsolatedStatus::kNoProcess;
    result.error = std::string("cannot start a process: ") + std::strerror(errno);
    return result;
  }
  if (pid == 0) {
    // Keep only the write end of this pipe: a copy of another thread's pipe
    // would hold back that pipe's end of output until this child is done.
    int out = fds[1];
    if (out != kChildFd) out = ::dup2(out, kChildFd);
    ::close_range(kChildFd + 1, ~0U, 0);
    if (out != kChildFd) ::_exit(kChildWriteFailed);
    RunChild(work, kChildFd, parent);
  }
  ::close(fds[1]);
  char buf[1 << 16];
  for (;;) {
    if (cancel != nullptr && cancel->load()) {
      result.status = IsolatedStatus::kCancelled;
      break;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      result.status = IsolatedStatus::kTimeout;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, kPollMilliseconds)));
    if (ready < 0 && errno != EINTR) {
      result.error = std::string("cannot wait for the OCR process: ") + std::strerror(errno);
      break;  // kFailed
    }
    if (ready <= 0) continue;
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = std::string("cannot read from the OCR process: ") + std::strerror(errno);
      break;
    }
    if (n > 0) {
      result.output.append(buf, static_cast<std::size_t>(n));
      continue;
    }
    // End of output: the child is done (or died).
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == kChildOk) {
      result.status = IsolatedStatus::kOk;
    } else {
      result.output.clear();
      result.error = WIFSIGNALED(status) ? "the OCR process was killed by signal " + std::to_string(WTERMSIG(status))
                                         : "the OCR process failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
    }
    return result;
  }
  ::close(fds[0]);
  Kill(pid);
  result.output.clear();
  return result;
}

}  // namespace ogpx::ingest
