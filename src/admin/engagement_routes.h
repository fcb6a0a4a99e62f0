// gongkai/admin/engagement_routes.h
//
// The back office of public engagement: /admin/consultations (意见征集:
// list, open, edit, link the policy, moderate comments, publish 采纳情况),
// /admin/letters (行政首长信箱: list with overdue letters, assign, reply,
// publish the masked exchange) and /admin/opinion (舆情: list, record,
// response, report upward). Each route names its permission; the domain
// checks it again. Refused input re-renders the page with the message.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_engagement_routes(AdminRoutes& routes);

// What waits for the signed-in user in engagement (engagement_inbox.h), as
// dashboard rows {label, count, url}; empty when nothing waits.
nlohmann::json engagement_task_rows(AdminContext& context);

}  // namespace gongkai::admin
