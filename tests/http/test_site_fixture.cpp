#include "http/test_site_fixture.h"

#include <unistd.h>

#include <system_error>

#include "portal/portal.h"

#ifndef GONGKAI_SOURCE_DIR
#error "GONGKAI_SOURCE_DIR must name the source tree (templates/, static/, data/)"
#endif

namespace gongkai::testing {

TestSite::TestSite(const std::string& name, const std::function<void(app::AppConfig&)>& configure)
    : dir_(std::filesystem::temp_directory_path() / ("gongkai-" + name + "-test-" + std::to_string(::getpid()))) {
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  app::AppConfig config;
  config.database_url = (dir_ / (name + ".db")).string();
  config.data_dir = GONGKAI_SOURCE_DIR;
  config.search_dir = dir_ / "search";
  if (configure) configure(config);
  app_ = std::make_unique<app::App>(config);
}

TestSite::~TestSite() {
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
  server_.reset();
  app_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

uint16_t TestSite::serve(size_t body_limit, std::vector<web::ServerConfig::PrefixBodyLimit> prefix_limits) {
  web::ServerConfig config;
  config.port = 0;
  config.threads = 2;
  config.access_log = false;
  config.body_limit = body_limit;
  config.prefix_body_limits = std::move(prefix_limits);
  config.static_root = std::filesystem::path(GONGKAI_SOURCE_DIR) / "static";
  config.error_page = [this](int status, const std::string& message) {
    return portal::render_error_page(*app_, status, message);
  };
  server_ = std::make_unique<web::HttpServer>(config, [this](const web::Request& r) { return router_.dispatch(r); });
  server_->start();
  thread_ = std::thread([this] { server_->run(); });
  return server_->port();
}

}  // namespace gongkai::testing
