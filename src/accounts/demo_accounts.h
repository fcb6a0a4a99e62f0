// gongkai/accounts/demo_accounts.h
//
// The demo agency's staff accounts, one per role (data/demo/README.md lists
// them with their initial passwords). They must change the password at first
// login, unless `ready` (the documented demo mode), which leaves them usable
// as they are for demonstrations and the browser test. A second demo agency
// gets the same accounts under a username prefix (lt_bangongshi, …), with the
// same passwords, in its own departments.
#pragma once

#include <cstdint>
#include <map>
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

// Where a set of demo accounts goes: the prefix before every username and,
// for an agency whose departments differ from the first demo agency's, this
// agency's department code for each one the table names (bgs, shjzk).
struct DemoAccountPlacement {
  std::string username_prefix;
  std::map<std::string, std::string> department_codes;
};

// Creates every demo account in `agency_id` (inside the caller's
// transaction); returns how many.
int create_demo_accounts(store::Connection& connection, const audit::Actor& actor, int64_t agency_id, bool ready,
                         Instant now, const DemoAccountPlacement& placement = {});

}  // namespace gongkai::accounts
