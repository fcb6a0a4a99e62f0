#include "web/responder.h"

#include <array>
#include <charconv>
#include <exception>
#include <optional>

#include "core/errors.h"
#include "web/error_pages.h"
#include "web/etag.h"

namespace gongkai::web {

namespace {

struct SecurityHeader {
  std::string_view name;
  std::string_view value;
};

constexpr std::array<SecurityHeader, 5> kSecurityHeaders = {{
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
     "base-uri 'self'; form-action 'self'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "strict-origin-when-cross-origin"},
    {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"},
}};

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool is_api_path(std::string_view path) { return starts_with(path, "/api/") || path == "/api"; }

bool is_token_char(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// Header names must be tokens; values must not split the response.
bool is_safe_header(std::string_view name, std::string_view value) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!is_token_char(c)) return false;
  }
  for (char c : value) {
    if (c == '\r' || c == '\n' || c == '\0') return false;
  }
  return true;
}

std::string_view current_date(Scratch& scratch) {
  std::time_t now = std::time(nullptr);
  if (now != scratch.date_second || scratch.date.empty()) {
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[64];
    size_t length = std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    scratch.date.assign(buffer, length);
    scratch.date_second = now;
  }
  return scratch.date;
}

void append_header(std::string& head, std::string_view name, std::string_view value) {
  head.append(name);
  head.append(": ");
  head.append(value);
  head.append("\r\n");
}

void append_number(std::string& head, size_t value) {
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  head.append(buffer, result.ptr);
}

bool has_nul(std::string_view text) { return text.find('\0') != std::string_view::npos; }

}  // namespace

std::string_view Reply::payload() const {
  switch (source) {
    case Source::kBody: return body;
    case Source::kFileBody: return file->body;
    case Source::kFileGzip: return file->gzipped;
    case Source::kNone: break;
  }
  return {};
}

int parse_target(Request& request) {
  std::string_view target = request.target;
  if (target.size() > kMaxTargetLength) return 414;
  if (starts_with(target, "http://") || starts_with(target, "https://")) {
    size_t authority = target.find("://") + 3;
    size_t slash = target.find('/', authority);
    target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
  }
  if (target.empty() || target.front() != '/') return 400;
  size_t hash = target.find('#');
  if (hash != std::string_view::npos) target = target.substr(0, hash);
  size_t question = target.find('?');
  std::string_view raw_path = target.substr(0, question);
  std::string_view raw_query = question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
  if (raw_query.size() > kMaxQueryLength) return 414;

  auto path = percent_decode(raw_path, false);
  if (!path || has_nul(*path)) return 400;
  auto query = parse_query_string(raw_query);
  if (!query) return 400;
  for (const auto& [key, value] : *query) {
    if (has_nul(key) || has_nul(value)) return 400;
  }
  request.path = std::move(*path);
  request.query = std::move(*query);
  return 0;
}

Responder::Responder(const ServerConfig& config, AppHandler handler,
                     std::function<void(const std::string&)> log_error, const std::atomic<bool>* draining)
    : config_(config),
      handler_(std::move(handler)),
      log_error_(std::move(log_error)),
      draining_(draining),
      static_files_(config.static_root) {}

Response Responder::error_response(int status, std::string_view path, std::string_view message) const {
  if (message.empty() || status >= 500) message = default_error_message(status);
  if (is_api_path(path)) return Response::json(json_error_body(status, message), status);
  if (config_.error_page) {
    try {
      return Response::html(config_.error_page(status, std::string(message)), status);
    } catch (const std::exception& error) {
      log_error_(std::string("error page failed: ") + error.what());
    } catch (...) {
      log_error_("error page failed");
    }
  }
  return Response::html(builtin_error_page(status, message), status);
}

Response Responder::serve_static(const Request& request, std::shared_ptr<const StaticFile>& file) const {
  if (request.method != "GET" && request.method != "HEAD") {
    Response response = error_response(405, request.path, "");
    response.set_header("Allow", "GET, HEAD");
    return response;
  }
  file = static_files_.lookup(std::string_view(request.path).substr(8));  // after "/static/"
  Response response;
  response.content_type = file->content_type;
  response.set_header("Cache-Control", StaticFiles::kCacheControl);
  return response;
}

Response Responder::dispatch(Request& request, std::shared_ptr<const StaticFile>& file) const {
  const std::string& path = request.path;
  try {
    if (!config_.static_root.empty() && starts_with(path, "/static/")) return serve_static(request, file);
    Response response = handler_(request);
    if (response.status >= 400 && response.body.empty()) {
      Response page = error_response(response.status, path, "");
      for (auto& [name, value] : response.headers) page.set_header(name, value);
      return page;
    }
    return response;
  } catch (const Refused& refusal) {
    return error_response(refusal_status(refusal), path, refusal.what());
  } catch (const std::exception& error) {
    log_error_(request.method + " " + path + ": " + error.what());
    return error_response(500, path, "");
  } catch (...) {
    log_error_(request.method + " " + path + ": unknown exception");
    return error_response(500, path, "");
  }
}

void Responder::respond(Request& request, bool keep_alive, bool http10, Scratch& scratch, Reply& reply) const {
  std::shared_ptr<const StaticFile> file;
  Response response;
  int status = parse_target(request);
  if (status != 0) {
    keep_alive = false;
    response = error_response(status, request.target, "");
  } else {
    response = dispatch(request, file);
  }
  finish(request, response, std::move(file), keep_alive, http10, scratch, reply);
}

void Responder::respond_unreadable(int status, std::string_view target_hint, Scratch& scratch, Reply& reply) const {
  Request request;
  request.method = "GET";
  Response response = error_response(status, target_hint, "");
  finish(request, response, nullptr, false, false, scratch, reply);
}

void Responder::finish(const Request& request, Response& response, std::shared_ptr<const StaticFile> file,
                       bool keep_alive, bool http10, Scratch& scratch, Reply& reply) const {
  const bool head_only = request.method == "HEAD";
  const bool cacheable = response.status == 200 && (request.method == "GET" || head_only);
  const std::string& body = file ? file->body : response.body;
  reply.body.clear();
  reply.file = std::move(file);
  reply.close = !keep_alive || (draining_ != nullptr && draining_->load());
  int status = response.status;

  // Validators: a handler's own ETag is honoured; otherwise the body's hash.
  const bool compressible = is_compressible(response.content_type) && !response.header("Content-Encoding");
  const bool wants_gzip =
      compressible && body.size() > kMinGzipBody && accepts_gzip(request.header("accept-encoding"));
  std::optional<uint64_t> hash;
  bool not_modified = false;
  if (cacheable) {
    std::string if_none_match = request.header("if-none-match");
    if (auto own = response.header("ETag")) {
      not_modified = !if_none_match.empty() && if_none_match_matches(if_none_match, *own);
    } else {
      hash = reply.file ? reply.file->hash : body_hash(body);
      not_modified = !if_none_match.empty() && if_none_match_matches(if_none_match, *hash);
    }
  }
  if (not_modified) status = 304;
  reply.status = status;

  // Payload and encoding.
  const bool bodiless = status == 304 || status == 204 || (status >= 100 && status < 200);
  bool gzip = false;
  if (!bodiless && wants_gzip) {
    if (reply.file && !reply.file->gzipped.empty()) {
      gzip = true;
      reply.source = Reply::Source::kFileGzip;
    } else if (scratch.gzipper.compress(body, reply.body)) {
      gzip = true;
      reply.source = Reply::Source::kBody;
    }
  }
  if (!gzip && !bodiless) {
    if (reply.file) {
      reply.source = Reply::Source::kFileBody;
    } else {
      reply.body = std::move(response.body);
      reply.source = Reply::Source::kBody;
    }
  }
  // A 304 names the representation the client would have received.
  std::string etag = hash ? make_etag(*hash, bodiless ? wants_gzip : gzip) : std::string();
  size_t content_length = bodiless ? 0 : reply.payload().size();
  if (bodiless || head_only) {
    reply.source = Reply::Source::kNone;
    reply.body.clear();
  }

  // Head.
  std::string& head = reply.head;
  head.clear();
  head.reserve(1024);
  head.append("HTTP/1.1 ");
  append_number(head, static_cast<size_t>(status));
  head += ' ';
  head.append(reason_phrase(status));
  head.append("\r\n");
  append_header(head, "Date", current_date(scratch));
  if (!bodiless) {
    append_header(head, "Content-Type", response.content_type);
    head.append("Content-Length: ");
    append_number(head, content_length);
    head.append("\r\n");
  }
  if (gzip) append_header(head, "Content-Encoding", "gzip");
  if (compressible) append_header(head, "Vary", "Accept-Encoding");
  if (!etag.empty()) append_header(head, "ETag", etag);
  for (const auto& [name, value] : response.headers) {
    if (!is_safe_header(name, value)) {
      log_error_("dropped unsafe response header: " + name);
      continue;
    }
    append_header(head, name, value);
  }
  for (const auto& header : kSecurityHeaders) {
    if (!response.header(header.name)) append_header(head, header.name, header.value);
  }
  if (reply.close) {
    head.append("Connection: close\r\n");
  } else if (http10) {
    head.append("Connection: keep-alive\r\n");
  }
  head.append("\r\n");
}

}  // namespace gongkai::web
