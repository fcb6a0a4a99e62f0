// gongkai/admin/recipient_list_routes.h
//
// 社会救助公示名单 in the back office (/admin/assistance/lists, registered by
// register_assistance_routes): the agency's lists with their status, the
// import of a list (programme, period, area, publicity kind and a CSV or XLSX
// file; every bad row listed with its number, nothing stored unless every
// row is good), the templates, and per list its rows (names in clear, never
// an ID number: none is stored), publish and withdraw with a reason. Every
// route needs kManageKeyAreas.
#pragma once

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_recipient_list_routes(AdminRoutes& routes);

}  // namespace gongkai::admin
