// first_response: how long a server takes from being spawned to its first
// 200 response.
//
//   first_response --port P [--path /healthz] [--timeout-ms 30000] [--keep]
//                  -- COMMAND ARGS...
//
// Forks and execs COMMAND (stdout and stderr to /dev/null), then connects to
// 127.0.0.1:P and sends "GET PATH HTTP/1.1" in a tight loop (a new connection
// each try, 1 ms apart) until a response starting "HTTP/1.1 200" or
// "HTTP/1.0 200" arrives. Prints the elapsed milliseconds from just before
// fork() to that response as "first_response_ms <ms>". Then sends SIGTERM to
// the child and waits for it, unless --keep is given (then prints "pid <pid>"
// and leaves it running). Exits 1 if the child exits or the timeout passes
// first.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  int port = 0;
  std::string path = "/healthz";
  int timeout_ms = 30000;
  bool keep = false;
  std::vector<char*> command;
};

Options parse_options(int argc, char** argv) {
  Options options;
  int i = 1;
  for (; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg == "--keep") {
      options.keep = true;
      continue;
    }
    if (i + 1 >= argc) break;
    if (arg == "--port") options.port = std::atoi(argv[++i]);
    else if (arg == "--path") options.path = argv[++i];
    else if (arg == "--timeout-ms") options.timeout_ms = std::atoi(argv[++i]);
  }
  for (; i < argc; ++i) options.command.push_back(argv[i]);
  options.command.push_back(nullptr);
  if (options.port <= 0 || options.command.size() < 2) {
    std::fprintf(stderr, "usage: first_response --port P [--path /healthz] [--timeout-ms N] [--keep] -- COMMAND ARGS...\n");
    std::exit(2);
  }
  return options;
}

pid_t spawn(const std::vector<char*>& command) {
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("fork");
    std::exit(1);
  }
  if (pid == 0) {
    const int null = open("/dev/null", O_RDWR);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execvp(command[0], command.data());
    _exit(127);
  }
  return pid;
}

// One try: connect, send the request, read the status line. True on a 200.
bool answered_200(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = false;
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size())) {
    pollfd p{fd, POLLIN, 0};
    char buffer[64] = {};
    size_t got = 0;
    while (got < 12 && poll(&p, 1, 2000) == 1) {
      const ssize_t n = recv(fd, buffer + got, sizeof buffer - 1 - got, 0);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    ok = got >= 12 && (std::strncmp(buffer, "HTTP/1.1 200", 12) == 0 || std::strncmp(buffer, "HTTP/1.0 200", 12) == 0);
  }
  close(fd);
  return ok;
}

bool child_exited(pid_t pid) {
  int status = 0;
  return waitpid(pid, &status, WNOHANG) == pid;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  const std::string request =
      "GET " + options.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  const auto start = Clock::now();
  const pid_t pid = spawn(options.command);
  const auto deadline = start + std::chrono::milliseconds(options.timeout_ms);
  for (;;) {
    if (answered_200(options.port, request)) break;
    if (child_exited(pid)) {
      std::fprintf(stderr, "first_response: the server exited before answering\n");
      return 1;
    }
    if (Clock::now() > deadline) {
      std::fprintf(stderr, "first_response: no 200 within %d ms\n", options.timeout_ms);
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      return 1;
    }
    usleep(1000);
  }
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  std::printf("first_response_ms %.1f\n", ms);
  if (options.keep) {
    std::printf("pid %d\n", static_cast<int>(pid));
    return 0;
  }
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  return 0;
}
