// gongkai/tests/http/http_client.h
//
// A tiny blocking HTTP/1.1 client over raw sockets for tests: send exact
// bytes (malformed ones included), read one response at a time, parse the
// status, headers (names lower-cased) and body (Content-Length, chunked or
// until close), and gunzip a gzip body. Every read gives up after a timeout
// so a broken server fails a test instead of hanging it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::testing {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct HttpReply {
  int status = 0;
  std::string reason;
  HeaderList headers;  // names lower-cased, in order
  std::string body;    // as received (still gzip if Content-Encoding: gzip)

  bool has_header(std::string_view lower_name) const;
  // The first value of a header, or "".
  std::string header(std::string_view lower_name) const;
  // The body with Content-Encoding: gzip undone (the body itself otherwise).
  std::string decoded_body() const;
};

class HttpConnection {
 public:
  // Connects to host:port; throws std::runtime_error when it cannot.
  explicit HttpConnection(uint16_t port, const std::string& host = "127.0.0.1", int timeout_ms = 10000);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  // Sends all bytes; false when the peer closed or reset the connection.
  bool send(std::string_view bytes);
  // Reads the next final response (skipping 100 Continue); nullopt when the
  // connection closed or timed out first. `head_request`: expect no body.
  std::optional<HttpReply> read_response(bool head_request = false);
  // True when the peer closes the connection (orderly or by reset) within
  // the timeout without sending anything more.
  bool closed_by_peer(int timeout_ms = 3000);

 private:
  bool fill();  // reads more bytes into pending_; false on close/timeout
  int fd_ = -1;
  std::string pending_;
};

// "GET /x HTTP/1.1\r\nHost: test\r\n<headers>Content-Length…\r\n\r\n<body>".
std::string make_request(std::string_view method, std::string_view target, const HeaderList& headers = {},
                         std::string_view body = {}, bool keep_alive = true);

// One request on a fresh connection.
std::optional<HttpReply> http_request(uint16_t port, std::string_view method, std::string_view target,
                                      const HeaderList& headers = {}, std::string_view body = {});

// Gunzips a whole gzip member; throws std::runtime_error when corrupt.
std::string gunzip(std::string_view data);

}  // namespace gongkai::testing
