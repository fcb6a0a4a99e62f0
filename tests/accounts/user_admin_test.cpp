// Account administration by a 系统管理员, on both engines.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "accounts/login.h"
#include "accounts/user_admin.h"
#include "accounts/user_repository.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::testing {
namespace {

using namespace std::chrono_literals;
using accounts::Instant;

const Instant kT0 = std::chrono::sys_days(std::chrono::year(2026) / 11 / 27) + 2h;

class UserAdminTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_ = create_small_agency();
    admin_ = staff(add("admin", org::Role::kAdministrator));
    officer_ = staff(add("ma", org::Role::kOfficer));
  }

  int64_t add(const std::string& username, org::Role role, int64_t agency = 0) {
    accounts::NewUser user{agency ? agency : agency_, username, "测试", role, std::nullopt, "Right-Pass1", false};
    auto c = db_->lease();
    store::Transaction t(*c);
    const int64_t id = accounts::insert_user(*c, actor_, user, kT0);
    t.commit();
    return id;
  }

  org::StaffActor staff(int64_t id) {
    auto c = db_->lease();
    return accounts::require_user(*c, id).actor("10.0.0.1");
  }

  accounts::User user(int64_t id) {
    auto c = db_->lease();
    return accounts::require_user(*c, id);
  }

  accounts::LoginResult login(const std::string& username, const std::string& password, Instant now = kT0) {
    auto c = db_->lease();
    return accounts::login(*c, username, password, "10.0.0.7", now);
  }

  accounts::NewUser new_officer() {
    return {0, "yang", "杨建国", org::Role::kSecrecyReviewer, std::nullopt, "Initial-Pass1", false};
  }

  int64_t agency_ = 0;
  org::StaffActor admin_;
  org::StaffActor officer_;
};

TEST_P(UserAdminTest, AdministratorCreatesAnAccountThatMustChangeItsPassword) {
  const int64_t audits = count("audit_log");
  auto c = db_->lease();
  const int64_t id = accounts::create_user(*c, admin_, new_officer(), kT0);
  const auto created = user(id);
  EXPECT_EQ(created.agency_id, agency_);
  EXPECT_EQ(created.role, org::Role::kSecrecyReviewer);
  EXPECT_TRUE(created.must_change_password);
  EXPECT_EQ(created.created_at, "2026-11-27T02:00:00Z");
  EXPECT_EQ(count("audit_log"), audits + 1);
  const auto record = c->query_one("SELECT actor, action, entity_id, after_json FROM audit_log ORDER BY id DESC LIMIT 1");
  EXPECT_EQ(record->text(0), "admin");
  EXPECT_EQ(record->text(1), "user.create");
  EXPECT_EQ(record->text(2), std::to_string(id));
  const auto after = nlohmann::json::parse(record->text(3));
  EXPECT_EQ(after["username"], "yang");
  EXPECT_EQ(after["role"], "secrecy_reviewer");
  EXPECT_EQ(after["must_change_password"], true);
  EXPECT_EQ(record->text(3).find("argon2"), std::string::npos);
  EXPECT_TRUE(login("yang", "Initial-Pass1").must_change_password);
}

TEST_P(UserAdminTest, BadAccountsAreRefused) {
  auto c = db_->lease();
  auto bad_name = new_officer();
  bad_name.username = "Yang Jianguo";
  EXPECT_THROW(accounts::create_user(*c, admin_, bad_name, kT0), InvalidInput);
  auto weak = new_officer();
  weak.password = "password";
  EXPECT_THROW(accounts::create_user(*c, admin_, weak, kT0), InvalidInput);
  auto taken = new_officer();
  taken.username = "ma";
  EXPECT_THROW(accounts::create_user(*c, admin_, taken, kT0), Conflict);
  EXPECT_EQ(count("users"), 2);
}

TEST_P(UserAdminTest, OnlyAdministratorsManageAccounts) {
  const int64_t audits = count("audit_log");
  auto c = db_->lease();
  EXPECT_THROW(accounts::create_user(*c, officer_, new_officer(), kT0), Forbidden);
  EXPECT_THROW(accounts::reset_password(*c, officer_, admin_.user_id, "Other-Pass1", kT0), Forbidden);
  EXPECT_THROW(accounts::lock_user(*c, officer_, admin_.user_id), Forbidden);
  EXPECT_THROW(accounts::enable_totp(*c, officer_, officer_.user_id), Forbidden);
  EXPECT_EQ(count("users"), 2);
  EXPECT_EQ(count("audit_log"), audits);
  EXPECT_EQ(user(admin_.user_id).locked_until, std::nullopt);
}

TEST_P(UserAdminTest, ResetPasswordForcesAChangeAndEndsSessions) {
  const auto before = login("ma", "Right-Pass1");
  auto c = db_->lease();
  EXPECT_THROW(accounts::reset_password(*c, admin_, officer_.user_id, "weak", kT0), InvalidInput);
  accounts::reset_password(*c, admin_, officer_.user_id, "Reset-Pass9", kT0 + 1min);
  EXPECT_FALSE(accounts::find_active_session(*c, before.session->token, kT0 + 1min));
  EXPECT_FALSE(login("ma", "Right-Pass1").ok);
  const auto after = login("ma", "Reset-Pass9");
  EXPECT_TRUE(after.ok);
  EXPECT_TRUE(after.must_change_password);
}

TEST_P(UserAdminTest, LockAndUnlock) {
  auto c = db_->lease();
  accounts::lock_user(*c, admin_, officer_.user_id);
  EXPECT_EQ(login("ma", "Right-Pass1").message, "账号已被锁定，请联系系统管理员");
  accounts::unlock_user(*c, admin_, officer_.user_id);
  EXPECT_TRUE(login("ma", "Right-Pass1").ok);
  EXPECT_THROW(accounts::lock_user(*c, admin_, admin_.user_id), Conflict);
}

TEST_P(UserAdminTest, DeactivatedAccountCannotSignIn) {
  const auto session = login("ma", "Right-Pass1");
  auto c = db_->lease();
  accounts::deactivate_user(*c, admin_, officer_.user_id);
  EXPECT_FALSE(accounts::find_active_session(*c, session.session->token, kT0));
  EXPECT_EQ(login("ma", "Right-Pass1").message, "用户名或密码错误");
  EXPECT_THROW(accounts::deactivate_user(*c, admin_, officer_.user_id), Conflict);
  EXPECT_THROW(accounts::deactivate_user(*c, admin_, admin_.user_id), Conflict);
  accounts::activate_user(*c, admin_, officer_.user_id);
  EXPECT_TRUE(login("ma", "Right-Pass1").ok);
}

TEST_P(UserAdminTest, AnotherAgencysAccountIsNotFound) {
  int64_t other_agency = 0;
  {
    auto c = db_->lease();
    store::Transaction t(*c);
    org::Agency agency;
    agency.code = "other";
    agency.name = "其他局";
    agency.index_code = "000014350";
    agency.index_pattern = "{code}/{year}-{serial:5}";
    other_agency = org::create_agency(*c, actor_, agency);
    t.commit();
  }
  const int64_t stranger = add("stranger", org::Role::kOfficer, other_agency);
  auto c = db_->lease();
  EXPECT_THROW(accounts::lock_user(*c, admin_, stranger), NotFound);
  EXPECT_THROW(accounts::reset_password(*c, admin_, stranger, "Reset-Pass9", kT0), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, UserAdminTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
