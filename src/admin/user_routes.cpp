#include "admin/user_routes.h"

#include <chrono>
#include <map>

#include "accounts/instant.h"
#include "accounts/totp.h"
#include "accounts/user_admin.h"
#include "accounts/user_repository.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::admin {
namespace {

using org::Permission;

std::string status_of(const accounts::User& user, accounts::Instant now) {
  if (!user.active) return "已停用";
  if (user.locked_until) {
    const auto until = accounts::parse_instant(*user.locked_until);
    if (until && *until > now) return "已锁定";
  }
  return "正常";
}

nlohmann::json users_view(AdminContext& context) {
  auto connection = context.app.database().lease();
  const auto departments = org::list_departments(*connection, context.staff.agency_id);
  std::map<int64_t, std::string> department_names;
  nlohmann::json department_options = nlohmann::json::array();
  for (const auto& d : departments) {
    department_names[d.id] = d.name;
    department_options.push_back({{"id", d.id}, {"name", d.name}});
  }
  nlohmann::json roles = nlohmann::json::array();
  for (org::Role role : org::all_roles()) {
    roles.push_back({{"key", std::string(org::role_key(role))}, {"name", std::string(org::role_name(role))}});
  }
  const auto now = std::chrono::system_clock::now();
  nlohmann::json users = nlohmann::json::array();
  for (const auto& user : accounts::list_users(*connection, context.staff.agency_id)) {
    const std::string status = status_of(user, now);
    users.push_back({
        {"id", user.id},
        {"username", user.username},
        {"name", user.display_name},
        {"role_name", std::string(org::role_name(user.role))},
        {"department", user.department_id ? department_names[*user.department_id] : std::string()},
        {"status", status},
        {"normal", status == "正常"},
        {"locked", status == "已锁定"},
        {"active", user.active},
        {"must_change", user.must_change_password},
        {"totp", user.totp_enabled},
        {"self", user.id == context.staff.user_id},
    });
  }
  return {{"users", users}, {"roles", roles}, {"departments", department_options}};
}

std::optional<int64_t> department_field(const std::string& text) {
  if (text.empty()) return std::nullopt;
  try {
    size_t used = 0;
    const int64_t id = std::stoll(text, &used);
    if (used == text.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  throw InvalidInput("科室无效");
}

web::Response create(AdminContext& context) {
  const auto role = org::role_from_key(context.form.value("role"));
  if (!role) throw InvalidInput("请选择角色");
  accounts::NewUser user;
  user.username = context.form.value("username");
  user.display_name = context.form.value("display_name");
  user.role = *role;
  user.department_id = department_field(context.form.value("department_id"));
  user.password = context.form.value("password");
  {
    auto connection = context.app.database().lease();
    accounts::create_user(*connection, context.staff, user, std::chrono::system_clock::now());
  }
  return redirect_with_flash(context, "/admin/users", "已创建账号 " + user.username + "，首次登录须修改初始密码");
}

// A POST /admin/users/{id}/… that calls `change` and flashes `done`.
AdminHandler account_action(void (*change)(store::Connection&, const org::StaffActor&, int64_t), std::string done) {
  return [change, done](AdminContext& context) {
    const int64_t id = context.id_param();
    {
      auto connection = context.app.database().lease();
      change(*connection, context.staff, id);
    }
    return redirect_with_flash(context, "/admin/users", done);
  };
}

web::Response reset(AdminContext& context) {
  const int64_t id = context.id_param();
  {
    auto connection = context.app.database().lease();
    accounts::reset_password(*connection, context.staff, id, context.form.value("password"),
                             std::chrono::system_clock::now());
  }
  return redirect_with_flash(context, "/admin/users", "密码已重置，该用户下次登录须修改密码");
}

web::Response enable_totp(AdminContext& context) {
  const int64_t id = context.id_param();
  std::string secret;
  accounts::User user;
  {
    auto connection = context.app.database().lease();
    secret = accounts::enable_totp(*connection, context.staff, id);
    user = accounts::require_user(*connection, id);
  }
  nlohmann::json content = {{"username", user.username},
                            {"name", user.display_name},
                            {"secret", secret},
                            {"uri", accounts::otpauth_uri("政务公开管理后台", user.username, secret)}};
  return render_admin_page(context, "user_totp", std::move(content), {"双因素认证已启用", "users"});
}

}  // namespace

void register_user_routes(AdminRoutes& routes) {
  routes.get("/admin/users", Permission::kManageUsers, [](AdminContext& context) {
    return render_admin_page(context, "users", users_view(context), {"账号管理", "users"});
  });
  routes.post("/admin/users", Permission::kManageUsers, create);
  routes.post("/admin/users/{id}/reset-password", Permission::kManageUsers, reset);
  routes.post("/admin/users/{id}/lock", Permission::kManageUsers, account_action(accounts::lock_user, "账号已锁定"));
  routes.post("/admin/users/{id}/unlock", Permission::kManageUsers, account_action(accounts::unlock_user, "账号已解锁"));
  routes.post("/admin/users/{id}/deactivate", Permission::kManageUsers,
              account_action(accounts::deactivate_user, "账号已停用"));
  routes.post("/admin/users/{id}/activate", Permission::kManageUsers,
              account_action(accounts::activate_user, "账号已启用"));
  routes.post("/admin/users/{id}/totp/enable", Permission::kManageUsers, enable_totp);
  routes.post("/admin/users/{id}/totp/disable", Permission::kManageUsers,
              account_action(accounts::disable_totp, "双因素认证已停用"));
}

}  // namespace gongkai::admin
