// The only file of gongkai that includes Boost.Beast and Boost.Asio.
//
// One io_context, N threads; each connection runs on its own strand. A
// connection waits for the first byte of a request under the idle timeout,
// then reads the whole request under the read timeout, answers it through the
// Responder (responder.h, Beast-free) and loops while keep-alive holds.
// Requests that cannot be read are answered (400/413/414/431) and the
// connection is closed after a short lingering drain, so the client sees the
// response rather than a reset.
#include <algorithm>
#include "web/server.h"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/errors.h"
#include "web/client_address.h"
#include "web/responder.h"

namespace gongkai::web {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr auto kShutdownGrace = std::chrono::seconds(10);
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr size_t kLingerMaxBytes = 8 * 1024 * 1024;
constexpr size_t kLoggedTargetLength = 200;
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

std::string sanitize_for_log(std::string_view text) {
  std::string out;
  size_t length = std::min(text.size(), kLoggedTargetLength);
  out.reserve(length + 3);
  for (size_t i = 0; i < length; ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    out += (c < 0x20 || c == 0x7F || c == '"') ? '?' : static_cast<char>(c);
  }
  if (text.size() > length) out += "...";
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// Whether the client closed or the connection died: nothing to answer.
bool is_quiet_error(const beast::error_code& ec) {
  return ec == http::error::end_of_stream || ec == http::error::partial_message || ec == net::error::eof ||
         ec == net::error::operation_aborted || ec == beast::error::timeout || ec == net::error::connection_reset ||
         ec == net::error::broken_pipe || ec == net::error::bad_descriptor;
}

class Session;

int thread_count(const ServerConfig& config) {
  if (config.threads > 0) return config.threads;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Everything the server shares between its threads and connections.
struct ServerState {
  ServerState(ServerConfig cfg, AppHandler handler)
      : config(std::move(cfg)),
        access_log(std::make_shared<spdlog::logger>("access", std::make_shared<spdlog::sinks::stderr_sink_mt>())),
        error_log(std::make_shared<spdlog::logger>("gongkai", std::make_shared<spdlog::sinks::stderr_sink_mt>())),
        responder(
            config, std::move(handler), [this](const std::string& detail) { error_log->error("{}", detail); },
            &stopping),
        threads(thread_count(config)),
        ioc(threads),
        strand(net::make_strand(ioc)),
        acceptor(strand),
        signals(strand),
        shutdown_deadline(strand) {
    access_log->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %v");
    error_log->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
  }

  ~ServerState() { destroying = true; }

  void do_accept();
  void on_accept(beast::error_code ec, tcp::socket socket);
  void begin_shutdown();
  void add_session(Session* raw, const std::shared_ptr<Session>& session);
  void remove_session(Session* raw);

  std::atomic<bool> stopping{false};
  std::atomic<bool> destroying{false};
  bool shutdown_started = false;  // on the strand
  ServerConfig config;
  std::shared_ptr<spdlog::logger> access_log;
  std::shared_ptr<spdlog::logger> error_log;
  Responder responder;

  std::mutex sessions_mutex;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
  std::atomic<uint16_t> bound_port{0};
  bool started = false;

  int threads;
  net::io_context ioc;  // concurrency hint: `threads`
  net::strand<net::io_context::executor_type> strand;  // acceptor, signals, deadline
  tcp::acceptor acceptor;
  net::signal_set signals;
  net::steady_timer shutdown_deadline;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(ServerState& impl, tcp::socket socket) : impl_(impl), stream_(std::move(socket)) {
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
  }

  ~Session() { impl_.remove_session(this); }

  void start() {
    impl_.add_session(this, shared_from_this());
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->wait_for_request(); });
  }

  // Runs on the session's strand when the server shuts down.
  void on_shutdown() {
    if (reading_) {
      beast::error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      stream_.close();
    }
  }

  net::any_io_executor executor() { return stream_.get_executor(); }

 private:
  void wait_for_request() {
    if (impl_.stopping) return close();
    reading_ = true;
    if (buffer_.size() > 0) return read_header();
    stream_.expires_after(std::chrono::seconds(impl_.config.idle_timeout_seconds));
    stream_.async_read_some(buffer_.prepare(8192),
                            [self = shared_from_this()](beast::error_code ec, size_t bytes) {
                              self->on_first_bytes(ec, bytes);
                            });
  }

  void on_first_bytes(beast::error_code ec, size_t bytes) {
    if (ec) return close();
    buffer_.commit(bytes);
    read_header();
  }

  void read_header() {
    started_ = std::chrono::steady_clock::now();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(impl_.config.header_limit));
    parser_->body_limit(largest_body_limit());  // narrowed to the target's limit in on_header
    stream_.expires_after(std::chrono::seconds(impl_.config.read_timeout_seconds));
    http::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, size_t) {
      self->on_header(ec);
    });
  }

  void on_header(beast::error_code ec) {
    if (ec) return on_read_error(ec);
    if (parser_->is_done()) return process();
    const auto& request = parser_->get();
    const size_t limit = body_limit_for(request.target());
    const auto declared = parser_->content_length();
    if (declared && *declared > limit) return on_read_error(http::error::body_limit);
    parser_->body_limit(limit);
    auto expect = request[http::field::expect];
    if (request.version() >= 11 && iequals(expect, "100-continue")) {
      net::async_write(stream_, net::buffer(kContinue.data(), kContinue.size()),
                       [self = shared_from_this()](beast::error_code ec, size_t) {
                         if (ec) return self->close();
                         self->read_body();
                       });
      return;
    }
    read_body();
  }

  size_t largest_body_limit() const {
    size_t largest = impl_.config.body_limit;
    for (const auto& rule : impl_.config.prefix_body_limits) largest = std::max(largest, rule.limit);
    return largest;
  }

  size_t body_limit_for(beast::string_view target) const {
    for (const auto& rule : impl_.config.prefix_body_limits) {
      if (target.starts_with(rule.path_prefix)) return rule.limit;
    }
    return impl_.config.body_limit;
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, size_t) {
      if (ec) return self->on_read_error(ec);
      self->process();
    });
  }

  void on_read_error(beast::error_code ec) {
    if (is_quiet_error(ec)) return close();
    int status = 400;
    if (ec == http::error::header_limit) {
      status = request_line_length() > kMaxTargetLength ? 414 : 431;
    } else if (ec == http::error::body_limit) {
      status = 413;
    } else if (ec.category() != beast::error_code(http::error::bad_target).category()) {
      return close();  // a socket error, not a malformed request
    }
    std::string hint = target_hint();
    log_method_ = "-";
    log_target_ = sanitize_for_log(hint);
    impl_.responder.respond_unreadable(status, hint, scratch_, reply_);
    linger_ = true;  // the client may still be sending the rest
    write_reply();
  }

  // Length of the request target, or of the request line seen so far when
  // Beast has not parsed a whole one yet (it consumes the request line from
  // the buffer as soon as it is complete).
  size_t request_line_length() const {
    if (parser_ && !parser_->get().target().empty()) return parser_->get().target().size();
    auto data = buffer_.cdata();
    std::string_view text(static_cast<const char*>(data.data()), data.size());
    size_t end = text.find('\n');
    return end == std::string_view::npos ? text.size() : end;
  }

  // The target as far as it could be read (only used to pick the error form).
  std::string target_hint() const {
    if (parser_ && !parser_->get().target().empty()) return std::string(parser_->get().target());
    auto data = buffer_.cdata();
    std::string_view text(static_cast<const char*>(data.data()), std::min<size_t>(data.size(), 256));
    size_t space = text.find(' ');
    if (space == std::string_view::npos) return {};
    text.remove_prefix(space + 1);
    return std::string(text.substr(0, text.find_first_of(" \r\n")));
  }

  void process() {
    reading_ = false;
    auto& message = parser_->get();
    request_.method.assign(message.method_string().data(), message.method_string().size());
    request_.target.assign(message.target().data(), message.target().size());
    request_.path.clear();
    request_.query.clear();
    request_.headers.clear();
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto value = field.value();
      auto [it, inserted] = request_.headers.try_emplace(std::move(name), value.data(), value.size());
      if (!inserted) {
        it->second += ", ";
        it->second.append(value.data(), value.size());
      }
    }
    request_.body = std::move(message.body());
    request_.remote_address = client_address(remote_, request_.header("x-forwarded-for"), impl_.config.trusted_proxies);
    bool keep_alive = message.keep_alive();
    bool http10 = message.version() == 10;
    if (impl_.config.access_log) {
      log_method_ = sanitize_for_log(request_.method);
      log_target_ = sanitize_for_log(request_.target);
    }
    impl_.responder.respond(request_, keep_alive, http10, scratch_, reply_);
    write_reply();
  }

  void write_reply() {
    reading_ = false;
    stream_.expires_after(std::chrono::seconds(std::max(impl_.config.read_timeout_seconds, 1)));
    std::array<net::const_buffer, 2> buffers{net::buffer(reply_.head), net::buffer(reply_.payload().data(), reply_.payload().size())};
    net::async_write(stream_, buffers, [self = shared_from_this()](beast::error_code ec, size_t) {
      self->on_write(ec);
    });
  }

  void on_write(beast::error_code ec) {
    log_access();
    if (ec) return close();
    if (reply_.close || impl_.stopping) return linger_ || buffer_.size() > 0 ? linger() : close();
    wait_for_request();
  }

  void log_access() {
    if (!impl_.config.access_log) return;
    auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started_).count();
    impl_.access_log->info("{} \"{} {}\" {} {} {}us", remote_.empty() ? "-" : remote_, log_method_, log_target_,
                           reply_.status, reply_.payload().size(), micros);
  }

  // Half-closes, then reads and discards what the client still sends (up
  // to a limit, for a short while), so that closing does not reset the
  // connection before the client has read our response.
  void linger() {
    reading_ = true;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) return close();
    stream_.expires_after(kLingerTime);
    drain();
  }

  void drain() {
    buffer_.consume(buffer_.size());
    stream_.async_read_some(buffer_.prepare(16384), [self = shared_from_this()](beast::error_code ec, size_t bytes) {
      self->drained_ += bytes;
      if (ec || self->drained_ > kLingerMaxBytes) return self->close();
      self->drain();
    });
  }

  void close() {
    reading_ = false;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  ServerState& impl_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  Request request_;
  Reply reply_;
  Scratch scratch_;
  std::string remote_;
  std::string log_method_;
  std::string log_target_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  size_t drained_ = 0;
  bool reading_ = false;
  bool linger_ = false;
};

void ServerState::add_session(Session* raw, const std::shared_ptr<Session>& session) {
  std::lock_guard lock(sessions_mutex);
  sessions.emplace(raw, session);
}

void ServerState::remove_session(Session* raw) {
  bool last = false;
  {
    std::lock_guard lock(sessions_mutex);
    sessions.erase(raw);
    last = sessions.empty();
  }
  if (last && stopping && !destroying) {
    net::post(strand, [this] { shutdown_deadline.cancel(); });
  }
}

void ServerState::do_accept() {
  acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    on_accept(ec, std::move(socket));
  });
}

void ServerState::on_accept(beast::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || stopping || !acceptor.is_open()) return;
  if (!ec) {
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    std::make_shared<Session>(*this, std::move(socket))->start();
  } else {
    error_log->warn("accept failed: {}", ec.message());
  }
  do_accept();
}

void ServerState::begin_shutdown() {
  stopping = true;
  if (shutdown_started) return;
  shutdown_started = true;
  beast::error_code ec;
  acceptor.close(ec);
  signals.cancel(ec);
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(sessions_mutex);
    for (auto& [raw, weak] : sessions) {
      if (auto session = weak.lock()) live.push_back(std::move(session));
    }
  }
  if (live.empty()) return;
  for (auto& session : live) {
    net::post(session->executor(), [session] { session->on_shutdown(); });
  }
  // In-flight responses get a grace period; then everything stops.
  shutdown_deadline.expires_after(kShutdownGrace);
  shutdown_deadline.async_wait([this](beast::error_code ec) {
    if (!ec) ioc.stop();
  });
}

}  // namespace

struct HttpServer::Impl : ServerState {
  using ServerState::ServerState;
};

HttpServer::HttpServer(ServerConfig config, AppHandler handler)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(handler))) {}

HttpServer::~HttpServer() = default;

void HttpServer::start() {
  Impl& impl = *impl_;
  beast::error_code ec;
  auto address = net::ip::make_address(impl.config.host, ec);
  if (ec) throw InvalidInput("无效的监听地址：" + impl.config.host);
  tcp::endpoint endpoint(address, impl.config.port);
  impl.acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl.acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) impl.acceptor.bind(endpoint, ec);
  if (!ec) impl.acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    throw InvalidInput("无法在 " + impl.config.host + ":" + std::to_string(impl.config.port) + " 上监听：" + ec.message());
  }
  impl.bound_port = impl.acceptor.local_endpoint().port();
  impl.signals.add(SIGINT, ec);
  impl.signals.add(SIGTERM, ec);
  impl.started = true;
}

uint16_t HttpServer::port() const { return impl_->bound_port; }

void HttpServer::run() {
  Impl& impl = *impl_;
  if (!impl.started) start();
  net::dispatch(impl.strand, [&impl] {
    if (impl.stopping) return;  // stop() came first
    impl.signals.async_wait([&impl](beast::error_code ec, int) {
      if (!ec) impl.begin_shutdown();
    });
    impl.do_accept();
  });
  std::vector<std::thread> workers;
  workers.reserve(static_cast<size_t>(impl.threads - 1));
  for (int i = 1; i < impl.threads; ++i) workers.emplace_back([&impl] { impl.ioc.run(); });
  impl.ioc.run();
  for (auto& worker : workers) worker.join();
}

void HttpServer::stop() {
  Impl* impl = impl_.get();
  impl->stopping = true;  // responses finished from now on close their connection
  net::post(impl->strand, [impl] { impl->begin_shutdown(); });
}

}  // namespace gongkai::web
