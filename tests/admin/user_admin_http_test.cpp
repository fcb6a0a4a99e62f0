// 账号管理 and 审计日志 over HTTP: administrators only, bad input refused,
// the CSV export.
#include <gtest/gtest.h>

#include "accounts/user_repository.h"
#include "admin/admin_fixture.h"
#include "audit/audit_queries.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

int64_t user_count() {
  auto c = AdminServer::instance().app().database().lease();
  return c->query_one("SELECT COUNT(*) FROM users")->integer(0);
}

std::optional<accounts::User> user_named(const std::string& username) {
  auto c = AdminServer::instance().app().database().lease();
  return accounts::find_user_by_username(*c, username);
}

TEST(UserAdminHttpTest, RefusedForEveryRoleButAdministrator) {
  auto& server = AdminServer::instance();
  for (org::Role role : org::all_roles()) {
    if (role == org::Role::kAdministrator) continue;
    auto session = server.login_as(role);
    const auto list = session.get("/admin/users");
    EXPECT_EQ(list.status, 403) << org::role_key(role);
    EXPECT_TRUE(contains(list.decoded_body(), "无权执行此操作")) << org::role_key(role);
    EXPECT_FALSE(contains(list.decoded_body(), "href=\"/admin/users\"")) << "nav shows 账号 to " << org::role_key(role);
    const int64_t before = user_count();
    const auto create = session.post("/admin/users", {{"username", "intruder"},
                                                      {"display_name", "入侵者"},
                                                      {"role", "administrator"},
                                                      {"password", "Intruder-Pass1"}});
    EXPECT_EQ(create.status, 403) << org::role_key(role);
    EXPECT_EQ(user_count(), before);
    EXPECT_EQ(session.get("/admin/audit").status, 403);
    EXPECT_EQ(session.get("/admin/audit.csv").status, 403);
  }
  EXPECT_FALSE(user_named("intruder"));
}

TEST(UserAdminHttpTest, AdministratorCreatesAnAccountThatMustChangeItsPassword) {
  auto& server = AdminServer::instance();
  auto admin = server.login_as(org::Role::kAdministrator);
  const auto page = admin.get("/admin/users");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.decoded_body(), "xinxiyuan"));
  EXPECT_TRUE(contains(page.decoded_body(), "<option value=\"secrecy_reviewer\">保密审查员</option>"));

  const auto created = admin.post("/admin/users", {{"username", "liuqing"},
                                                   {"display_name", "刘青"},
                                                   {"role", "secrecy_reviewer"},
                                                   {"department_id", std::to_string(server.ids().department)},
                                                   {"password", "Liuqing-2026"}});
  EXPECT_EQ(created.status, 303);
  EXPECT_EQ(created.header("location"), "/admin/users");
  const auto user = user_named("liuqing");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, org::Role::kSecrecyReviewer);
  EXPECT_EQ(user->department_id, std::optional<int64_t>(server.ids().department));
  EXPECT_TRUE(user->must_change_password);
  const auto login = server.sign_in("liuqing", "Liuqing-2026");
  EXPECT_EQ(login.header("location"), "/admin/password");
}

TEST(UserAdminHttpTest, BadAccountsAreRefusedWithAMessage) {
  auto& server = AdminServer::instance();
  auto admin = server.login_as(org::Role::kAdministrator);
  const int64_t before = user_count();
  const auto weak = admin.post("/admin/users", {{"username", "weakling"},
                                                {"display_name", "弱密码"},
                                                {"role", "officer"},
                                                {"password", "password"}});
  EXPECT_EQ(weak.status, 400);
  EXPECT_TRUE(contains(weak.decoded_body(), "密码须包含小写字母、大写字母、数字、其他符号中的至少三类"));
  const auto no_role = admin.post("/admin/users", {{"username", "norole"},
                                                   {"display_name", "无角色"},
                                                   {"role", "king"},
                                                   {"password", "Norole-2026"}});
  EXPECT_EQ(no_role.status, 400);
  EXPECT_TRUE(contains(no_role.decoded_body(), "请选择角色"));
  const auto taken = admin.post("/admin/users", {{"username", "admin"},
                                                 {"display_name", "重名"},
                                                 {"role", "officer"},
                                                 {"password", "Taken-2026x"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_TRUE(contains(taken.decoded_body(), "用户名已被使用：admin"));
  EXPECT_EQ(user_count(), before);
  EXPECT_EQ(admin.post("/admin/users/999999/lock", {}).status, 404);
  EXPECT_EQ(admin.post("/admin/users/abc/lock", {}).status, 404);
}

TEST(UserAdminHttpTest, LockResetAndTotpThroughThePage) {
  auto& server = AdminServer::instance();
  auto admin = server.login_as(org::Role::kAdministrator);
  server.create_user("zhaolei", org::Role::kOfficer);
  const int64_t id = user_named("zhaolei")->id;
  const std::string base = "/admin/users/" + std::to_string(id);

  EXPECT_EQ(admin.post(base + "/lock", {}).status, 303);
  const auto locked = server.sign_in("zhaolei", kTestPassword);
  EXPECT_EQ(locked.status, 422);
  EXPECT_TRUE(contains(locked.decoded_body(), "账号已被锁定，请联系系统管理员"));
  EXPECT_TRUE(contains(admin.get("/admin/users").decoded_body(), "已锁定"));
  EXPECT_EQ(admin.post(base + "/unlock", {}).status, 303);
  EXPECT_EQ(server.sign_in("zhaolei", kTestPassword).status, 303);

  EXPECT_EQ(admin.post(base + "/reset-password", {{"password", "Reset-2026x"}}).status, 303);
  EXPECT_EQ(server.sign_in("zhaolei", "Reset-2026x").header("location"), "/admin/password");

  const auto totp = admin.post(base + "/totp/enable", {});
  EXPECT_EQ(totp.status, 200);
  const auto user = user_named("zhaolei");
  EXPECT_TRUE(user->totp_enabled);
  EXPECT_TRUE(contains(totp.decoded_body(), user->totp_secret));
  EXPECT_TRUE(contains(totp.decoded_body(), "otpauth://totp/"));
  EXPECT_EQ(admin.post(base + "/totp/disable", {}).status, 303);
  EXPECT_FALSE(user_named("zhaolei")->totp_enabled);

  EXPECT_EQ(admin.post("/admin/users/" + std::to_string(admin.user_id()) + "/deactivate", {}).status, 409);
}

TEST(AuditHttpTest, BrowseFiltersAndShowsTheChain) {
  auto& server = AdminServer::instance();
  auto admin = server.login_as(org::Role::kAdministrator);
  const auto page = admin.get("/admin/audit?actor=" + admin.username());
  EXPECT_EQ(page.status, 200);
  const std::string html = page.decoded_body();
  EXPECT_TRUE(contains(html, "哈希链校验通过"));
  // The administrator's own sign-in is the one record of that actor.
  EXPECT_TRUE(contains(html, "共1条记录"));
  EXPECT_TRUE(contains(html, "<td>auth.login</td>"));
  EXPECT_EQ(admin.get("/admin/audit?from=2026-13-01").status, 400);
  EXPECT_EQ(admin.get("/admin/audit?from=2026-02-01&to=2026-01-01").status, 400);
  EXPECT_EQ(admin.get("/admin/audit?page=0").status, 400);
}

TEST(AuditHttpTest, CsvExportOfTheFilteredRecords) {
  auto& server = AdminServer::instance();
  auto admin = server.login_as(org::Role::kAdministrator);
  server.create_user("sunmei", org::Role::kOffice);
  const int64_t id = user_named("sunmei")->id;
  ASSERT_EQ(admin.post("/admin/users/" + std::to_string(id) + "/lock", {}).status, 303);

  const auto reply = admin.get("/admin/audit.csv?actor=" + admin.username() + "&action=user.lock");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(reply.header("content-disposition").rfind("attachment; filename=\"audit-", 0), 0u);
  const std::string csv = reply.decoded_body();
  const std::string header = "\xEF\xBB\xBF编号,时间,操作人,来源地址,操作,对象,对象编号,修改前,修改后\r\n";
  ASSERT_EQ(csv.rfind(header, 0), 0u);
  // One row: the lock, by this administrator, from 127.0.0.1, with the
  // account's state before and after as quoted JSON.
  const std::string row = csv.substr(header.size());
  EXPECT_EQ(std::count(row.begin(), row.end(), '\n'), 1);
  EXPECT_TRUE(contains(row, "," + admin.username() + ",127.0.0.1,user.lock,user," + std::to_string(id) +
                                ",\"{\"\"active\"\":true,"));
  EXPECT_TRUE(contains(row, "\"\"locked_until\"\":null"));
  EXPECT_TRUE(contains(row, "\"\"locked_until\"\":\"\"2200-01-01T00:00:00Z\"\""));
  EXPECT_TRUE(contains(row, "\"\"username\"\":\"\"sunmei\"\"}\"\r\n"));
}

TEST(AuditCsvTest, QuotingAndFormulaGuard) {
  audit::AuditRecord record{7, "2026-11-27T10:00:00+08:00", "=cmd", "10.0.0.1", "user.create", "user", "3",
                            "", "{\"name\":\"a,b\"}"};
  EXPECT_EQ(audit::audit_csv({record}),
            "\xEF\xBB\xBF编号,时间,操作人,来源地址,操作,对象,对象编号,修改前,修改后\r\n"
            "7,2026-11-27T10:00:00+08:00,'=cmd,10.0.0.1,user.create,user,3,,\"{\"\"name\"\":\"\"a,b\"\"}\"\r\n");
}

}  // namespace
}  // namespace gongkai::testing
