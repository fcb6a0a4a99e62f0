// The real HttpServer on 127.0.0.1, port 0, talked to over raw sockets.
#include "web/server.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <memory>
#include <random>
#include <stdexcept>
#include <thread>
#include <chrono>

#include "core/errors.h"
#include "http/http_client.h"
#include "web/router.h"

namespace gongkai::web {
namespace {

using testing::HeaderList;
using testing::HttpConnection;
using testing::HttpReply;
using testing::http_request;
using testing::make_request;

const std::string kHome = "<p>首页</p>";  // 13 bytes
const std::string kCsp =
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'";

std::string big_page() {
  std::string page = "<!DOCTYPE html><html lang=\"zh-CN\"><body>";
  for (int i = 0; i < 200; ++i) page += "<p>吴忠市民政局 第" + std::to_string(i) + "条 城乡低保</p>\n";
  return page + "</body></html>";
}

std::string css_file() {
  std::string css;
  for (int i = 0; i < 100; ++i) css += ".c" + std::to_string(i) + " { color: #333; margin: 0 auto; }\n";
  return css;
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::mt19937_64 random{std::random_device{}()};
    root_ = std::filesystem::temp_directory_path() / ("gongkai-http-" + std::to_string(random()));
    write_file(root_ / "static" / "css" / "site.css", css_file());
    write_file(root_ / "static" / "small.txt", "hello\n");
    write_file(root_ / "secret.txt", "top secret\n");
    std::filesystem::create_symlink(root_ / "secret.txt", root_ / "static" / "escape.txt");
    std::filesystem::create_directory_symlink("/etc", root_ / "static" / "etc");

    router_.get("/", [](const Request&, const PathParams&) { return Response::html(kHome); });
    router_.get("/big", [](const Request&, const PathParams&) { return Response::html(big_page()); });
    router_.get("/query", [](const Request& request, const PathParams&) {
      return Response::text(request.query_param("q").value_or("(none)"));
    });
    router_.get("/item/{id}", [](const Request&, const PathParams& params) { return Response::text(params.at("id")); });
    router_.post("/echo", [](const Request& request, const PathParams&) { return Response::text(request.body); });
    router_.get("/whoami", [](const Request& request, const PathParams&) {
      return Response::text(request.remote_address);
    });
    router_.post("/upload/file", [](const Request& request, const PathParams&) {
      return Response::text(std::to_string(request.body.size()));
    });
    router_.get("/missing", [](const Request&, const PathParams&) -> Response { throw NotFound("没有这条信息"); });
    router_.get("/api/x", [](const Request&, const PathParams&) -> Response { throw InvalidInput("年份无效"); });
    router_.get("/api/conflict", [](const Request&, const PathParams&) -> Response { throw Conflict("索引号重复"); });
    router_.get("/forbidden", [](const Request&, const PathParams&) -> Response { throw Forbidden("无权访问"); });
    router_.get("/boom", [](const Request&, const PathParams&) -> Response {
      throw std::runtime_error("SELECT password FROM users failed");
    });

    ServerConfig config;
    config.port = 0;
    config.threads = 2;
    config.access_log = false;
    config.body_limit = 64 * 1024;
    config.prefix_body_limits = {{"/upload/", 256 * 1024}};
    config.trusted_proxies = {"127.0.0.1"};  // the tests' loopback client stands for a reverse proxy
    config.static_root = root_ / "static";
    configure(config);
    server_ = std::make_unique<HttpServer>(config, [this](const Request& request) { return router_.dispatch(request); });
    server_->start();
    port_ = server_->port();
    thread_ = std::thread([this] { server_->run(); });
  }

  virtual void configure(ServerConfig&) {}

  void TearDown() override {
    server_->stop();
    thread_.join();
    std::filesystem::remove_all(root_);
  }

  HttpReply get(const std::string& target, const HeaderList& headers = {}) {
    auto reply = http_request(port_, "GET", target, headers);
    if (!reply) throw std::runtime_error("no response to " + target.substr(0, 100));
    return *reply;
  }

  // The server still answers a fresh connection.
  void expect_still_serving() {
    auto reply = get("/");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, kHome);
  }

  std::filesystem::path root_;
  Router router_;
  std::unique_ptr<HttpServer> server_;
  uint16_t port_ = 0;
  std::thread thread_;
};

TEST_F(ServerTest, AnswersWithBodyAndHeaders) {
  auto reply = get("/");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.reason, "OK");
  EXPECT_EQ(reply.body, kHome);
  EXPECT_EQ(reply.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(reply.header("content-length"), "13");
  EXPECT_TRUE(reply.has_header("date"));
  EXPECT_EQ(reply.header("etag").size(), 18u);  // "<16 hex digits>"
}

TEST_F(ServerTest, SecurityHeadersOnEveryResponse) {
  for (const std::string target : {"/", "/nope", "/static/small.txt", "/boom"}) {
    auto reply = get(target);
    SCOPED_TRACE(target);
    EXPECT_EQ(reply.header("content-security-policy"), kCsp);
    EXPECT_EQ(reply.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(reply.header("x-frame-options"), "DENY");
    EXPECT_EQ(reply.header("referrer-policy"), "strict-origin-when-cross-origin");
    EXPECT_TRUE(reply.has_header("permissions-policy"));
  }
}

TEST_F(ServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("GET", "/")));
  auto first = connection.read_response();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(first->body, kHome);
  EXPECT_FALSE(first->has_header("connection"));
  ASSERT_TRUE(connection.send(make_request("GET", "/item/42")));
  auto second = connection.read_response();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 200);
  EXPECT_EQ(second->body, "42");
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("GET", "/item/1") + make_request("GET", "/item/2")));
  auto first = connection.read_response();
  auto second = connection.read_response();
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->body, "1");
  EXPECT_EQ(second->body, "2");
}

TEST_F(ServerTest, ConnectionCloseIsHonoured) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("GET", "/", {}, {}, false)));
  auto reply = connection.read_response();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->header("connection"), "close");
  EXPECT_TRUE(connection.closed_by_peer());
}

TEST_F(ServerTest, MalformedRequestLineIs400AndServerKeepsServing) {
  for (const std::string garbage : {"GARBAGE\r\n\r\n", "GET / HTTP/9.Z\r\n\r\n", "GET\t/\r\n\r\n"}) {
    SCOPED_TRACE(garbage);
    HttpConnection connection(port_);
    ASSERT_TRUE(connection.send(garbage));
    auto reply = connection.read_response();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 400);
    EXPECT_NE(reply->body.find("请求无效"), std::string::npos);
    EXPECT_EQ(reply->header("connection"), "close");
    EXPECT_TRUE(connection.closed_by_peer());
  }
  expect_still_serving();
}

TEST_F(ServerTest, HugeHeadersAre431) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("GET", "/", {{"X-Fill", std::string(20 * 1024, 'a')}})));
  auto reply = connection.read_response();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 431);
  EXPECT_NE(reply->body.find("请求头过大"), std::string::npos);
  EXPECT_TRUE(connection.closed_by_peer());
  expect_still_serving();
}

TEST_F(ServerTest, BodyOverLimitIs413) {
  HttpConnection connection(port_);
  connection.send(make_request("POST", "/echo", {}, std::string(100 * 1024, 'x')));
  auto reply = connection.read_response();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 413);
  EXPECT_NE(reply->body.find("请求内容过大"), std::string::npos);
  expect_still_serving();
}

TEST_F(ServerTest, APathPrefixMayHaveALargerBodyLimit) {
  auto within = http_request(port_, "POST", "/upload/file", {}, std::string(200 * 1024, 'x'));
  ASSERT_TRUE(within);
  EXPECT_EQ(within->status, 200);
  EXPECT_EQ(within->body, "204800");

  HttpConnection connection(port_);
  connection.send(make_request("POST", "/upload/file", {}, std::string(300 * 1024, 'x')));
  auto over = connection.read_response();
  ASSERT_TRUE(over);
  EXPECT_EQ(over->status, 413);
  expect_still_serving();
}

TEST_F(ServerTest, BehindATrustedProxyTheClientIsNamedByXForwardedFor) {
  EXPECT_EQ(get("/whoami").body, "127.0.0.1");
  EXPECT_EQ(get("/whoami", {{"X-Forwarded-For", "198.51.100.1"}}).body, "198.51.100.1");
  EXPECT_EQ(get("/whoami", {{"X-Forwarded-For", "1.2.3.4, 198.51.100.1"}}).body, "198.51.100.1");
}

TEST_F(ServerTest, BodyWithinLimitReachesTheHandler) {
  auto reply = http_request(port_, "POST", "/echo", {}, "name=张三&phone=13800000000");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, "name=张三&phone=13800000000");
}

TEST_F(ServerTest, ExpectContinueGetsAnInterimResponse) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"));
  // The client helper skips the 100; the final answer follows once the body is sent.
  ASSERT_TRUE(connection.send("hello"));
  auto reply = connection.read_response();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, "hello");
}

TEST_F(ServerTest, StaticFileIsServedWithTypeAndCaching) {
  auto reply = get("/static/css/site.css");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, css_file());
  EXPECT_EQ(reply.header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(reply.header("cache-control"), "public, max-age=3600");
  EXPECT_EQ(get("/static/small.txt").body, "hello\n");
}

TEST_F(ServerTest, StaticFileMissingIs404) {
  auto reply = get("/static/nope.css");
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(get("/static/css").status, 404);  // a directory
}

TEST_F(ServerTest, PathTraversalIsNeverServed) {
  for (const std::string target : {
           "/static/../../etc/passwd",
           "/static/../secret.txt",
           "/static/%2e%2e/%2e%2e/etc/passwd",
           "/static/%2E%2E/secret.txt",
           "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
           "/static/..%5c..%5cetc%5cpasswd",
           "/static/css/..\\..\\secret.txt",
           "/static/small.txt%00.css",
           "/static/escape.txt",  // symlink to a file outside the root
           "/static/etc/passwd",  // symlink to a directory outside the root
           "/static//etc/passwd",
           "/../../etc/passwd",
       }) {
    SCOPED_TRACE(target);
    auto reply = get(target);
    EXPECT_TRUE(reply.status == 400 || reply.status == 404) << reply.status;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos);
    EXPECT_EQ(reply.body.find("top secret"), std::string::npos);
  }
  expect_still_serving();
}

TEST_F(ServerTest, QueryIsDecoded) {
  EXPECT_EQ(get("/query?q=%E4%BD%8E%E4%BF%9D").body, "低保");
  EXPECT_EQ(get("/query?q=a+b").body, "a b");
}

TEST_F(ServerTest, InvalidUtf8OrBadEscapesAre400) {
  for (const std::string target : {"/query?q=%FF", "/query?q=%E4%BD", "/query?q=%G1", "/query?q=%", "/item/%FF",
                                   "/item/%C0%AF"}) {
    SCOPED_TRACE(target);
    auto reply = get(target);
    EXPECT_EQ(reply.status, 400);
    EXPECT_NE(reply.body.find("请求无效"), std::string::npos);
  }
  expect_still_serving();
}

TEST_F(ServerTest, MegabyteQueryStringIs414) {
  HttpConnection connection(port_);
  connection.send(make_request("GET", "/query?q=" + std::string(1024 * 1024, 'a')));
  auto reply = connection.read_response();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 414);
  EXPECT_NE(reply->body.find("请求地址过长"), std::string::npos);
  EXPECT_EQ(reply->header("connection"), "close");
  expect_still_serving();
}

TEST_F(ServerTest, QueryStringOver8KiBIs414) {
  auto reply = get("/query?q=" + std::string(9 * 1024, 'a'));
  EXPECT_EQ(reply.status, 414);
  expect_still_serving();
}

TEST_F(ServerTest, GzipWhenAccepted) {
  auto reply = get("/big", {{"Accept-Encoding", "gzip, deflate, br"}});
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("content-encoding"), "gzip");
  EXPECT_EQ(reply.header("vary"), "Accept-Encoding");
  EXPECT_LT(reply.body.size(), big_page().size());
  EXPECT_EQ(testing::gunzip(reply.body), big_page());
}

TEST_F(ServerTest, NoGzipWhenNotAcceptedOrSmall) {
  auto plain = get("/big");
  EXPECT_FALSE(plain.has_header("content-encoding"));
  EXPECT_EQ(plain.header("vary"), "Accept-Encoding");
  EXPECT_EQ(plain.body, big_page());
  auto refused = get("/big", {{"Accept-Encoding", "gzip;q=0"}});
  EXPECT_FALSE(refused.has_header("content-encoding"));
  auto small = get("/", {{"Accept-Encoding", "gzip"}});
  EXPECT_FALSE(small.has_header("content-encoding"));
  EXPECT_EQ(small.body, kHome);
}

TEST_F(ServerTest, StaticFilesAreGzippedToo) {
  auto reply = get("/static/css/site.css", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(reply.header("content-encoding"), "gzip");
  EXPECT_EQ(testing::gunzip(reply.body), css_file());
}

TEST_F(ServerTest, EtagThenIfNoneMatchIs304) {
  auto first = get("/");
  std::string etag = first.header("etag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(get("/").header("etag"), etag);  // stable for the same body

  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("GET", "/", {{"If-None-Match", etag}})));
  auto reply = connection.read_response();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 304);
  EXPECT_EQ(reply->header("etag"), etag);
  EXPECT_FALSE(reply->has_header("content-length"));
  EXPECT_EQ(reply->header("x-frame-options"), "DENY");
  // No body bytes were sent: the next response on the connection parses.
  ASSERT_TRUE(connection.send(make_request("GET", "/item/7")));
  auto next = connection.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->body, "7");

  EXPECT_EQ(get("/", {{"If-None-Match", "\"0000000000000000\""}}).status, 200);
}

TEST_F(ServerTest, GzipVariantHasItsOwnEtagAndRevalidates) {
  auto plain = get("/big");
  auto gzipped = get("/big", {{"Accept-Encoding", "gzip"}});
  std::string plain_tag = plain.header("etag");
  std::string gzip_tag = gzipped.header("etag");
  ASSERT_EQ(plain_tag.size(), 18u);
  EXPECT_EQ(gzip_tag, plain_tag.substr(0, 17) + "-gz\"");
  auto revalidated = get("/big", {{"Accept-Encoding", "gzip"}, {"If-None-Match", gzip_tag}});
  EXPECT_EQ(revalidated.status, 304);
  EXPECT_EQ(revalidated.header("etag"), gzip_tag);
  EXPECT_EQ(get("/static/css/site.css", {{"If-None-Match", get("/static/css/site.css").header("etag")}}).status, 304);
}

TEST_F(ServerTest, NotFoundFromHandlerIsChinesePage) {
  auto reply = get("/missing");
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(reply.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(reply.body.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(reply.body.find("页面不存在"), std::string::npos);
  EXPECT_NE(reply.body.find("没有这条信息"), std::string::npos);
  auto unknown = get("/no/such/page");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_NE(unknown.body.find("页面不存在"), std::string::npos);
}

TEST_F(ServerTest, ApiErrorsAreJson) {
  auto reply = get("/api/x");
  EXPECT_EQ(reply.status, 400);
  EXPECT_EQ(reply.header("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(reply.body, R"({"error":{"code":"bad_request","message":"年份无效"}})");
  auto conflict = get("/api/conflict");
  EXPECT_EQ(conflict.status, 409);
  EXPECT_EQ(conflict.body, R"({"error":{"code":"conflict","message":"索引号重复"}})");
  auto missing = get("/api/nothing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, R"({"error":{"code":"not_found","message":"页面不存在"}})");
}

TEST_F(ServerTest, ForbiddenIs403) {
  auto reply = get("/forbidden");
  EXPECT_EQ(reply.status, 403);
  EXPECT_NE(reply.body.find("无权访问"), std::string::npos);
}

TEST_F(ServerTest, UnexpectedExceptionIs500WithoutDetail) {
  auto reply = get("/boom");
  EXPECT_EQ(reply.status, 500);
  EXPECT_NE(reply.body.find("服务器内部错误"), std::string::npos);
  EXPECT_EQ(reply.body.find("SELECT"), std::string::npos);
  EXPECT_EQ(reply.body.find("password"), std::string::npos);
  expect_still_serving();
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  auto reply = http_request(port_, "POST", "/", {}, "x=1");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 405);
  EXPECT_EQ(reply->header("allow"), "GET, HEAD");
  EXPECT_NE(reply->body.find("不支持该请求方法"), std::string::npos);
  auto brew = http_request(port_, "BREW", "/echo");
  ASSERT_TRUE(brew);
  EXPECT_EQ(brew->status, 405);
  EXPECT_EQ(brew->header("allow"), "POST");
}

TEST_F(ServerTest, HeadHasHeadersButNoBody) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("HEAD", "/")));
  auto reply = connection.read_response(true);
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->header("content-length"), "13");
  EXPECT_EQ(reply->header("content-type"), "text/html; charset=utf-8");
  // Had a body been sent, it would now be read as the next response.
  ASSERT_TRUE(connection.send(make_request("GET", "/item/9")));
  auto next = connection.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
  EXPECT_EQ(next->body, "9");
}

TEST_F(ServerTest, EditedStaticFileIsServedAfterTheCacheWindow) {
  EXPECT_EQ(get("/static/small.txt").body, "hello\n");
  write_file(root_ / "static" / "small.txt", "changed, longer\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));  // past the one-second trust window
  EXPECT_EQ(get("/static/small.txt").body, "changed, longer\n");
}

TEST_F(ServerTest, StaticOnlyAnswersGetAndHead) {
  auto reply = http_request(port_, "POST", "/static/small.txt", {}, "x");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 405);
  EXPECT_EQ(reply->header("allow"), "GET, HEAD");
}

class ServerWithShortTimeoutsTest : public ServerTest {
 protected:
  void configure(ServerConfig& config) override {
    config.idle_timeout_seconds = 1;
    config.read_timeout_seconds = 1;
  }
};

TEST_F(ServerWithShortTimeoutsTest, IdleKeepAliveConnectionIsClosed) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send(make_request("GET", "/")));
  ASSERT_TRUE(connection.read_response());
  EXPECT_TRUE(connection.closed_by_peer(10000));
}

TEST_F(ServerWithShortTimeoutsTest, IncompleteRequestIsClosed) {
  HttpConnection connection(port_);
  ASSERT_TRUE(connection.send("GET / HTTP/1.1\r\nHost: t\r\n"));  // never finished
  EXPECT_TRUE(connection.closed_by_peer(10000));
  expect_still_serving();
}

class ServerWithErrorPageTest : public ServerTest {
 protected:
  void configure(ServerConfig& config) override {
    config.error_page = [](int status, const std::string& message) {
      return "<custom>" + std::to_string(status) + " " + message + "</custom>";
    };
  }
};

TEST_F(ServerWithErrorPageTest, UsesTheConfiguredErrorPage) {
  EXPECT_EQ(get("/missing").body, "<custom>404 没有这条信息</custom>");
  EXPECT_EQ(get("/boom").body, "<custom>500 服务器内部错误</custom>");
  // /api/ keeps JSON.
  EXPECT_EQ(get("/api/x").body, R"({"error":{"code":"bad_request","message":"年份无效"}})");
}

TEST(ServerLifecycle, StopMakesRunReturnEvenWithAnIdleConnection) {
  ServerConfig config;
  config.port = 0;
  config.threads = 2;
  config.access_log = false;
  HttpServer server(config, [](const Request&) { return Response::text("ok"); });
  server.start();
  std::thread runner([&] { server.run(); });
  {
    HttpConnection idle(server.port());
    ASSERT_TRUE(idle.send(make_request("GET", "/")));
    auto reply = idle.read_response();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->body, "ok");
    server.stop();
    runner.join();  // returns although `idle` is still open
    EXPECT_TRUE(idle.closed_by_peer());
  }
}

// Runs a server with `config` around `body`, then stops it and returns what
// it wrote to stderr (the access log goes there).
template <typename Body>
std::string stderr_of_server(ServerConfig config, Body body) {
  ::testing::internal::CaptureStderr();
  {
    HttpServer server(config, [](const Request& request) {
      if (request.path == "/boom") throw std::runtime_error("disk on fire");
      return Response::text("ok");
    });
    server.start();
    std::thread runner([&] { server.run(); });
    body(server.port());
    server.stop();
    runner.join();
  }
  return ::testing::internal::GetCapturedStderr();
}

TEST(ServerLifecycle, AccessLogHasOneLinePerRequest) {
  ServerConfig config;
  config.port = 0;
  config.threads = 1;
  std::string log = stderr_of_server(config, [](uint16_t port) {
    http_request(port, "GET", "/item/42?x=1");
    http_request(port, "GET", "/boom");
  });
  EXPECT_NE(log.find("127.0.0.1 \"GET /item/42?x=1\" 200 2 "), std::string::npos) << log;
  EXPECT_NE(log.find("\"GET /boom\" 500 "), std::string::npos) << log;
  EXPECT_NE(log.find("disk on fire"), std::string::npos) << log;  // the detail goes to the log only
}

TEST(ServerLifecycle, AccessLogCanBeTurnedOff) {
  ServerConfig config;
  config.port = 0;
  config.threads = 1;
  config.access_log = false;
  std::string log = stderr_of_server(config, [](uint16_t port) { http_request(port, "GET", "/item/42"); });
  EXPECT_EQ(log.find("/item/42"), std::string::npos) << log;
}

TEST(ServerLifecycle, StopLetsAnInFlightResponseFinish) {
  ServerConfig config;
  config.port = 0;
  config.threads = 2;
  config.access_log = false;
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  HttpServer server(config, [&](const Request&) {
    entered.set_value();
    released.wait();
    return Response::text("finished");
  });
  server.start();
  std::thread runner([&] { server.run(); });
  HttpConnection connection(server.port());
  ASSERT_TRUE(connection.send(make_request("GET", "/slow")));
  entered.get_future().wait();  // the handler is running
  server.stop();
  release.set_value();
  auto reply = connection.read_response();
  runner.join();
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, "finished");
  EXPECT_EQ(reply->header("connection"), "close");
}

TEST(ServerLifecycle, SigtermMakesRunReturn) {
  ServerConfig config;
  config.port = 0;
  config.threads = 1;
  config.access_log = false;
  HttpServer server(config, [](const Request&) { return Response::text("ok"); });
  server.start();
  std::thread runner([&] { server.run(); });
  auto reply = http_request(server.port(), "GET", "/");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->body, "ok");
  std::raise(SIGTERM);  // caught by the server's signal set, not fatal
  runner.join();
  EXPECT_THROW(HttpConnection connection(server.port()), std::runtime_error);
}

TEST(ServerLifecycle, StopBeforeRunStillReturns) {
  ServerConfig config;
  config.port = 0;
  config.access_log = false;
  HttpServer server(config, [](const Request&) { return Response::text("ok"); });
  server.start();
  uint16_t port = server.port();
  server.stop();
  server.run();  // returns: the stop was queued before run() began
  EXPECT_THROW(HttpConnection connection(port), std::runtime_error);  // no longer listening
}

TEST(ServerLifecycle, BadAddressIsInvalidInput) {
  ServerConfig config;
  config.host = "not an address";
  HttpServer server(config, [](const Request&) { return Response::text("ok"); });
  EXPECT_THROW(server.start(), InvalidInput);
}

}  // namespace
}  // namespace gongkai::web
