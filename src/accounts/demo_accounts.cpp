#include "accounts/demo_accounts.h"

#include "accounts/user_repository.h"
#include "core/errors.h"

namespace gongkai::accounts {
namespace {

std::optional<int64_t> department_id(store::Connection& connection, int64_t agency_id, const std::string& code) {
  if (code.empty()) return std::nullopt;
  auto row = connection.query_one("SELECT id FROM departments WHERE agency_id = ? AND code = ?", {agency_id, code});
  if (!row) throw InvalidInput("演示账号的科室不存在：" + code);
  return row->integer(0);
}

std::string placed_department(const DemoAccountPlacement& placement, const std::string& code) {
  const auto found = placement.department_codes.find(code);
  return found == placement.department_codes.end() ? code : found->second;
}

}  // namespace

const std::vector<DemoAccount>& demo_accounts() {
  using enum org::Role;
  static const std::vector<DemoAccount> accounts{
      {"xinxiyuan", "马晓燕", kOfficer, "shjzk", "Xinxi@2017"},
      {"baomi", "杨建国", kSecrecyReviewer, "bgs", "Baomi@2017"},
      {"fenguan", "李文华", kDeputyLeader, "", "Fenguan@2017"},
      {"zhuyao", "王志强", kPrincipalLeader, "", "Zhuyao@2017"},
      {"bangongshi", "张丽", kOffice, "bgs", "Bangong@2017"},
      {"admin", "系统管理员", kAdministrator, "", "Admin@2017"},
  };
  return accounts;
}

int create_demo_accounts(store::Connection& connection, const audit::Actor& actor, int64_t agency_id, bool ready,
                         Instant now, const DemoAccountPlacement& placement) {
  int count = 0;
  for (const auto& account : demo_accounts()) {
    NewUser user;
    user.agency_id = agency_id;
    user.username = placement.username_prefix + account.username;
    user.display_name = account.display_name;
    user.role = account.role;
    user.department_id = department_id(connection, agency_id, placed_department(placement, account.department_code));
    user.password = account.password;
    user.must_change_password = !ready;
    insert_user(connection, actor, user, now);
    ++count;
  }
  return count;
}

}  // namespace gongkai::accounts
