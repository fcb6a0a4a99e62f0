// gongkai/web/responder.h
//
// Everything the server does between "a request has been read" and "these
// bytes go on the wire", kept free of Boost.Beast: target validation
// (length, percent-escapes, UTF-8), static files, calling the application
// handler, mapping its exceptions to statuses, error pages, ETag and 304,
// gzip, HEAD, the security headers and the serialised response head.
// One Responder is shared by all connections; each connection brings its
// own Scratch (compressor, date cache). respond() never throws.
#pragma once

#include <atomic>
#include <cstdint>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "web/compression.h"
#include "web/http.h"
#include "web/server.h"
#include "web/static_files.h"

namespace gongkai::web {

inline constexpr size_t kMaxTargetLength = 8 * 1024;  // longer → 414
inline constexpr size_t kMaxQueryLength = 8 * 1024;   // longer → 414
inline constexpr size_t kMinGzipBody = 1024;          // smaller bodies go uncompressed

// The bytes of one response: `head` then payload().
struct Reply {
  enum class Source { kNone, kBody, kFileBody, kFileGzip };

  int status = 200;
  bool close = false;
  std::string head;
  std::string body;
  std::shared_ptr<const StaticFile> file;
  Source source = Source::kNone;

  std::string_view payload() const;
};

// Per-connection state reused from one response to the next.
struct Scratch {
  Gzipper gzipper{4};
  std::time_t date_second = 0;
  std::string date;  // IMF-fixdate of date_second
};

class Responder {
 public:
  // `log_error` receives the detail of unexpected exceptions (never shown to users).
  // While `*draining` is true (the server is shutting down), every response
  // closes its connection; it is read after the handler returns.
  Responder(const ServerConfig& config, AppHandler handler, std::function<void(const std::string&)> log_error,
            const std::atomic<bool>* draining = nullptr);

  // Answers a fully read request. `request` must have method, target,
  // headers, body and remote_address; path and query are filled here.
  void respond(Request& request, bool keep_alive, bool http10, Scratch& scratch, Reply& reply) const;

  // Answers a request that could not be read (400, 413, 414, 431…). The
  // connection is closed afterwards. `target_hint` (possibly partial) only
  // chooses between the JSON and the HTML error form.
  void respond_unreadable(int status, std::string_view target_hint, Scratch& scratch, Reply& reply) const;

 private:
  Response dispatch(Request& request, std::shared_ptr<const StaticFile>& file) const;
  Response serve_static(const Request& request, std::shared_ptr<const StaticFile>& file) const;
  Response error_response(int status, std::string_view path, std::string_view message) const;
  void finish(const Request& request, Response& response, std::shared_ptr<const StaticFile> file, bool keep_alive,
              bool http10, Scratch& scratch, Reply& reply) const;

  const ServerConfig& config_;
  AppHandler handler_;
  std::function<void(const std::string&)> log_error_;
  const std::atomic<bool>* draining_;
  StaticFiles static_files_;
};

// Splits and decodes request.target into request.path and request.query.
// Returns 0 on success or the status to answer (400 or 414).
int parse_target(Request& request);

}  // namespace gongkai::web
