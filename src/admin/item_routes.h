// gongkai/admin/item_routes.h
//
// The back office's pages for the proactive-disclosure workflow (信息发布):
//   GET  /admin/items                     list, ?state= filter
//   GET  /admin/items/new, POST           draft an item (预览 re-renders with the preview)
//   GET  /admin/items/{id}                metadata, timeliness, history, channels, actions
//   GET  /admin/items/{id}/review         the same with original and redacted bodies side by side
//   GET  /admin/items/{id}/edit, POST     edit a draft
//   POST /admin/items/{id}/attachments    upload (multipart)
//   POST /admin/items/{id}/submit | review/pass | review/return |
//        approve | approval/return (一般事项) | approve-major | approval-major/return (重大事项) |
//        publish | channels | revoke | validity | link
//   POST /admin/preview                   the HTML of a body (for static/admin-preview.js)
// Each POST calls one workflow command; a refused action re-renders the page
// with the message and the user's input (422 for bad input, 409 for an
// illegal transition); Forbidden and NotFound become 403 and 404 pages.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_item_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
