#include <chrono>
#include <iostream>

#include "accounts/secure_random.h"
#include "accounts/user_repository.h"
#include "app/app.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::cli {
namespace {

org::Agency agency_for(store::Connection& connection, const std::string& code) {
  if (!code.empty()) return org::require_agency(connection, code);
  const auto agencies = org::list_agencies(connection);
  if (agencies.empty()) throw NotFound("数据库中还没有机关，请先运行 gongkai init");
  if (agencies.size() > 1) throw InvalidInput("数据库中有多个机关，请用 --agency 指定");
  return agencies.front();
}

std::optional<int64_t> department_for(store::Connection& connection, int64_t agency_id, const std::string& code) {
  if (code.empty()) return std::nullopt;
  for (const auto& department : org::list_departments(connection, agency_id)) {
    if (department.code == code) return department.id;
  }
  throw NotFound("未找到科室：" + code);
}

// 16 hex characters with a fixed "Gk-" prefix: lower, upper, digit and other.
std::string generated_password() { return "Gk-" + accounts::random_hex(8); }

}  // namespace

int run_user_add(const CommonOptions& options, const UserAddOptions& user) {
  const auto role = org::role_from_key(user.role);
  if (!role) {
    std::string keys;
    for (org::Role r : org::all_roles()) keys += (keys.empty() ? "" : "、") + std::string(org::role_key(r));
    throw InvalidInput("未知角色：" + user.role + "（可选：" + keys + "）");
  }
  app::App application(app_config(options));
  auto connection = application.database().lease();
  const org::Agency agency = agency_for(*connection, user.agency);
  accounts::NewUser account;
  account.agency_id = agency.id;
  account.username = user.username;
  account.display_name = user.name;
  account.role = *role;
  account.department_id = department_for(*connection, agency.id, user.department);
  account.password = user.password.empty() ? generated_password() : user.password;
  account.must_change_password = true;
  store::Transaction transaction(*connection);
  const int64_t id = accounts::insert_user(*connection, cli_actor(), account, std::chrono::system_clock::now());
  transaction.commit();
  std::cout << "已创建账号：" << account.username << "（" << org::role_name(*role) << "，" << agency.name << "，编号"
            << id << "）\n";
  if (user.password.empty()) std::cout << "初始密码：" << account.password << "\n";
  std::cout << "首次登录须修改初始密码。\n";
  return 0;
}

}  // namespace gongkai::cli
