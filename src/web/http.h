// gongkai/web/http.h
//
// The HTTP request and response as the rest of gongkai sees them: plain
// values, free of Boost.Beast, so that portal/, api/ and admin/ never include
// the server's heavy headers. The server (server.h) fills a Request, calls the
// application's handler and writes the Response.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::web {

struct Request {
  std::string method;  // "GET", "POST" …
  std::string target;  // as received: "/search?q=%E4%BD%8E%E4%BF%9D"
  std::string path;    // percent-decoded path, valid UTF-8: "/search"
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // names lower-cased
  std::string body;
  std::string remote_address;

  // The first value of a query parameter, or nullopt.
  std::optional<std::string> query_param(std::string_view name) const;
  // A header by lower-case name, or "".
  std::string header(std::string_view lower_name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  std::string body;

  static Response html(std::string body, int status = 200);
  static Response json(std::string body, int status = 200);
  static Response text(std::string body, int status = 200);
  static Response redirect(std::string location, int status = 303);
  // A file to save: 200, `content_type` (application/octet-stream when
  // empty) and Content-Disposition: attachment named `file_name`.
  static Response download(std::string body, std::string content_type, std::string_view file_name);
  // Replaces a header of the same name (case-insensitive) or appends one.
  void set_header(std::string name, std::string value);
  // An extra header by name (case-insensitive), or nullopt.
  std::optional<std::string> header(std::string_view name) const;
};

// Decodes %XX and (when `plus_is_space`) '+'. Returns nullopt for a malformed
// escape or a result that is not valid UTF-8.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

// Encodes everything but unreserved characters (RFC 3986).
std::string percent_encode(std::string_view text);

// The Content-Disposition header of a download (RFC 6266), with the UTF-8
// file name in filename* (RFC 5987) and an ASCII fallback in filename for old
// clients: `attachment; filename="__.pdf"; filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf`.
std::string content_disposition(std::string_view file_name);

// Parses "a=1&b=2" (decoded). Returns nullopt when any part is malformed.
std::optional<std::vector<std::pair<std::string, std::string>>> parse_query_string(std::string_view text);

// The reason phrase for a status code ("Not Found").
std::string_view reason_phrase(int status);

}  // namespace gongkai::web
