// gongkai/services/demo_services.h
//
// Loads the demo agency's service items and window cases
// (data/demo/services.json: the 30 service items of the 吴忠市民政局 2017
// report, 5 of them 行政许可 — the list is constructed, see docs/services.md —
// and a handful of 2017 window cases in different states) through the same
// commands the back-office forms call, each on the day the file gives, inside
// the caller's transaction. Throws InvalidInput naming the file and the bad
// record. Returns the number of items.
#pragma once

#include <filesystem>

#include "org/staff.h"
#include "requests/request_services.h"
#include "store/database.h"

namespace gongkai::services {

int load_demo_services(store::Connection& connection, const requests::RequestServices& services,
                       const org::StaffActor& staff, const std::filesystem::path& file);

}  // namespace gongkai::services
