// gongkai/admin/assistance_routes.h
//
// 社会救助数据 in the back office (/admin/assistance): the programmes with
// their publication schedule, the entry form for one period, the import of a
// CSV or XLSX file (every bad row listed with its number; nothing stored
// unless every row is good) and the templates to download. Every route needs
// kManageKeyAreas. The dashboard's block of overdue periods comes from
// assistance_overdue_view().
#pragma once

#include <nlohmann/json.hpp>

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_assistance_routes(AdminRoutes& routes);

// The dashboard's block: programmes with periods overdue, or null when the
// staff may not enter figures or nothing is overdue.
nlohmann::json assistance_overdue_view(AdminContext& context);

}  // namespace gongkai::admin
