#include "org/role.h"

#include <array>

namespace gongkai::org {
namespace {

struct RoleRow {
  Role role;
  std::string_view key;
  std::string_view name;
};

constexpr std::array<RoleRow, 6> kRoles{{
    {Role::kOfficer, "officer", "信息员"},
    {Role::kSecrecyReviewer, "secrecy_reviewer", "保密审查员"},
    {Role::kDeputyLeader, "deputy_leader", "分管领导"},
    {Role::kPrincipalLeader, "principal_leader", "主要领导"},
    {Role::kOffice, "office", "办公室"},
    {Role::kAdministrator, "administrator", "系统管理员"},
}};

const RoleRow& row_of(Role role) {
  for (const auto& row : kRoles) {
    if (row.role == role) return row;
  }
  return kRoles.front();  // unreachable: every enumerator has a row
}

}  // namespace

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> out;
    for (const auto& row : kRoles) out.push_back(row.role);
    return out;
  }();
  return roles;
}

std::string_view role_key(Role role) { return row_of(role).key; }
std::string_view role_name(Role role) { return row_of(role).name; }

std::optional<Role> role_from_key(std::string_view key) {
  for (const auto& row : kRoles) {
    if (row.key == key) return row.role;
  }
  return std::nullopt;
}

}  // namespace gongkai::org
