// gongkai/web/server.h
//
// The HTTP/1.1 server (Boost.Beast, kept inside server.cpp): one thread per
// core by default, keep-alive, a 16 KiB header limit, a configurable body
// limit, read and idle timeouts, graceful shutdown on SIGTERM and SIGINT, an
// access log, static files under /static/ with safe path resolution, gzip for
// text, ETag and 304, the security headers on every response, and error pages
// in Chinese for 400/404/405/413/431/500.
//
// Exceptions escaping the handler are mapped once here: InvalidInput → 400,
// NotFound → 404, Forbidden → 403, Conflict → 409, anything else → 500 (the
// detail is logged, never shown). Paths under /api/ get JSON errors
// {"error":{"code":…,"message":…}}; others get the HTML error page. A
// handler's Response with status >= 400 and an empty body gets the same
// error body (its headers, e.g. Allow, are kept). See docs/web.md.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "web/http.h"

namespace gongkai::web {

struct ServerConfig {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;             // 0 picks a free port (tests)
  int threads = 0;                  // 0 = one per core
  size_t header_limit = 16 * 1024;  // bytes; larger → 431
  size_t body_limit = 1024 * 1024;  // bytes; larger → 413
  // Larger limits for targets under a path prefix (the back office's
  // attachment uploads), applied once the request head is read.
  struct PrefixBodyLimit {
    std::string path_prefix;  // e.g. "/admin/"
    size_t limit;
  };
  std::vector<PrefixBodyLimit> prefix_body_limits;
  // Reverse proxies whose X-Forwarded-For is believed (client_address.h).
  std::vector<std::string> trusted_proxies;
  int read_timeout_seconds = 30;    // to receive a whole request once it has begun
  int idle_timeout_seconds = 60;    // keep-alive idle time between requests
  std::filesystem::path static_root;  // served under /static/
  bool access_log = true;
  // Renders an error page body for a status and a message (HTML). When empty,
  // a built-in minimal Chinese page is used.
  std::function<std::string(int status, const std::string& message)> error_page;
};

using AppHandler = std::function<Response(const Request&)>;

class HttpServer {
 public:
  HttpServer(ServerConfig config, AppHandler handler);
  ~HttpServer();

  // Binds and listens; throws InvalidInput when the address cannot be used.
  void start();
  // The port actually bound (after start()).
  uint16_t port() const;
  // Serves until stop() or SIGTERM/SIGINT; in-flight requests are finished.
  void run();
  // Asks run() to return (thread-safe): stops accepting, closes idle
  // connections, lets responses being produced finish (each then closes its
  // connection) and gives up on stragglers after 10 seconds.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::web
