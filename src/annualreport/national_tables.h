// gongkai/annualreport/national_tables.h
//
// The national tables of a report year from 2019 on (the format of the year,
// reports::format_for_year): table 二 from the catalogue and the 双公示
// decisions (proactive_table.h), tables 三 and 四 and the 信息处理费 of part 六
// from the applications (requests::tally_request_year). Every cell the
// records give is a number; cells not on record are blank (proactive_table.h).
#pragma once

#include <cstdint>
#include <string>

#include "reports/report_tables.h"
#include "store/database.h"

namespace gongkai::annualreport {

// InvalidInput for a year without national tables (before 2019).
reports::ReportTables national_tables(store::Connection& connection, int64_t agency_id,
                                      const std::string& agency_name, int year);

}  // namespace gongkai::annualreport
