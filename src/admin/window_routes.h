// gongkai/admin/window_routes.h
//
// 窗口办件 in the back office (/admin/window): the cases with their status,
// due date and working days left (overdue first), the form to register an
// application taken at the window (受理, 不予受理 or 一次性告知补正) — the
// answer shows the tracking code and query password once, with no-store —
// and /admin/window/{id} one case with its steps, how its due date was
// reached and the form to record the next step. Every route needs
// kHandleServiceWindow.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_window_routes(AdminRoutes& routes);

// The dashboard block: cases due within services::kDueSoonWorkingDays working
// days and overdue ones; null for a role without the permission or when
// there are none.
nlohmann::json window_alerts_view(AdminContext& context);

}  // namespace gongkai::admin
