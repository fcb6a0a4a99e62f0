// gongkai/accounts/demo_accounts.h
//
// The demo agency's staff accounts, one per role (data/demo/README.md lists
// them with their initial passwords). They must change the password at first
// login, unless `ready` (the documented demo mode), which leaves them usable
// as they are for demonstrations and the browser test.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "accounts/instant.h"
#include "audit/audit_log.h"
#include "org/role.h"
#include "store/database.h"

namespace gongkai::accounts {

struct DemoAccount {
  const char* username;
  const char* display_name;
  org::Role role;
  const char* department_code;  // "" for none
  const char* password;
};

const std::vector<DemoAccount>& demo_accounts();

// Creates every demo account in `agency_id` (inside the caller's
// transaction); returns how many.
int create_demo_accounts(store::Connection& connection, const audit::Actor& actor, int64_t agency_id, bool ready,
                         Instant now);

}  // namespace gongkai::accounts
