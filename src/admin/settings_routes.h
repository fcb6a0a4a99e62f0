// gongkai/admin/settings_routes.h
//
// /admin/settings (机关设置, kManageSettings: 系统管理员): the agency's
// settings, one form per module — the 行政首长信箱 reply period
// (engagement_settings.h) and the 依申请公开 settings (request_settings.h:
// the prefixes of the letters' and notices' numbers, the 行政复议机关 the
// letters name, whether the fee period counts). Each save is one transaction
// with its audit records; refused input re-renders the page with the message
// and stores nothing.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_settings_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
