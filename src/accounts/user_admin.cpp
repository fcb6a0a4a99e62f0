#include "accounts/user_admin.h"

#include <functional>

#include "accounts/password.h"
#include "accounts/totp.h"
#include "accounts/user_repository.h"
#include "audit/audit_log.h"
#include "core/errors.h"

namespace gongkai::accounts {
namespace {

// An administrator's lock lasts until unlocked: an instant far beyond any
// lockout (and within the range of system_clock's nanosecond time points).
constexpr const char* kLockedIndefinitely = "2200-01-01T00:00:00Z";

User target_of(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  staff.require(org::Permission::kManageUsers);
  User user = require_user(connection, user_id);
  if (user.agency_id != staff.agency_id) throw NotFound("未找到账号");
  return user;
}

void refuse_self(const org::StaffActor& staff, const User& user, const char* what) {
  if (staff.user_id == user.id) throw Conflict(std::string("不能") + what + "自己的账号");
}

// Runs `change` on the target inside one transaction and audits `action`
// with the account's state before and after.
void change_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id,
                 const std::string& action, const std::function<void(const User&)>& change) {
  store::Transaction transaction(connection);
  const User before = target_of(connection, staff, user_id);
  change(before);
  const User after = require_user(connection, user_id);
  audit::record(connection, staff.audit_actor(),
                {action, "user", std::to_string(user_id), user_audit_json(before), user_audit_json(after)});
  transaction.commit();
}

}  // namespace

int64_t create_user(store::Connection& connection, const org::StaffActor& staff, NewUser user, Instant now) {
  staff.require(org::Permission::kManageUsers);
  user.agency_id = staff.agency_id;
  user.must_change_password = true;
  store::Transaction transaction(connection);
  const int64_t id = insert_user(connection, staff.audit_actor(), user, now);
  transaction.commit();
  return id;
}

void reset_password(store::Connection& connection, const org::StaffActor& staff, int64_t user_id,
                    const std::string& new_password, Instant now) {
  change_user(connection, staff, user_id, "user.reset_password", [&](const User& user) {
    require_password_policy(new_password, user.username);
    connection.execute(
        "UPDATE users SET password_hash = ?, must_change_password = 1, password_changed_at = ?, failed_logins = 0, "
        "locked_until = NULL WHERE id = ?",
        {hash_password(new_password), format_instant(now), user.id});
    delete_user_sessions(connection, user.id);
  });
}

void lock_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  change_user(connection, staff, user_id, "user.lock", [&](const User& user) {
    refuse_self(staff, user, "锁定");
    connection.execute("UPDATE users SET locked_until = ? WHERE id = ?", {std::string(kLockedIndefinitely), user.id});
    delete_user_sessions(connection, user.id);
  });
}

void unlock_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  change_user(connection, staff, user_id, "user.unlock", [&](const User& user) {
    connection.execute("UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE id = ?", {user.id});
  });
}

void deactivate_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  change_user(connection, staff, user_id, "user.deactivate", [&](const User& user) {
    refuse_self(staff, user, "停用");
    if (!user.active) throw Conflict("该账号已停用");
    connection.execute("UPDATE users SET active = 0 WHERE id = ?", {user.id});
    delete_user_sessions(connection, user.id);
  });
}

void activate_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  change_user(connection, staff, user_id, "user.activate", [&](const User& user) {
    if (user.active) throw Conflict("该账号已启用");
    connection.execute("UPDATE users SET active = 1 WHERE id = ?", {user.id});
  });
}

std::string enable_totp(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  const std::string secret = new_totp_secret();
  change_user(connection, staff, user_id, "user.totp_enable", [&](const User& user) {
    connection.execute("UPDATE users SET totp_secret = ?, totp_enabled = 1, totp_last_step = 0 WHERE id = ?",
                       {secret, user.id});
  });
  return secret;
}

void disable_totp(store::Connection& connection, const org::StaffActor& staff, int64_t user_id) {
  change_user(connection, staff, user_id, "user.totp_disable", [&](const User& user) {
    if (!user.totp_enabled) throw Conflict("该账号未启用双因素认证");
    connection.execute("UPDATE users SET totp_secret = '', totp_enabled = 0, totp_last_step = 0 WHERE id = ?",
                       {user.id});
  });
}

std::string begin_own_totp_setup(store::Connection& connection, const ActiveSession& session,
                                 const std::string& remote_address) {
  store::Transaction transaction(connection);
  const User user = require_user(connection, session.user.id);
  if (user.totp_enabled) throw Conflict("双因素认证已启用");
  const std::string secret = new_totp_secret();
  connection.execute("UPDATE users SET totp_secret = ?, totp_last_step = 0 WHERE id = ?", {secret, user.id});
  audit::record(connection, {user.username, remote_address}, {"user.totp_setup", "user", std::to_string(user.id), "", ""});
  transaction.commit();
  return secret;
}

void confirm_own_totp(store::Connection& connection, const ActiveSession& session, const std::string& code,
                      const std::string& remote_address, Instant now) {
  store::Transaction transaction(connection);
  const User before = require_user(connection, session.user.id);
  if (before.totp_enabled) throw Conflict("双因素认证已启用");
  if (before.totp_secret.empty()) throw Conflict("请先生成密钥");
  const auto step = match_totp(before.totp_secret, code, now, before.totp_last_step);
  if (!step) throw InvalidInput("验证码错误，请核对手机上的认证器后重试");
  connection.execute("UPDATE users SET totp_enabled = 1, totp_last_step = ? WHERE id = ?", {*step, before.id});
  const User after = require_user(connection, before.id);
  audit::record(connection, {before.username, remote_address},
                {"user.totp_enable", "user", std::to_string(before.id), user_audit_json(before), user_audit_json(after)});
  transaction.commit();
}

}  // namespace gongkai::accounts
