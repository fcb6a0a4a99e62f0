#include "http/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace gongkai::testing {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace

bool HttpReply::has_header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return true;
  }
  return false;
}

std::string HttpReply::header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return value;
  }
  return {};
}

std::string HttpReply::decoded_body() const {
  return lower(header("content-encoding")) == "gzip" ? gunzip(body) : body;
}

HttpConnection::HttpConnection(uint16_t port, const std::string& host, int timeout_ms) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) throw std::runtime_error("socket failed");
  timeval timeout{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
  ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  if (::inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1) throw std::runtime_error("bad host " + host);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd_);
    fd_ = -1;
    throw std::runtime_error(std::string("connect failed: ") + std::strerror(errno));
  }
}

HttpConnection::~HttpConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool HttpConnection::send(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(sent));
  }
  return true;
}

bool HttpConnection::fill() {
  char chunk[16384];
  while (true) {
    ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    pending_.append(chunk, static_cast<size_t>(got));
    return true;
  }
}

bool HttpConnection::closed_by_peer(int timeout_ms) {
  if (!pending_.empty()) return false;
  pollfd descriptor{fd_, POLLIN, 0};
  if (::poll(&descriptor, 1, timeout_ms) <= 0) return false;
  char byte;
  ssize_t got = ::recv(fd_, &byte, 1, MSG_DONTWAIT);
  return got == 0 || (got < 0 && errno == ECONNRESET);
}

std::optional<HttpReply> HttpConnection::read_response(bool head_request) {
  while (true) {
    size_t end;
    while ((end = pending_.find("\r\n\r\n")) == std::string::npos) {
      if (!fill()) return std::nullopt;
    }
    std::string_view head(pending_.data(), end);
    HttpReply reply;
    size_t line_end = head.find("\r\n");
    std::string_view status_line = head.substr(0, line_end);
    // "HTTP/1.1 200 OK"
    size_t first_space = status_line.find(' ');
    if (first_space == std::string_view::npos) return std::nullopt;
    reply.status = std::atoi(std::string(status_line.substr(first_space + 1, 3)).c_str());
    if (status_line.size() > first_space + 5) reply.reason = std::string(status_line.substr(first_space + 5));
    std::string_view rest = line_end == std::string_view::npos ? std::string_view() : head.substr(line_end + 2);
    while (!rest.empty()) {
      size_t next = rest.find("\r\n");
      std::string_view line = rest.substr(0, next);
      rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 2);
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      reply.headers.emplace_back(lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
    }
    pending_.erase(0, end + 4);
    if (reply.status == 100) continue;

    bool bodiless = head_request || reply.status == 204 || reply.status == 304 || reply.status < 200;
    if (bodiless) return reply;
    if (reply.has_header("content-length")) {
      size_t length = std::stoul(reply.header("content-length"));
      while (pending_.size() < length) {
        if (!fill()) return std::nullopt;
      }
      reply.body = pending_.substr(0, length);
      pending_.erase(0, length);
      return reply;
    }
    if (lower(reply.header("transfer-encoding")).find("chunked") != std::string::npos) {
      while (true) {
        size_t size_end;
        while ((size_end = pending_.find("\r\n")) == std::string::npos) {
          if (!fill()) return std::nullopt;
        }
        size_t size = std::stoul(pending_.substr(0, size_end), nullptr, 16);
        while (pending_.size() < size_end + 2 + size + 2) {
          if (!fill()) return std::nullopt;
        }
        reply.body += pending_.substr(size_end + 2, size);
        pending_.erase(0, size_end + 2 + size + 2);
        if (size == 0) return reply;
      }
    }
    while (fill()) {
    }
    reply.body = std::move(pending_);
    pending_.clear();
    return reply;
  }
}

std::string make_request(std::string_view method, std::string_view target, const HeaderList& headers,
                         std::string_view body, bool keep_alive) {
  std::string request;
  request.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: test\r\n");
  for (const auto& [name, value] : headers) request.append(name).append(": ").append(value).append("\r\n");
  if (!body.empty() || method == "POST" || method == "PUT") {
    request.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  if (!keep_alive) request.append("Connection: close\r\n");
  request.append("\r\n").append(body);
  return request;
}

std::optional<HttpReply> http_request(uint16_t port, std::string_view method, std::string_view target,
                                      const HeaderList& headers, std::string_view body) {
  HttpConnection connection(port);
  // A server may answer early (413) and stop reading a long body: the send
  // then fails, but the answer is there to read, as a browser would.
  connection.send(make_request(method, target, headers, body, false));
  return connection.read_response(method == "HEAD");
}

std::string gunzip(std::string_view data) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char chunk[16384];
  int result = Z_OK;
  while (result != Z_STREAM_END) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    result = inflate(&stream, Z_NO_FLUSH);
    if (result != Z_OK && result != Z_STREAM_END) break;
    out.append(chunk, sizeof chunk - stream.avail_out);
    if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) break;
  }
  inflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("corrupt gzip data");
  return out;
}

}  // namespace gongkai::testing
