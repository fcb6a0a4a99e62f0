#include "admin/admin_fixture.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "accounts/user_repository.h"
#include "admin/admin.h"
#include "api/api.h"
#include "http/test_site_fixture.h"
#include "app/demo_data.h"
#include "org/agency_repository.h"
#include "portal/portal.h"
#include "web/http.h"
#include "web/router.h"
#include "web/server.h"

#ifndef GONGKAI_SOURCE_DIR
#error "GONGKAI_SOURCE_DIR must name the source tree (templates/, static/, data/)"
#endif

namespace gongkai::testing {
namespace {

const audit::Actor kActor{"tester", "127.0.0.1"};

std::mutex users_mutex;

HttpReply must(std::optional<HttpReply> reply, const std::string& target) {
  if (!reply) throw std::runtime_error("no response for " + target);
  return *reply;
}

HeaderList with_cookie(const std::string& cookie, HeaderList headers) {
  headers.emplace_back("Cookie", cookie);
  return headers;
}

int64_t department_id(store::Connection& c, int64_t agency, const std::string& code) {
  for (const auto& d : org::list_departments(c, agency)) {
    if (d.code == code) return d.id;
  }
  throw std::runtime_error("demo department missing: " + code);
}

}  // namespace

struct AdminServerStarter {
  TestSite site{"admin"};

  explicit AdminServerStarter(AdminServer& shared) {
    app::App& app = site.app();
    {
      auto c = app.database().lease();
      const auto summary = app::load_demo(*c, kActor, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo", true);
      shared.ids_.agency = summary.agency_id;
      shared.ids_.department = department_id(*c, summary.agency_id, "bgs");
      shared.ids_.welfare_department = department_id(*c, summary.agency_id, "shjzk");
    }
    shared.app_ = &app;
    portal::register_portal_routes(site.router(), app);
    api::register_api_routes(site.router(), app);
    admin::register_admin_routes(site.router(), app);
    shared.port_ = site.serve(8 * 1024 * 1024);
  }
};

AdminServer& AdminServer::instance() {
  static AdminServer shared;
  static AdminServerStarter starter(shared);
  return shared;
}

app::App& AdminServer::app() { return *app_; }

int64_t AdminServer::create_user(const std::string& username, org::Role role, const std::string& password,
                                 bool must_change_password) {
  accounts::NewUser user;
  user.agency_id = ids_.agency;
  user.username = username;
  user.display_name = "测试" + std::string(org::role_name(role));
  user.role = role;
  user.department_id = ids_.department;
  user.password = password;
  user.must_change_password = must_change_password;
  auto c = app_->database().lease();
  store::Transaction t(*c);
  const int64_t id = accounts::insert_user(*c, kActor, user, std::chrono::system_clock::now());
  t.commit();
  return id;
}

AdminSession AdminServer::login_as(org::Role role) {
  int n = 0;
  {
    std::lock_guard lock(users_mutex);
    n = ++next_user_;
  }
  const std::string username = std::string(org::role_key(role)) + "_" + std::to_string(n);
  create_user(username, role);
  AdminSession session;
  const HttpReply reply = sign_in(username, kTestPassword, &session);
  if (reply.status != 303 || session.cookie().empty()) {
    throw std::runtime_error("sign-in failed for " + username + ": " + std::to_string(reply.status));
  }
  return session;
}

HttpReply AdminServer::sign_in(const std::string& username, const std::string& password, AdminSession* session,
                               const HeaderList& extra_headers) {
  const HttpReply form = get("/admin/login", extra_headers);
  const std::string login_cookie = "gk_login=" + set_cookie_value(form, "gk_login");
  const std::string csrf = csrf_in_page(form.decoded_body());
  HttpReply reply = post("/admin/login",
                         {{"csrf", csrf}, {"next", "/admin/"}, {"username", username}, {"password", password}},
                         with_cookie(login_cookie, extra_headers));
  const std::string token = set_cookie_value(reply, "gk_session");
  if (session == nullptr || reply.status != 303 || token.empty()) return reply;
  const std::string cookie = "gk_session=" + token;
  const HttpReply home = must(http_request(port_, "GET", "/admin/", with_cookie(cookie, extra_headers)), "/admin/");
  auto c = app_->database().lease();
  const auto user = accounts::find_user_by_username(*c, username);
  *session = AdminSession(port_, cookie, csrf_in_page(home.decoded_body()), username, user ? user->id : 0,
                          user ? user->role : org::Role::kOfficer);
  return reply;
}

HttpReply AdminServer::get(const std::string& target, const HeaderList& headers) const {
  return must(http_request(port_, "GET", target, headers), target);
}

HttpReply AdminServer::post(const std::string& target, const FormFields& fields, const HeaderList& headers) const {
  HeaderList all = headers;
  all.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  return must(http_request(port_, "POST", target, all, form_encode(fields)), target);
}

AdminSession::AdminSession(uint16_t port, std::string cookie, std::string csrf, std::string username,
                           int64_t user_id, org::Role role)
    : port_(port),
      cookie_(std::move(cookie)),
      csrf_(std::move(csrf)),
      username_(std::move(username)),
      user_id_(user_id),
      role_(role) {}

HttpReply AdminSession::get(const std::string& target, const HeaderList& headers) const {
  return must(http_request(port_, "GET", target, with_cookie(cookie_, headers)), target);
}

HttpReply AdminSession::post(const std::string& target, FormFields fields, const HeaderList& headers) const {
  bool has_csrf = false;
  for (const auto& field : fields) has_csrf = has_csrf || field.first == "csrf";
  if (!has_csrf) fields.emplace_back("csrf", csrf_);
  HeaderList all = with_cookie(cookie_, headers);
  all.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  return must(http_request(port_, "POST", target, all, form_encode(fields)), target);
}

HttpReply AdminSession::post_without_csrf(const std::string& target, const FormFields& fields) const {
  HeaderList all = with_cookie(cookie_, {});
  all.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  return must(http_request(port_, "POST", target, all, form_encode(fields)), target);
}

HttpReply AdminSession::post_multipart(const std::string& target, FormFields fields,
                                       const std::vector<UploadFile>& files) const {
  bool has_csrf = false;
  for (const auto& field : fields) has_csrf = has_csrf || field.first == "csrf";
  if (!has_csrf) fields.emplace_back("csrf", csrf_);
  const std::string boundary = "----gongkaitestboundary7MA4YWxkTrZu0gW";
  std::string body;
  for (const auto& [name, value] : fields) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }
  for (const auto& file : files) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field + "\"; filename=\"" +
            file.file_name + "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n" + file.bytes + "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  HeaderList all = with_cookie(cookie_, {});
  all.emplace_back("Content-Type", "multipart/form-data; boundary=" + boundary);
  return must(http_request(port_, "POST", target, all, body), target);
}

void AdminSession::adopt(const HttpReply& reply) {
  const std::string token = set_cookie_value(reply, "gk_session");
  if (token.empty()) return;
  cookie_ = "gk_session=" + token;
  csrf_ = csrf_in_page(get("/admin/").decoded_body());
}

std::string form_encode(const FormFields& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += '&';
    out += web::percent_encode(name) + "=" + web::percent_encode(value);
  }
  return out;
}

std::vector<std::string> set_cookie_headers(const HttpReply& reply, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& [header, value] : reply.headers) {
    if (header == "set-cookie" && value.rfind(name + "=", 0) == 0) out.push_back(value);
  }
  return out;
}

std::string set_cookie_value(const HttpReply& reply, const std::string& name) {
  for (const auto& header : set_cookie_headers(reply, name)) {
    const size_t start = name.size() + 1;
    return header.substr(start, header.find(';') - start);
  }
  return "";
}

std::string csrf_in_page(const std::string& html) {
  const std::string marker = "name=\"csrf\" value=\"";
  const size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  const size_t start = at + marker.size();
  return html.substr(start, html.find('"', start) - start);
}

}  // namespace gongkai::testing
