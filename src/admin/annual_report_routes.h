// gongkai/admin/annual_report_routes.h
//
// 年度报告 in the back office (/admin/reports): the list of reports by year
// with their state and the legal date, the form to start a year's report;
// /admin/reports/{id} the report's latest version with each part editable,
// the check results (errors and warnings with rule, row and column), the
// figures out of step with the records and the one-click update, the version
// history, and the publish and correct actions; /admin/reports/{id}/versions/
// {version} one version read-only, with its PDF. Every route needs
// kPrepareAnnualReport. annual_report_deadline_view is the dashboard's block.
#pragma once

#include <nlohmann/json.hpp>

#include "admin/admin_context.h"

namespace gongkai::admin {

void register_annual_report_routes(AdminRoutes& routes);

// The dashboard's reminder of the reports due (from 1 December of the report
// year) and overdue (after the legal date); null when there is none or the
// staff member does not prepare the report.
nlohmann::json annual_report_deadline_view(AdminContext& context);

}  // namespace gongkai::admin
