#include "accounts/login.h"

#include <nlohmann/json.hpp>

#include "accounts/password.h"
#include "accounts/totp.h"
#include "accounts/user_repository.h"
#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/text.h"

namespace gongkai::accounts {
namespace {

constexpr size_t kMaxUsernameBytes = 64;  // longer input is no username (they are at most 32)

// A lock further away than an automatic lockout was set by an administrator.
bool locked_by_administrator(Instant until, Instant now) { return until - now > kLockoutDuration; }

std::optional<Instant> lock_end(const User& user) {
  if (!user.locked_until) return std::nullopt;
  return parse_instant(*user.locked_until);
}

std::string locked_message(Instant until, Instant now) {
  if (locked_by_administrator(until, now)) return "账号已被锁定，请联系系统管理员";
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(until - now).count();
  const auto minutes = (seconds + 59) / 60;
  return "账号已被锁定，请" + std::to_string(minutes) + "分钟后再试";
}

LoginResult refused(std::string message) { return LoginResult{false, std::move(message), std::nullopt, false, false}; }

std::string username_json(const std::string& username) { return nlohmann::json{{"username", username}}.dump(); }

// Counts a failed attempt; the fifth locks the account. Returns the message to show.
std::string count_failure(store::Connection& connection, const User& user, const audit::Actor& actor,
                          const std::string& action, Instant now) {
  const int failures = user.failed_logins + 1;
  const std::string id = std::to_string(user.id);
  if (failures < kMaxFailedLogins) {
    connection.execute("UPDATE users SET failed_logins = ? WHERE id = ?", {int64_t{failures}, user.id});
    audit::record(connection, actor, {action, "user", id, "", nlohmann::json{{"failed_logins", failures}}.dump()});
    return kBadCredentialsMessage;
  }
  const Instant until = now + kLockoutDuration;
  connection.execute("UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?",
                     {format_instant(until), user.id});
  delete_user_sessions(connection, user.id);
  audit::record(connection, actor, {action, "user", id, "", nlohmann::json{{"failed_logins", failures}}.dump()});
  audit::record(connection, actor,
                {"auth.lockout", "user", id, "", nlohmann::json{{"locked_until", format_instant(until)}}.dump()});
  return locked_message(until, now);
}

}  // namespace

LoginResult login(store::Connection& connection, const std::string& username, const std::string& password,
                  const std::string& remote_address, Instant now) {
  store::Transaction transaction(connection);
  const auto user = username.size() <= kMaxUsernameBytes ? find_user_by_username(connection, username) : std::nullopt;
  if (!user || !user->active) {
    // Nobody signed in: the attempt is the public's, with what was typed (bounded).
    const std::string typed = is_valid_utf8(username) ? utf8_truncate(username, kMaxUsernameBytes) : "";
    audit::record(connection, {"public", remote_address},
                  {"auth.login_failed", "user", user ? std::to_string(user->id) : "", "", username_json(typed)});
    transaction.commit();
    return refused(kBadCredentialsMessage);
  }
  const audit::Actor actor{user->username, remote_address};
  if (const auto until = lock_end(*user); until && *until > now) {
    audit::record(connection, actor, {"auth.login_refused_locked", "user", std::to_string(user->id), "", ""});
    transaction.commit();
    return refused(locked_message(*until, now));
  }
  if (!verify_password(password, user->password_hash)) {
    std::string message = count_failure(connection, *user, actor, "auth.login_failed", now);
    transaction.commit();
    return refused(std::move(message));
  }
  connection.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?", {user->id});
  LoginResult result;
  result.ok = true;
  result.needs_second_factor = user->totp_enabled;
  result.must_change_password = user->must_change_password;
  result.session = create_session(connection, user->id, !user->totp_enabled, remote_address, now);
  audit::record(connection, actor,
                {"auth.login", "user", std::to_string(user->id), "",
                 nlohmann::json{{"second_factor_pending", user->totp_enabled}}.dump()});
  transaction.commit();
  return result;
}

void complete_second_factor(store::Connection& connection, const ActiveSession& session, const std::string& code,
                            const std::string& remote_address, Instant now) {
  const audit::Actor actor{session.user.username, remote_address};
  store::Transaction transaction(connection);
  const User user = require_user(connection, session.user.id);
  if (!user.totp_enabled) throw Conflict("该账号未启用双因素认证");
  const auto step = match_totp(user.totp_secret, code, now, user.totp_last_step);
  if (!step) {
    std::string message = count_failure(connection, user, actor, "auth.second_factor_failed", now);
    transaction.commit();
    throw InvalidInput(message == kBadCredentialsMessage ? "验证码错误或已使用" : message);
  }
  connection.execute("UPDATE users SET totp_last_step = ?, failed_logins = 0 WHERE id = ?", {*step, user.id});
  mark_second_factor_done(connection, session.token_hash);
  audit::record(connection, actor, {"auth.second_factor", "user", std::to_string(user.id), "", ""});
  transaction.commit();
}

NewSession change_own_password(store::Connection& connection, const ActiveSession& session,
                               const std::string& current_password, const std::string& new_password,
                               const std::string& remote_address, Instant now) {
  const audit::Actor actor{session.user.username, remote_address};
  store::Transaction transaction(connection);
  const User user = require_user(connection, session.user.id);
  if (!verify_password(current_password, user.password_hash)) throw InvalidInput("当前密码不正确");
  require_password_policy(new_password, user.username);
  if (new_password == current_password) throw InvalidInput("新密码不能与当前密码相同");
  connection.execute(
      "UPDATE users SET password_hash = ?, must_change_password = 0, password_changed_at = ? WHERE id = ?",
      {hash_password(new_password), format_instant(now), user.id});
  delete_user_sessions(connection, user.id);
  NewSession renewed = create_session(connection, user.id, session.second_factor_done, remote_address, now);
  audit::record(connection, actor,
                {"user.password_change", "user", std::to_string(user.id),
                 nlohmann::json{{"must_change_password", user.must_change_password}}.dump(),
                 nlohmann::json{{"must_change_password", false}}.dump()});
  transaction.commit();
  return renewed;
}

void logout(store::Connection& connection, const ActiveSession& session, const std::string& remote_address) {
  store::Transaction transaction(connection);
  delete_session(connection, session.token_hash);
  audit::record(connection, {session.user.username, remote_address},
                {"auth.logout", "user", std::to_string(session.user.id), "", ""});
  transaction.commit();
}

}  // namespace gongkai::accounts
