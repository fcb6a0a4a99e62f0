// gongkai/admin/user_routes.h
//
// 账号管理, for administrators (Permission::kManageUsers):
//   GET  /admin/users                          the agency's accounts and the new-account form
//   POST /admin/users                          create (an initial password to change at first login)
//   POST /admin/users/{id}/reset-password      a new initial password
//   POST /admin/users/{id}/lock | unlock | deactivate | activate
//   POST /admin/users/{id}/totp/enable         shows the new secret once
//   POST /admin/users/{id}/totp/disable
// Each POST calls one accounts/user_admin.h function and redirects back
// with a flash message; refusals are the domain's exceptions.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_user_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
