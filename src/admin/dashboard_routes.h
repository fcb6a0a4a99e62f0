// gongkai/admin/dashboard_routes.h
//
// GET /admin/ — the signed-in user's start page (待办). For now a greeting
// and the sections the role may use; the workflow's lists of what waits for
// the user belong here.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_dashboard_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
