// gongkai/admin/proposal_routes.h
//
// 建议提案 in the back office (/admin/proposals): the due block (replies due
// within 15 days, overdue), the list of items, the forms to register a
// session and an item; /admin/proposals/{id} one item with the forms to
// record the reply, the contact with the proposer and satisfaction, and to
// publish the result, or to extend the reply to 6 months (延期办理). Every
// route needs kManageKeyAreas. The main dashboard's block of replies due
// within 10 working days or overdue comes from proposal_due_view().
#pragma once

#include <nlohmann/json.hpp>

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_proposal_routes(AdminRoutes& routes);

// The dashboard's block, or null when the staff may not handle 建议提案 or
// nothing is due: {rows: [{url, title, session, number, due_on, overdue, left}],
// has_overdue, working_days}.
nlohmann::json proposal_due_view(AdminContext& context);

}  // namespace gongkai::admin
