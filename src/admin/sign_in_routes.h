// gongkai/admin/sign_in_routes.h
//
// Signing in and out of the back office (登录、退出、修改密码、双因素认证):
//   GET/POST /admin/login     username and password, works without JS; the
//                             form carries a double-submit CSRF token (gk_login)
//   POST     /admin/logout    ends the session
//   GET/POST /admin/password  change the password (forced at first login)
//   GET/POST /admin/totp      the TOTP step after the password, or, once
//                             signed in, setting TOTP up for oneself
//   POST     /admin/totp/setup, /admin/totp/confirm
// After the password: a pending second factor → /admin/totp; a password to
// change → /admin/password; else `next` (a back-office path only).
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_sign_in_routes(web::Router& router, AdminRoutes& routes, app::App& app);

}  // namespace gongkai::admin
