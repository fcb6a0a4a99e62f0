// gongkai/admin/service_routes.h
//
// 权力清单和政务服务事项 in the back office (/admin/services): the list of
// items with their kind, limits and state, the form to create one (as a
// draft); /admin/services/{id} one item with its edit form and the buttons
// to publish or withdraw it. Every route needs kHandleServiceWindow.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_service_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
