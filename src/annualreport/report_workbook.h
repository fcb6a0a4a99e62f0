// gongkai/annualreport/report_workbook.h
//
// A stored version as an XLSX workbook: for a national report one sheet per
// table ("二、主动公开", "三、依申请公开", "四、复议诉讼", and "六、信息处理费"
// when reported), as printed — header cells merged as in the national format,
// figures as numbers, blank cells empty; then, for every report, legacy
// (2008–2018) ones included, the sheet "统计数据" of the figures its text
// quotes (figures_grid.h). Each sheet starts with its title and the agency and
// year.
#pragma once

#include <string>

#include "annualreport/report_version.h"

namespace gongkai::annualreport {

// The rows above each table: title (row 1) and agency/year (row 2), then a blank row.
inline constexpr int kWorkbookTableFirstRow = 3;  // 0-based row of the table's first header row

std::string report_workbook(const ReportVersion& version);

}  // namespace gongkai::annualreport
