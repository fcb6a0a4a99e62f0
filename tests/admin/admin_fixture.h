// AdminServer: the real HttpServer on a free port with the back office
// (/admin/), the portal and the API, over an App on a fresh temporary SQLite
// store holding the demo agency (data/demo: 吴忠市民政局 "wzsmzj", its
// departments, categories and 2017 items, and the demo accounts xinxiyuan,
// baomi, fenguan, zhuyao, bangongshi, admin in demo mode — no forced
// password change). Built once per test executable.
//
// Use in a route test:
//
//   #include "admin/admin_fixture.h"
//   using gongkai::testing::AdminServer;
//   TEST(ItemRoutes, OfficerDrafts) {
//     auto& server = AdminServer::instance();
//     auto officer = server.login_as(gongkai::org::Role::kOfficer);   // a NEW account each call
//     auto page = officer.get("/admin/items/new");                     // cookie added
//     auto reply = officer.post("/admin/items", {{"title", "…"}});     // cookie and csrf added
//     EXPECT_EQ(reply.status, 303);
//     EXPECT_EQ(reply.header("location"), "/admin/items/42");
//   }
//
// post() adds the session's CSRF token as field "csrf" unless the fields
// already hold one (to test a stale or missing token, pass {"csrf", "x"} or
// use post_without_csrf). post_multipart() sends multipart/form-data with
// files. server.app() reaches the store directly, e.g. to set up records
// through domain functions or to check that nothing changed.
//
// Link a test executable with gongkai_admin_fixture, or declare it in
// tests/admin/CMakeLists.txt with gongkai_admin_test(<name> <sources>).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "http/http_client.h"
#include "org/role.h"

namespace gongkai::testing {

using FormFields = std::vector<std::pair<std::string, std::string>>;

struct UploadFile {
  std::string field;
  std::string file_name;
  std::string content_type;
  std::string bytes;
};

// The password of every account login_as() creates; it meets the policy.
inline constexpr const char* kTestPassword = "Test-Passw0rd";

struct AdminIds {
  int64_t agency = 0;      // 吴忠市民政局 (wzsmzj)
  int64_t department = 0;  // 办公室 (bgs)
  int64_t welfare_department = 0;  // 社会救助科 (shjzk)
};

// A signed-in browser: its session cookie and CSRF token.
class AdminSession {
 public:
  AdminSession() = default;
  AdminSession(uint16_t port, std::string cookie, std::string csrf, std::string username, int64_t user_id,
               org::Role role);

  // GET with the session cookie.
  HttpReply get(const std::string& target, const HeaderList& headers = {}) const;
  // POST application/x-www-form-urlencoded with the cookie and the CSRF token.
  HttpReply post(const std::string& target, FormFields fields, const HeaderList& headers = {}) const;
  // The same without adding the CSRF token.
  HttpReply post_without_csrf(const std::string& target, const FormFields& fields) const;
  // POST multipart/form-data with the cookie, the CSRF token, fields and files.
  HttpReply post_multipart(const std::string& target, FormFields fields, const std::vector<UploadFile>& files) const;

  // Takes a renewed session cookie from a reply (after a password change)
  // and reloads the CSRF token.
  void adopt(const HttpReply& reply);

  const std::string& cookie() const { return cookie_; }  // "gk_session=…"
  const std::string& csrf() const { return csrf_; }
  const std::string& username() const { return username_; }
  int64_t user_id() const { return user_id_; }
  org::Role role() const { return role_; }

 private:
  uint16_t port_ = 0;
  std::string cookie_;
  std::string csrf_;
  std::string username_;
  int64_t user_id_ = 0;
  org::Role role_ = org::Role::kOfficer;
};

class AdminServer {
 public:
  static AdminServer& instance();

  uint16_t port() const { return port_; }
  const AdminIds& ids() const { return ids_; }
  app::App& app();

  // Creates an account of `role` in the demo agency (username
  // "<role key>_<n>", password kTestPassword, no forced change, department
  // 办公室) and signs in over HTTP. Throws when the sign-in fails.
  AdminSession login_as(org::Role role);

  // Creates an account (through accounts::insert_user); returns its id.
  int64_t create_user(const std::string& username, org::Role role, const std::string& password = kTestPassword,
                      bool must_change_password = false);

  // Signs in over HTTP as the login form does: GET /admin/login, then POST
  // it. Returns the final reply of the POST (303 on success). On success
  // `session` (when given) is filled.
  HttpReply sign_in(const std::string& username, const std::string& password, AdminSession* session = nullptr,
                    const HeaderList& extra_headers = {});

  // Without a session.
  HttpReply get(const std::string& target, const HeaderList& headers = {}) const;
  HttpReply post(const std::string& target, const FormFields& fields, const HeaderList& headers = {}) const;

 private:
  AdminServer() = default;
  uint16_t port_ = 0;
  AdminIds ids_;
  app::App* app_ = nullptr;
  int next_user_ = 0;
  friend struct AdminServerStarter;
};

// "a=1&b=%E4%BD%A0" (RFC 3986 unreserved kept).
std::string form_encode(const FormFields& fields);
// The value of the cookie `name` set by the reply's Set-Cookie headers ("" when none).
std::string set_cookie_value(const HttpReply& reply, const std::string& name);
// Every Set-Cookie header of the reply whose cookie is `name` (whole header values).
std::vector<std::string> set_cookie_headers(const HttpReply& reply, const std::string& name);
// The value of the first <input … name="csrf" value="…"> in a page ("" when none).
std::string csrf_in_page(const std::string& html);

}  // namespace gongkai::testing
