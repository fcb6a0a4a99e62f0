// gongkai/accounts/login.h
//
// Signing in and what belongs to it (登录):
//   - login(): five wrong passwords in a row lock the account for 15
//     minutes (the counter and the lock live in `users`); a locked account
//     is refused with the minutes remaining; an unknown user, a wrong
//     password and a deactivated account get the same message. Success opens
//     a NEW session (the token is renewed at every login) whose second factor
//     is pending when the account has TOTP on.
//   - complete_second_factor(): a TOTP code, each step accepted once; wrong
//     codes count as failed logins.
//   - change_own_password(): checks the current password and the policy,
//     ends every session of the account and opens a new one (renewal).
//   - logout(): deletes the session.
// Each runs its own transaction and audits: auth.login, auth.login_failed,
// auth.lockout, auth.second_factor, user.password_change, auth.logout.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "accounts/instant.h"
#include "accounts/session.h"
#include "store/database.h"

namespace gongkai::accounts {

inline constexpr int kMaxFailedLogins = 5;
inline constexpr std::chrono::minutes kLockoutDuration{15};
inline constexpr const char* kBadCredentialsMessage = "用户名或密码错误";

struct LoginResult {
  bool ok = false;
  std::string message;                 // why it failed (Chinese), "" on success
  std::optional<NewSession> session;   // on success
  bool needs_second_factor = false;    // TOTP is on: /admin/totp next
  bool must_change_password = false;   // first login or reset: /admin/password next
};

LoginResult login(store::Connection& connection, const std::string& username, const std::string& password,
                  const std::string& remote_address, Instant now);

// Throws InvalidInput ("验证码错误或已使用") for a wrong, stale or replayed code.
void complete_second_factor(store::Connection& connection, const ActiveSession& session, const std::string& code,
                            const std::string& remote_address, Instant now);

// Throws InvalidInput for a wrong current password or a new one breaking the
// policy (or equal to the current one). Returns the new session.
NewSession change_own_password(store::Connection& connection, const ActiveSession& session,
                               const std::string& current_password, const std::string& new_password,
                               const std::string& remote_address, Instant now);

void logout(store::Connection& connection, const ActiveSession& session, const std::string& remote_address);

}  // namespace gongkai::accounts
