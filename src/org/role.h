// gongkai/org/role.h
//
// The roles of staff in the back office, as the source document names the
// people who prepare, review, approve and publish information. A user has
// exactly one role. Keys are what the store holds; names are what the UI shows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::org {

enum class Role {
  kOfficer,          // 信息员: a department's information officer; drafts items
  kSecrecyReviewer,  // 保密审查员: the secrecy review (保密审查)
  kDeputyLeader,     // 分管领导: approves ordinary items (一般事项)
  kPrincipalLeader,  // 主要领导: approves major items (重大事项)
  kOffice,           // 办公室: the disclosure office; publishes, runs engagement
  kAdministrator,    // 系统管理员: accounts, settings, the audit log
};

// Every role, in the order the UI lists them.
const std::vector<Role>& all_roles();

// "officer", "secrecy_reviewer", … (the store's key).
std::string_view role_key(Role role);
// "信息员", "保密审查员", …
std::string_view role_name(Role role);
// The role for a key, or nullopt.
std::optional<Role> role_from_key(std::string_view key);

}  // namespace gongkai::org
