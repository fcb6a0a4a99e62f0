// gongkai/admin/credit_routes.h
//
// 双公示 in the back office (/admin/credit): the decisions of the agency
// with filters (kind, year, published or not, name or document number) and
// their publication state against the 7-working-day rule; the entry form of
// each kind (/admin/credit/new?kind=…); a decision's page with its history
// and the commands publish, correct (with a reason) and withdraw (撤销公示,
// with a reason); the CSV import (all or nothing, each bad row listed with
// its number), the CSV export in the national format (one kind at a time,
// the list's filters applied) and the empty template of each kind. Every
// route needs kManageKeyAreas; a refused form is shown again with its reason
// (422, or 409 for a repeated document number or a step out of order). The
// dashboard's block comes from credit_attention_view().
#pragma once

#include <nlohmann/json.hpp>

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_credit_routes(AdminRoutes& routes);

// Decisions overdue or due within 2 working days, or null when the staff may
// not keep them or there are none.
nlohmann::json credit_attention_view(AdminContext& context);

}  // namespace gongkai::admin
