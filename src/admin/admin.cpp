#include "admin/admin.h"

#include "admin/annual_report_routes.h"
#include "admin/assistance_routes.h"
#include "admin/organisation_routes.h"
#include "admin/credit_routes.h"
#include "admin/audit_routes.h"
#include "admin/dashboard_routes.h"
#include "admin/engagement_routes.h"
#include "admin/settings_routes.h"
#include "admin/item_routes.h"
#include "admin/proposal_routes.h"
#include "admin/service_routes.h"
#include "admin/window_routes.h"
#include "admin/request_routes.h"
#include "admin/sign_in_routes.h"
#include "admin/user_routes.h"

namespace gongkai::admin {

std::vector<DeclaredRoute> register_admin_routes(web::Router& router, app::App& app) {
  AdminRoutes routes(router, app);
  register_sign_in_routes(router, routes, app);
  register_dashboard_routes(routes);
  register_item_routes(routes);
  register_engagement_routes(routes);
  register_settings_routes(routes);
  register_request_routes(routes);
  register_assistance_routes(routes);
  register_organisation_routes(routes);
  register_credit_routes(routes);
  register_proposal_routes(routes);
  register_annual_report_routes(routes);
  register_service_routes(routes);
  register_window_routes(routes);
  register_user_routes(routes);
  register_audit_routes(routes);
  return routes.declared();
}

}  // namespace gongkai::admin
