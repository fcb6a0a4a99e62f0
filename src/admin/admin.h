// gongkai/admin/admin.h
//
// The back office under /admin/ (管理后台): staff sign in, see what waits for
// them and act through the domain. Every page group registers its routes
// through the shell of admin_context.h; admin.cpp lists the groups.
#pragma once

#include <vector>

#include "admin/admin_context.h"
#include "app/app.h"
#include "web/router.h"

namespace gongkai::admin {

// Registers every /admin/ route; returns the routes declared through the
// shell (the role-matrix test walks them). Callers may ignore the result.
std::vector<DeclaredRoute> register_admin_routes(web::Router& router, app::App& app);

}  // namespace gongkai::admin
