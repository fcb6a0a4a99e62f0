// gongkai/admin/audit_routes.h
//
// 审计日志, for administrators (Permission::kViewAudit):
//   GET /admin/audit      filters (actor, action, entity, entity id, from,
//                         to), 50 records a page newest first, and the hash
//                         chain's verification result
//   GET /admin/audit.csv  the filtered records as CSV (audit/audit_queries.h)
// The log is the installation's: it is not split by agency.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_audit_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
