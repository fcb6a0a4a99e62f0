// gongkai/admin/organisation_routes.h
//
// 社会组织登记 in the back office (/admin/organisations): the registry with
// search and the registration form; /admin/organisations/{id} one
// organisation with its history and the forms to change, cancel (注销) and
// record an annual inspection (年检). Every route needs kManageKeyAreas; a
// refused form is shown again with its reason (422, or 409 for a duplicate
// credit code or a second cancellation).
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_organisation_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
