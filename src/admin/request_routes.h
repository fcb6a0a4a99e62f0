// gongkai/admin/request_routes.h
//
// The back office of 依申请公开 (disclosure on request), all behind
// Permission::kHandleRequests (办公室):
//   /admin/requests                   the list (open, attention, closed, all; by year; paged)
//   /admin/requests/new               register an application received by letter, in person,
//                                     by fax or e-mail, with its scanned form; the answer shows
//                                     the tracking code and query password once
//   /admin/requests/{id}              the case: application, clock and how the deadline was
//                                     reached, timeline, files, appeals, the forms the phase allows
//   /admin/requests/{id}/act          one handling step (requests::act_on_request)
//   /admin/requests/{id}/reveal-id    the ID number in clear, once, audited
//   /admin/requests/{id}/reply        the reply letter, printable; reply.pdf the same as a PDF
//   /admin/complaints                 投诉举报: list, record, handle
// Every POST makes one domain call and redirects with a flash message; a
// refusal (InvalidInput, Conflict) comes back as the flash, nothing changed.
#pragma once

#include <nlohmann/json.hpp>

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_request_routes(AdminRoutes& routes);

// The dashboard's 依申请公开 block for a user who handles requests:
// {due_soon: [rows], overdue: [rows], has_…, count}; null when the user may not.
nlohmann::json request_attention_view(AdminContext& context);

}  // namespace gongkai::admin
