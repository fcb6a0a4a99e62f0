// gongkai/accounts/user.h
//
// A staff account (工作人员账号) as stored in `users`, and what creating one
// takes. The password hash and the TOTP secret never leave accounts/ except
// to be shown once to the person setting TOTP up.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "org/role.h"
#include "org/staff.h"

namespace gongkai::accounts {

struct User {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string username;
  std::string display_name;
  org::Role role = org::Role::kOfficer;
  std::optional<int64_t> department_id;
  std::string password_hash;
  bool must_change_password = true;
  std::string totp_secret;  // base32, "" until set up
  bool totp_enabled = false;
  int64_t totp_last_step = 0;
  int failed_logins = 0;
  std::optional<std::string> locked_until;  // instant (accounts/instant.h)
  bool active = true;
  std::string created_at;
  std::optional<std::string> password_changed_at;

  // The actor this user acts as, from `remote_address`.
  org::StaffActor actor(const std::string& remote_address) const;
};

struct NewUser {
  int64_t agency_id = 0;
  std::string username;      // [a-z0-9_.-]{2,32}
  std::string display_name;  // 1–50 characters
  org::Role role = org::Role::kOfficer;
  std::optional<int64_t> department_id;  // of the same agency
  std::string password;                  // must meet the policy
  bool must_change_password = true;
};

}  // namespace gongkai::accounts
