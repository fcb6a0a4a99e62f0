// Login, lockout, sessions and the second factor, on both engines, with
// the clock injected.
#include <gtest/gtest.h>

#include "accounts/base32.h"
#include "accounts/login.h"
#include "accounts/session.h"
#include "accounts/totp.h"
#include "accounts/user_admin.h"
#include "accounts/user_repository.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"

namespace gongkai::testing {
namespace {

using namespace std::chrono_literals;
using accounts::Instant;

// 2026-11-27T02:00:00Z.
const Instant kT0 = std::chrono::sys_days(std::chrono::year(2026) / 11 / 27) + 2h;

class LoginTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_ = create_small_agency();
  }

  int64_t add_user(const std::string& username, org::Role role, bool must_change = false) {
    accounts::NewUser user;
    user.agency_id = agency_;
    user.username = username;
    user.display_name = "测试用户";
    user.role = role;
    user.password = "Right-Pass1";
    user.must_change_password = must_change;
    auto c = db_->lease();
    store::Transaction t(*c);
    const int64_t id = accounts::insert_user(*c, actor_, user, kT0);
    t.commit();
    return id;
  }

  accounts::LoginResult login(const std::string& username, const std::string& password, Instant now) {
    auto c = db_->lease();
    return accounts::login(*c, username, password, "10.0.0.7", now);
  }

  std::optional<accounts::ActiveSession> find(const std::string& token, Instant now) {
    auto c = db_->lease();
    return accounts::find_active_session(*c, token, now);
  }

  int64_t audit_count(const std::string& action) {
    auto c = db_->lease();
    return c->query_one("SELECT COUNT(*) FROM audit_log WHERE action = ?", {action})->integer(0);
  }

  accounts::User user(int64_t id) {
    auto c = db_->lease();
    return accounts::require_user(*c, id);
  }

  int64_t agency_ = 0;
};

TEST_P(LoginTest, RightPasswordOpensASessionAndAudits) {
  const int64_t id = add_user("ma", org::Role::kOfficer);
  const auto result = login("ma", "Right-Pass1", kT0);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.message, "");
  EXPECT_FALSE(result.needs_second_factor);
  EXPECT_FALSE(result.must_change_password);
  ASSERT_TRUE(result.session);
  EXPECT_EQ(result.session->token.size(), 64u);
  EXPECT_EQ(result.session->csrf_token.size(), 64u);
  const auto session = find(result.session->token, kT0 + 1min);
  ASSERT_TRUE(session);
  EXPECT_EQ(session->user.id, id);
  EXPECT_TRUE(session->second_factor_done);
  EXPECT_EQ(session->csrf_token, result.session->csrf_token);
  EXPECT_EQ(audit_count("auth.login"), 1);
  // The store holds the token's SHA-256, never the token.
  auto c = db_->lease();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", {result.session->token})->integer(0), 0);
  EXPECT_EQ(c->query_one("SELECT remote_address FROM sessions")->text(0), "10.0.0.7");
}

TEST_P(LoginTest, UnknownUserAndWrongPasswordGetTheSameMessage) {
  add_user("ma", org::Role::kOfficer);
  const auto unknown = login("nobody", "Right-Pass1", kT0);
  const auto wrong = login("ma", "Wrong-Pass1", kT0);
  EXPECT_FALSE(unknown.ok);
  EXPECT_FALSE(wrong.ok);
  EXPECT_EQ(unknown.message, "用户名或密码错误");
  EXPECT_EQ(wrong.message, "用户名或密码错误");
  EXPECT_FALSE(unknown.session);
  EXPECT_EQ(audit_count("auth.login_failed"), 2);
  EXPECT_EQ(count("sessions"), 0);
  auto c = db_->lease();
  const auto first = c->query_one("SELECT actor, remote_address, after_json FROM audit_log WHERE action = "
                                  "'auth.login_failed' ORDER BY id LIMIT 1");
  EXPECT_EQ(first->text(0), "public");
  EXPECT_EQ(first->text(1), "10.0.0.7");
  EXPECT_EQ(first->text(2), "{\"username\":\"nobody\"}");
  // Whatever is typed, the record stays bounded.
  EXPECT_EQ(login(std::string(100000, 'x'), "p", kT0).message, "用户名或密码错误");
  const auto long_one = c->query_one("SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1");
  EXPECT_EQ(long_one->text(0), "{\"username\":\"" + std::string(64, 'x') + "…\"}");  // 64 characters and an ellipsis
}

TEST_P(LoginTest, FiveFailuresLockForFifteenMinutes) {
  const int64_t id = add_user("ma", org::Role::kOfficer);
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(login("ma", "Wrong-Pass1", kT0 + std::chrono::seconds(i)).message, "用户名或密码错误");
  }
  EXPECT_EQ(user(id).failed_logins, 4);
  // The fifth wrong password (at kT0 + 5 s) locks until kT0 + 15 min 5 s.
  EXPECT_EQ(login("ma", "Wrong-Pass1", kT0 + 5s).message, "账号已被锁定，请15分钟后再试");
  EXPECT_EQ(user(id).locked_until, std::optional<std::string>("2026-11-27T02:15:05Z"));
  EXPECT_EQ(user(id).failed_logins, 0);
  EXPECT_EQ(audit_count("auth.lockout"), 1);
  // Even the right password is refused while locked, with the minutes left
  // rounded up: 14 min 5 s → 15; 13 min 5 s → 14; 5 s → 1.
  auto refused = login("ma", "Right-Pass1", kT0 + 1min);
  EXPECT_FALSE(refused.ok);
  EXPECT_EQ(refused.message, "账号已被锁定，请15分钟后再试");
  EXPECT_EQ(login("ma", "Right-Pass1", kT0 + 2min).message, "账号已被锁定，请14分钟后再试");
  EXPECT_EQ(login("ma", "Right-Pass1", kT0 + 15min).message, "账号已被锁定，请1分钟后再试");
  EXPECT_EQ(count("sessions"), 0);
  // At the end of the lock the right password works and clears it.
  const auto after = login("ma", "Right-Pass1", kT0 + 15min + 5s);
  EXPECT_TRUE(after.ok);
  EXPECT_EQ(user(id).locked_until, std::nullopt);
}

TEST_P(LoginTest, ASuccessResetsTheFailureCount) {
  const int64_t id = add_user("ma", org::Role::kOfficer);
  for (int i = 0; i < 4; ++i) login("ma", "Wrong-Pass1", kT0);
  EXPECT_TRUE(login("ma", "Right-Pass1", kT0).ok);
  EXPECT_EQ(user(id).failed_logins, 0);
  for (int i = 0; i < 4; ++i) login("ma", "Wrong-Pass1", kT0);
  EXPECT_EQ(user(id).locked_until, std::nullopt);
}

TEST_P(LoginTest, SessionDiesAfterThirtyIdleMinutes) {
  add_user("ma", org::Role::kOfficer);
  const std::string token = login("ma", "Right-Pass1", kT0).session->token;
  // Used at 29 min 59 s: alive, and the idle clock restarts from there.
  ASSERT_TRUE(find(token, kT0 + 29min + 59s));
  ASSERT_TRUE(find(token, kT0 + 59min + 58s));
  // Exactly 30 idle minutes later it is gone, and stays gone.
  EXPECT_FALSE(find(token, kT0 + 89min + 58s));
  EXPECT_EQ(count("sessions"), 0);
  EXPECT_FALSE(find(token, kT0 + 60min));
  EXPECT_FALSE(find("not-a-token", kT0));
}

TEST_P(LoginTest, ALoginClearsSessionsNobodyCameBackTo) {
  add_user("ma", org::Role::kOfficer);
  add_user("yang", org::Role::kOfficer);
  login("ma", "Right-Pass1", kT0);
  login("yang", "Right-Pass1", kT0 + 1min);
  EXPECT_EQ(count("sessions"), 2);
  // At kT0 + 30 min, ma's session is dead and yang's is not.
  login("yang", "Right-Pass1", kT0 + 30min);
  EXPECT_EQ(count("sessions"), 2);
  auto c = db_->lease();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = 'ma')")
                ->integer(0),
            0);
}

TEST_P(LoginTest, EveryLoginGetsANewToken) {
  add_user("ma", org::Role::kOfficer);
  const auto first = login("ma", "Right-Pass1", kT0);
  const auto second = login("ma", "Right-Pass1", kT0 + 1min);
  EXPECT_NE(first.session->token, second.session->token);
  EXPECT_NE(first.session->csrf_token, second.session->csrf_token);
}

TEST_P(LoginTest, NewAccountMustChangePasswordAndChangeRenewsTheSession) {
  const int64_t id = add_user("ma", org::Role::kOfficer, true);
  const auto result = login("ma", "Right-Pass1", kT0);
  ASSERT_TRUE(result.ok);
  EXPECT_TRUE(result.must_change_password);
  const auto session = *find(result.session->token, kT0);
  auto c = db_->lease();
  EXPECT_THROW(accounts::change_own_password(*c, session, "Wrong-Pass1", "New-Pass-22", "10.0.0.7", kT0),
               InvalidInput);
  EXPECT_THROW(accounts::change_own_password(*c, session, "Right-Pass1", "short", "10.0.0.7", kT0), InvalidInput);
  EXPECT_THROW(accounts::change_own_password(*c, session, "Right-Pass1", "Right-Pass1", "10.0.0.7", kT0),
               InvalidInput);
  EXPECT_TRUE(user(id).must_change_password);
  const auto renewed = accounts::change_own_password(*c, session, "Right-Pass1", "New-Pass-22", "10.0.0.7", kT0 + 1min);
  EXPECT_NE(renewed.token, result.session->token);
  EXPECT_FALSE(find(result.session->token, kT0 + 2min));
  EXPECT_TRUE(find(renewed.token, kT0 + 2min));
  EXPECT_FALSE(user(id).must_change_password);
  EXPECT_EQ(user(id).password_changed_at, std::optional<std::string>("2026-11-27T02:01:00Z"));
  EXPECT_EQ(audit_count("user.password_change"), 1);
  EXPECT_FALSE(login("ma", "Right-Pass1", kT0 + 3min).ok);
  EXPECT_TRUE(login("ma", "New-Pass-22", kT0 + 3min).ok);
}

TEST_P(LoginTest, SecondFactorIsRequiredAndACodeIsAcceptedOnce) {
  const int64_t admin_id = add_user("admin", org::Role::kAdministrator);
  const int64_t id = add_user("ma", org::Role::kOfficer);
  std::string secret;
  {
    auto c = db_->lease();
    secret = accounts::enable_totp(*c, user(admin_id).actor("10.0.0.1"), id);
  }
  const std::string key = *accounts::base32_decode(secret);
  const auto result = login("ma", "Right-Pass1", kT0);
  ASSERT_TRUE(result.ok);
  EXPECT_TRUE(result.needs_second_factor);
  const auto pending = *find(result.session->token, kT0);
  EXPECT_FALSE(pending.second_factor_done);

  const std::string code = accounts::hotp_code(key, accounts::totp_step(kT0));
  auto c = db_->lease();
  EXPECT_THROW(accounts::complete_second_factor(*c, pending, "000000" == code ? "111111" : "000000", "10.0.0.7", kT0),
               InvalidInput);
  accounts::complete_second_factor(*c, pending, code, "10.0.0.7", kT0);
  EXPECT_TRUE(find(result.session->token, kT0)->second_factor_done);
  EXPECT_EQ(user(id).totp_last_step, accounts::totp_step(kT0));
  EXPECT_EQ(audit_count("auth.second_factor"), 1);

  // The same code, in the same 30 seconds, on a new login: refused.
  const auto again = login("ma", "Right-Pass1", kT0 + 10s);
  const auto second = *find(again.session->token, kT0 + 10s);
  EXPECT_THROW(accounts::complete_second_factor(*c, second, code, "10.0.0.7", kT0 + 10s), InvalidInput);
  EXPECT_FALSE(find(again.session->token, kT0 + 10s)->second_factor_done);
}

TEST_P(LoginTest, LogoutDeletesTheSession) {
  add_user("ma", org::Role::kOfficer);
  const auto result = login("ma", "Right-Pass1", kT0);
  const auto session = *find(result.session->token, kT0);
  auto c = db_->lease();
  accounts::logout(*c, session, "10.0.0.7");
  EXPECT_FALSE(find(result.session->token, kT0));
  EXPECT_EQ(audit_count("auth.logout"), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, LoginTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
