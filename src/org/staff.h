// gongkai/org/staff.h
//
// A staff member acting in the back office (or the CLI): who they are, their
// role and agency, and where the request came from. Domain functions take a
// StaffActor, check its role with org::may() and write the audit record with
// audit_actor().
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "org/permission.h"
#include "org/role.h"

namespace gongkai::org {

struct StaffActor {
  int64_t user_id = 0;
  int64_t agency_id = 0;
  std::string username;
  std::string display_name;
  Role role = Role::kOfficer;
  std::optional<int64_t> department_id;
  std::string remote_address;

  // The audit log's view: "username" and the address.
  audit::Actor audit_actor() const { return {username, remote_address}; }
  bool may(Permission permission) const { return org::may(role, permission); }
  // Throws Forbidden("您的角色（…）无权…") unless the role holds `permission`.
  void require(Permission permission) const;
};

}  // namespace gongkai::org
