#include "admin/dashboard_routes.h"

namespace gongkai::admin {

void register_dashboard_routes(AdminRoutes& routes) {
  routes.get("/admin/", org::Permission::kUseBackOffice, [](AdminContext& context) {
    return render_admin_page(context, "dashboard", nlohmann::json::object(), {"待办事项", "dashboard"});
  });
  routes.get("/admin", org::Permission::kUseBackOffice,
             [](AdminContext&) { return web::Response::redirect("/admin/", 301); });
}

}  // namespace gongkai::admin
