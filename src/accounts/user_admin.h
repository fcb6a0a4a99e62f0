// gongkai/accounts/user_admin.h
//
// Account administration (账号管理) by a 系统管理员 (Permission::kManageUsers),
// within the administrator's own agency, and a user's own TOTP set-up. Every
// function runs one transaction that holds the change and its audit record
// (user.create, user.reset_password, user.lock, user.unlock, user.deactivate,
// user.activate, user.totp_enable, user.totp_disable, user.totp_setup).
// Resetting, locking and deactivating end the account's sessions; an
// administrator may not lock or deactivate their own account.
#pragma once

#include <cstdint>
#include <string>

#include "accounts/instant.h"
#include "accounts/session.h"
#include "accounts/user.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::accounts {

// The new account belongs to the administrator's agency and must change its
// password at first login.
int64_t create_user(store::Connection& connection, const org::StaffActor& staff, NewUser user, Instant now);

// Sets a new initial password (policy applies), to be changed at next login;
// clears a lockout.
void reset_password(store::Connection& connection, const org::StaffActor& staff, int64_t user_id,
                    const std::string& new_password, Instant now);

void lock_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id);
void unlock_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id);
void deactivate_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id);
void activate_user(store::Connection& connection, const org::StaffActor& staff, int64_t user_id);

// Turns TOTP on with a new secret and returns it (base32) to hand over once.
std::string enable_totp(store::Connection& connection, const org::StaffActor& staff, int64_t user_id);
void disable_totp(store::Connection& connection, const org::StaffActor& staff, int64_t user_id);

// A signed-in user setting up TOTP for themself: begin stores a new pending
// secret (TOTP still off) and returns it; confirm turns TOTP on when `code`
// matches it (InvalidInput otherwise).
std::string begin_own_totp_setup(store::Connection& connection, const ActiveSession& session,
                                 const std::string& remote_address);
void confirm_own_totp(store::Connection& connection, const ActiveSession& session, const std::string& code,
                      const std::string& remote_address, Instant now);

}  // namespace gongkai::accounts
