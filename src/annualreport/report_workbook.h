// gongkai/annualreport/report_workbook.h
//
// The national tables of a stored version as an XLSX workbook: one sheet per
// table ("二、主动公开", "三、依申请公开", "四、复议诉讼", and "六、信息处理费"
// when reported), each starting with the agency, the year and the table's
// title, then the table as printed — header cells merged as in the national
// format, figures as numbers, blank cells empty. InvalidInput for a legacy
// report (2008–2018), which has no national tables.
#pragma once

#include <string>

#include "annualreport/report_version.h"

namespace gongkai::annualreport {

// The rows above each table: title (row 1) and agency/year (row 2), then a blank row.
inline constexpr int kWorkbookTableFirstRow = 3;  // 0-based row of the table's first header row

std::string report_workbook(const ReportVersion& version);

}  // namespace gongkai::annualreport
