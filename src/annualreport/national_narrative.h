// gongkai/annualreport/national_narrative.h
//
// The text of a report from 2019 on, in the six parts of the national format
// (2019 and 2021 alike): 一、总体情况 ((一)主动公开 (二)依申请公开 (三)政府信息
// 管理 (四)平台建设 (五)监督保障); 二、主动公开政府信息情况 (table "proactive");
// 三、收到和处理政府信息公开申请情况 ("applications"); 四、政府信息公开行政复议、
// 行政诉讼情况 ("appeals"); 五、存在的主要问题及改进情况 (a placeholder for the
// office); 六、其他需要报告的事项 (the 信息处理费, table "fees"). The tables'
// numbers that the text repeats come from the quoted figures.
#pragma once

#include <vector>

#include "annualreport/narrative_passages.h"
#include "reports/report_tables.h"

namespace gongkai::annualreport {

std::vector<ReportSection> national_sections(const PassageInput& in, const reports::ReportTables& tables);

}  // namespace gongkai::annualreport
