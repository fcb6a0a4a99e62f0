// gongkai/annualreport/proactive_table.h
//
// Table 二 (主动公开政府信息情况) of a national-format report, from the records:
//
// 第二十条第（一）项 — the catalogue items whose 体裁 names them 规章 or
// 行政规范性文件 (regulatory_genres.h), published (not drafts, not revoked):
//   2021 本年制发件数 issued   = 成文日期 in the year;
//        本年废止件数 repealed = a 标注有效性 change to 废止 dated in the year
//                                (an item imported as 废止 has no date and is
//                                not counted);
//        现行有效件数 in_force = 成文日期 by 31 December and 有效 on that day
//                                (the validity of that day is replayed from
//                                the changes: the last change by then, else the
//                                first change's former value, else today's).
//   2019 本年新制作数量 made = 成文日期 in the year; 本年新公开数量 published =
//        发布日期 in the year; 对外公开总数量 total_public = 发布日期 by 31 December.
// 第二十条第（五）（六）项 — 行政许可, 行政处罚, 行政强制: the 双公示 decisions of
//   the year (credit::tally_decisions). The 2019 项目数量 and 本年增/减 (of
//   the power list) and 其他对外管理服务事项 are not on record: blank.
// 第二十条第（八）项 — 行政事业性收费: no records of such fees exist, so the
//   2021 amount is 0 (the draft's text says so); the 2019 项目数量 are blank.
// 第二十条第（九）项 (2019) 政府集中采购: not on record, blank.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "annualreport/annual_queries.h"
#include "reports/report_tables.h"
#include "store/database.h"

namespace gongkai::annualreport {

using ProactiveTable = std::map<std::string, std::map<std::string, reports::Cell>>;

// The validity code of `document` on `date` (YYYY-MM-DD).
std::string validity_on(const RegulatoryDocument& document, const std::string& date);

// Table 二 of `year` in `format` (national formats only).
ProactiveTable proactive_table(store::Connection& connection, int64_t agency_id, int year,
                               reports::ReportFormat format);

}  // namespace gongkai::annualreport
