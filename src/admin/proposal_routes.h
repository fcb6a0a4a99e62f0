// gongkai/admin/proposal_routes.h
//
// 建议提案 in the back office (/admin/proposals): the due block (replies due
// within 15 days, overdue), the list of items, the forms to register a
// session and an item; /admin/proposals/{id} one item with the forms to
// record the reply, the contact with the proposer and satisfaction, and to
// publish the result. Every route needs kManageKeyAreas.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_proposal_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
