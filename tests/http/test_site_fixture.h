// TestSite: what every HTTP test fixture needs around its own data — a fresh
// temporary directory holding a SQLite store, an App over it (templates,
// static files and data from the source tree), a Router to register routes
// on, and the real HttpServer on a free loopback port, serving from a thread
// until the TestSite is destroyed (which also removes the directory).
//
//   TestSite site("portal");                    // /tmp/gongkai-portal-test-<pid>/
//   seed(site.app());                           // the fixture's own records
//   portal::register_portal_routes(site.router(), site.app());
//   port = site.serve();                        // error pages are the portal's
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/app.h"
#include "web/router.h"
#include "web/server.h"

namespace gongkai::testing {

class TestSite {
 public:
  // `configure` may adjust the App's configuration (site_url …) before it opens.
  explicit TestSite(const std::string& name, const std::function<void(app::AppConfig&)>& configure = {});
  ~TestSite();
  TestSite(const TestSite&) = delete;
  TestSite& operator=(const TestSite&) = delete;

  app::App& app() { return *app_; }
  web::Router& router() { return router_; }
  // Starts serving the router, with the portal's error pages and /static/
  // (and `prefix_limits`, e.g. portal::portal_body_limits); returns the port.
  uint16_t serve(size_t body_limit = 1024 * 1024,
                 std::vector<web::ServerConfig::PrefixBodyLimit> prefix_limits = {});

 private:
  std::filesystem::path dir_;
  std::unique_ptr<app::App> app_;
  web::Router router_;
  std::unique_ptr<web::HttpServer> server_;
  std::thread thread_;
};

}  // namespace gongkai::testing
