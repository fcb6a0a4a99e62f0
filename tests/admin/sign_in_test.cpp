// Signing in to the back office over HTTP: the login form without
// JavaScript, cookies, CSRF, idle expiry, the forced password change, the
// TOTP step and logout.
#include <gtest/gtest.h>

#include <chrono>

#include "accounts/base32.h"
#include "accounts/instant.h"
#include "accounts/totp.h"
#include "accounts/user_admin.h"
#include "accounts/user_repository.h"
#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string unique_name(const std::string& prefix) {
  static int n = 0;
  return prefix + std::to_string(++n);
}

TEST(SignInTest, LoginWithoutJavaScriptEndToEnd) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("plain");
  server.create_user(name, org::Role::kOffice);

  const auto anonymous = server.get("/admin/items?page=2");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.header("location"), "/admin/login?next=%2Fadmin%2Fitems%3Fpage%3D2");

  const auto form = server.get("/admin/login?next=%2Fadmin%2Fitems");
  EXPECT_EQ(form.status, 200);
  const std::string page = form.decoded_body();
  EXPECT_TRUE(contains(page, "<form class=\"stacked-form\" action=\"/admin/login\" method=\"post\">"));
  EXPECT_TRUE(contains(page, "name=\"next\" value=\"/admin/items\""));
  EXPECT_FALSE(contains(page, "<script"));
  EXPECT_FALSE(contains(page, "class=\"error\""));
  const std::string login_token = set_cookie_value(form, "gk_login");
  ASSERT_EQ(login_token.size(), 32u);
  EXPECT_EQ(csrf_in_page(page), login_token);

  const auto reply = server.post(
      "/admin/login", {{"csrf", login_token}, {"next", "/admin/items"}, {"username", name}, {"password", kTestPassword}},
      {{"Cookie", "gk_login=" + login_token}});
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.header("location"), "/admin/items");
  const auto cookies = set_cookie_headers(reply, "gk_session");
  ASSERT_EQ(cookies.size(), 1u);
  const std::string token = set_cookie_value(reply, "gk_session");
  EXPECT_EQ(token.size(), 64u);
  EXPECT_EQ(cookies[0], "gk_session=" + token + "; Path=/admin; HttpOnly; SameSite=Strict");

  const auto home = server.get("/admin/", {{"Cookie", "gk_session=" + token}});
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.header("cache-control"), "no-store");
  EXPECT_TRUE(contains(home.decoded_body(), "测试办公室（办公室）"));
}

TEST(SignInTest, SecureCookieOnlyBehindAnHttpsProxy) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("secure");
  server.create_user(name, org::Role::kOfficer);
  const auto plain = server.sign_in(name, kTestPassword);
  ASSERT_EQ(plain.status, 303);
  EXPECT_FALSE(contains(set_cookie_headers(plain, "gk_session").at(0), "Secure"));
  const auto https = server.sign_in(name, kTestPassword, nullptr, {{"X-Forwarded-Proto", "https"}});
  ASSERT_EQ(https.status, 303);
  EXPECT_TRUE(contains(set_cookie_headers(https, "gk_session").at(0), "; Secure"));
  const auto http = server.sign_in(name, kTestPassword, nullptr, {{"X-Forwarded-Proto", "http"}});
  EXPECT_FALSE(contains(set_cookie_headers(http, "gk_session").at(0), "Secure"));
}

TEST(SignInTest, WrongPasswordShowsTheFormAgainWithoutASession) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("wrong");
  server.create_user(name, org::Role::kOfficer);
  const auto wrong = server.sign_in(name, "Not-The-Pass1");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(contains(wrong.decoded_body(), "用户名或密码错误"));
  EXPECT_TRUE(contains(wrong.decoded_body(), "value=\"" + name + "\""));
  EXPECT_TRUE(set_cookie_headers(wrong, "gk_session").empty());
  const auto unknown = server.sign_in(unique_name("nobody"), kTestPassword);
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(contains(unknown.decoded_body(), "用户名或密码错误"));
}

TEST(SignInTest, LoginFormWithoutItsTokenIsRefused) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("nocsrf");
  server.create_user(name, org::Role::kOfficer);
  const auto reply = server.post("/admin/login", {{"username", name}, {"password", kTestPassword}});
  EXPECT_EQ(reply.status, 403);
  EXPECT_TRUE(contains(reply.decoded_body(), "页面已过期，请刷新后重试"));
  EXPECT_TRUE(set_cookie_headers(reply, "gk_session").empty());
}

TEST(SignInTest, OnlyBackOfficePathsAreFollowedAfterLogin) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("next");
  server.create_user(name, org::Role::kOfficer);
  const auto form = server.get("/admin/login");
  const std::string token = set_cookie_value(form, "gk_login");
  for (const std::string next : {"//evil.example/admin/", "https://evil.example/", "/xxgk/", "/admin/../x"}) {
    const auto reply = server.post("/admin/login",
                                   {{"csrf", token}, {"next", next}, {"username", name}, {"password", kTestPassword}},
                                   {{"Cookie", "gk_login=" + token}});
    EXPECT_EQ(reply.status, 303) << next;
    EXPECT_EQ(reply.header("location"), "/admin/") << next;
  }
}

TEST(SignInTest, MissingOrStaleCsrfIsRefusedAndChangesNothing) {
  auto& server = AdminServer::instance();
  AdminSession first;
  const std::string name = unique_name("csrf");
  server.create_user(name, org::Role::kOfficer);
  ASSERT_EQ(server.sign_in(name, kTestPassword, &first).status, 303);
  AdminSession second;
  ASSERT_EQ(server.sign_in(name, kTestPassword, &second).status, 303);
  ASSERT_NE(first.csrf(), second.csrf());

  const FormFields change = {{"current_password", kTestPassword},
                             {"new_password", "Changed-Pass2"},
                             {"confirm_password", "Changed-Pass2"}};
  const auto missing = second.post_without_csrf("/admin/password", change);
  EXPECT_EQ(missing.status, 403);
  EXPECT_TRUE(contains(missing.decoded_body(), "页面已过期，请刷新后重试"));
  FormFields stale = change;
  stale.emplace_back("csrf", first.csrf());  // the token of another session
  const auto refused = second.post("/admin/password", stale);
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(contains(refused.decoded_body(), "页面已过期，请刷新后重试"));
  // Nothing changed: the old password still signs in, the session still works.
  EXPECT_EQ(server.sign_in(name, kTestPassword).status, 303);
  EXPECT_EQ(second.get("/admin/").status, 200);
  const auto logout = second.post_without_csrf("/admin/logout", {});
  EXPECT_EQ(logout.status, 403);
  EXPECT_EQ(second.get("/admin/").status, 200);
}

TEST(SignInTest, IdleSessionRedirectsToLogin) {
  auto& server = AdminServer::instance();
  auto session = server.login_as(org::Role::kOfficer);
  ASSERT_EQ(session.get("/admin/").status, 200);
  {
    const std::string idle_since =
        accounts::format_instant(std::chrono::system_clock::now() - std::chrono::minutes(30) - std::chrono::seconds(1));
    auto c = server.app().database().lease();
    c->execute("UPDATE sessions SET last_seen_at = ? WHERE user_id = ?", {idle_since, session.user_id()});
  }
  const auto expired = session.get("/admin/");
  EXPECT_EQ(expired.status, 303);
  EXPECT_EQ(expired.header("location"), "/admin/login?next=%2Fadmin%2F");
  EXPECT_EQ(set_cookie_headers(expired, "gk_session").at(0), "gk_session=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0");
  // A POST from the dead session changes nothing and goes to the login too.
  const auto post = session.post("/admin/logout", {});
  EXPECT_EQ(post.status, 303);
  EXPECT_EQ(post.header("location"), "/admin/login?next=%2Fadmin%2Flogout");
}

TEST(SignInTest, FirstLoginForcesAPasswordChangeThatRenewsTheSession) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("first");
  server.create_user(name, org::Role::kOfficer, "Initial-Pass1", true);
  AdminSession session;
  const auto login = server.sign_in(name, "Initial-Pass1", &session);
  EXPECT_EQ(login.status, 303);
  EXPECT_EQ(login.header("location"), "/admin/password");
  const auto elsewhere = session.get("/admin/");
  EXPECT_EQ(elsewhere.status, 303);
  EXPECT_EQ(elsewhere.header("location"), "/admin/password");
  const auto form = session.get("/admin/password");
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.decoded_body(), "首次登录或密码被重置后"));
  const std::string csrf = csrf_in_page(form.decoded_body());
  ASSERT_FALSE(csrf.empty());

  const auto mismatch = session.post("/admin/password", {{"csrf", csrf},
                                                         {"current_password", "Initial-Pass1"},
                                                         {"new_password", "Changed-Pass2"},
                                                         {"confirm_password", "Changed-Pass3"}});
  EXPECT_EQ(mismatch.status, 422);
  EXPECT_TRUE(contains(mismatch.decoded_body(), "两次输入的新密码不一致"));
  const auto weak = session.post("/admin/password", {{"csrf", csrf},
                                                     {"current_password", "Initial-Pass1"},
                                                     {"new_password", "weakpassword"},
                                                     {"confirm_password", "weakpassword"}});
  EXPECT_EQ(weak.status, 422);
  EXPECT_TRUE(contains(weak.decoded_body(), "密码须包含小写字母、大写字母、数字、其他符号中的至少三类"));

  const auto changed = session.post("/admin/password", {{"csrf", csrf},
                                                        {"current_password", "Initial-Pass1"},
                                                        {"new_password", "Changed-Pass2"},
                                                        {"confirm_password", "Changed-Pass2"}});
  EXPECT_EQ(changed.status, 303);
  EXPECT_EQ(changed.header("location"), "/admin/");
  const std::string renewed = set_cookie_value(changed, "gk_session");
  EXPECT_EQ(renewed.size(), 64u);
  EXPECT_NE("gk_session=" + renewed, session.cookie());
  EXPECT_EQ(session.get("/admin/").status, 303);  // the old token is dead
  const auto home = server.get("/admin/", {{"Cookie", "gk_session=" + renewed + "; gk_flash=" +
                                                          set_cookie_value(changed, "gk_flash")}});
  EXPECT_EQ(home.status, 200);
  EXPECT_TRUE(contains(home.decoded_body(), "密码已修改"));
  EXPECT_EQ(set_cookie_headers(home, "gk_flash").at(0), "gk_flash=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0");
}

TEST(SignInTest, TotpStepAfterThePassword) {
  auto& server = AdminServer::instance();
  const std::string name = unique_name("totp");
  const int64_t id = server.create_user(name, org::Role::kOfficer);
  std::string secret;
  {
    auto c = server.app().database().lease();
    auto admin = accounts::find_user_by_username(*c, "admin")->actor("127.0.0.1");
    secret = accounts::enable_totp(*c, admin, id);
  }
  AdminSession session;
  const auto login = server.sign_in(name, kTestPassword, &session);
  EXPECT_EQ(login.status, 303);
  EXPECT_EQ(login.header("location"), "/admin/totp?next=%2Fadmin%2F");
  EXPECT_EQ(session.get("/admin/").header("location"), "/admin/totp");
  const auto step_page = session.get("/admin/totp?next=%2Fadmin%2F");
  EXPECT_EQ(step_page.status, 200);
  EXPECT_TRUE(contains(step_page.decoded_body(), "name=\"code\""));
  const std::string csrf = csrf_in_page(step_page.decoded_body());

  const auto wrong = session.post("/admin/totp", {{"csrf", csrf}, {"code", "12345"}, {"next", "/admin/"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(contains(wrong.decoded_body(), "验证码错误或已使用"));

  const std::string key = *accounts::base32_decode(secret);
  const std::string code = accounts::hotp_code(key, accounts::totp_step(std::chrono::system_clock::now()));
  const auto right = session.post("/admin/totp", {{"csrf", csrf}, {"code", code}, {"next", "/admin/"}});
  EXPECT_EQ(right.status, 303);
  EXPECT_EQ(right.header("location"), "/admin/");
  EXPECT_EQ(session.get("/admin/").status, 200);
}

TEST(SignInTest, LogoutEndsTheSession) {
  auto& server = AdminServer::instance();
  auto session = server.login_as(org::Role::kOffice);
  const auto reply = session.post("/admin/logout", {});
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.header("location"), "/admin/login");
  EXPECT_EQ(set_cookie_headers(reply, "gk_session").at(0), "gk_session=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0");
  EXPECT_EQ(session.get("/admin/").status, 303);
}

}  // namespace
}  // namespace gongkai::testing

namespace gongkai::testing {
namespace {

TEST(SignInTest, UserSetsUpTotpForThemself) {
  auto& server = AdminServer::instance();
  auto session = server.login_as(org::Role::kDeputyLeader);
  const auto intro = session.get("/admin/totp");
  EXPECT_EQ(intro.status, 200);
  EXPECT_NE(intro.decoded_body().find("action=\"/admin/totp/setup\""), std::string::npos);
  EXPECT_EQ(session.post("/admin/totp/setup", {}).status, 303);
  std::string secret;
  {
    auto c = server.app().database().lease();
    const auto user = accounts::require_user(*c, session.user_id());
    EXPECT_FALSE(user.totp_enabled);
    secret = user.totp_secret;
  }
  ASSERT_EQ(secret.size(), 32u);
  const auto shown = session.get("/admin/totp");
  EXPECT_NE(shown.decoded_body().find(secret), std::string::npos);
  EXPECT_NE(shown.decoded_body().find("otpauth://totp/"), std::string::npos);

  const auto wrong = session.post("/admin/totp/confirm", {{"code", "abcdef"}});
  EXPECT_EQ(wrong.status, 303);
  EXPECT_EQ(wrong.header("location"), "/admin/totp");
  const std::string code =
      accounts::hotp_code(*accounts::base32_decode(secret), accounts::totp_step(std::chrono::system_clock::now()));
  EXPECT_EQ(session.post("/admin/totp/confirm", {{"code", code}}).status, 303);
  auto c = server.app().database().lease();
  EXPECT_TRUE(accounts::require_user(*c, session.user_id()).totp_enabled);
  // From now on the password alone is not enough.
  EXPECT_EQ(server.sign_in(session.username(), kTestPassword).header("location"), "/admin/totp?next=%2Fadmin%2F");
}

}  // namespace
}  // namespace gongkai::testing
