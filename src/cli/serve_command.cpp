#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

#include "admin/admin.h"
#include "api/api.h"
#include "catalog/catalog_commands.h"
#include "app/app.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/errors.h"
#include "engagement/moment.h"
#include "portal/portal.h"
#include "requests/request_commands.h"
#include "web/router.h"
#include "web/server.h"

namespace gongkai::cli {
namespace {

std::pair<std::string, uint16_t> parse_listen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) throw InvalidInput("--listen 应为 主机:端口，例如 127.0.0.1:8080");
  unsigned port = 0;
  const char* begin = listen.data() + colon + 1;
  const char* end = listen.data() + listen.size();
  auto [ptr, ec] = std::from_chars(begin, end, port);
  if (ec != std::errc() || ptr != end || port > 65535) throw InvalidInput("端口无效：" + listen.substr(colon + 1));
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return {host, static_cast<uint16_t>(port)};
}

// Follows the search change-log while the server runs, so that changes made
// by other processes or nodes reach this node's index.
class SearchFollowerThread {
 public:
  explicit SearchFollowerThread(app::App& application)
      : thread_([this, &application] { loop(application); }) {}
  ~SearchFollowerThread() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  void loop(app::App& application) {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::seconds(2), [this] { return stopping_; })) {
      lock.unlock();
      try {
        application.sync_search();
      } catch (const std::exception& e) {
        spdlog::warn("search follower: {}", e.what());
      }
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

// The calendar data may have changed since the last start (a new year's
// notice, a correction): every open application's deadline follows it, and
// the change is recorded on the case.
void recompute_request_deadlines(app::App& application) {
  auto connection = application.database().lease();
  const int moved = requests::recompute_open_deadlines(*connection, application.request_services(), cli_actor(),
                                                       engagement::Moment::now());
  if (moved > 0) spdlog::info("working-day calendar changed: {} open application deadline(s) recomputed", moved);
}

}  // namespace

int run_serve(const CommonOptions& options, const ServeOptions& serve) {
  const auto [host, port] = parse_listen(serve.listen);
  app::AppConfig config = app_config(options);
  config.agency = serve.agency;
  config.search_dir = serve.search_dir;
  if (!serve.site_url.empty()) config.site_url = serve.site_url;
  else config.site_url = "http://" + serve.listen;
  app::App application(config);
  application.start_search_in_background();
  recompute_request_deadlines(application);

  web::Router router;
  portal::register_portal_routes(router, application);
  api::register_api_routes(router, application);
  admin::register_admin_routes(router, application);

  web::ServerConfig server_config;
  server_config.host = host;
  server_config.port = port;
  server_config.threads = serve.threads;
  server_config.body_limit = serve.body_limit;
  // Attachments are uploaded in the back office: a whole file plus the form around it.
  constexpr size_t kUploadOverhead = 1024 * 1024;
  server_config.prefix_body_limits.push_back(
      {"/admin/", std::max(serve.body_limit, catalog::kMaxAttachmentBytes + kUploadOverhead)});
  // The 依申请公开 form carries the applicant's files.
  for (auto& rule : portal::portal_body_limits(serve.body_limit)) server_config.prefix_body_limits.push_back(rule);
  server_config.static_root = application.config().data_dir / "static";
  server_config.access_log = serve.access_log;
  server_config.trusted_proxies = serve.trusted_proxies;
  server_config.error_page = [&application](int status, const std::string& message) {
    return portal::render_error_page(application, status, message);
  };
  web::HttpServer server(server_config, [&router](const web::Request& request) { return router.dispatch(request); });
  server.start();
  SearchFollowerThread follower(application);
  spdlog::info("gongkai serving http://{}:{}/ (database {})", host, server.port(), options.database_url);
  server.run();
  spdlog::info("gongkai stopped");
  return 0;
}

}  // namespace gongkai::cli
