// gongkai/annualreport/demo_reports.h
//
// The demo's published annual reports, loaded by `gongkai init --demo` after
// every other record: the 2017 report of 吴忠市民政局 (legacy format),
// published on 2018-03-26 as the source document was, and the 2023 report of
// 吴忠市利通区人民政府 (national format 2021), published on 2024-03-29, before
// a people's government's legal date of 31 March. Each is drafted from the
// demo's records and published through the same commands the office uses
// (checks and figures in step included), by each agency's 办公室 account,
// after it writes the parts the draft leaves to the office (存在的主要问题:
// for 2017 the source document's own words).
#pragma once

#include <cstdint>
#include <string>

#include "org/staff.h"
#include "store/database.h"

namespace gongkai::annualreport {

// Returns the number of reports published. Throws when a report fails its
// checks (the demo's data would then be wrong) or an office account is missing.
int publish_demo_reports(store::Connection& connection, const std::string& remote_address, int64_t first_agency_id,
                         int64_t second_agency_id);

// Replaces, part by part (one new version each), every part of the report's
// latest draft that still holds the draft's 【待办公室填写：…】 by `text`
// (one paragraph a line).
void fill_office_placeholders(store::Connection& connection, const org::StaffActor& office, int64_t report_id,
                              const std::string& text);

}  // namespace gongkai::annualreport
