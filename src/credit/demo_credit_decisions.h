// gongkai/credit/demo_credit_decisions.h
//
// Loads an agency's demo 双公示 records (data/demo/credit_decisions.json for
// 吴忠市民政局 2017, data/demo/ltq/credit_decisions.json for 吴忠市利通区人民政府
// 2023; docs/credit.md explains them) through the same commands as the back
// office, by the given staff member, inside the caller's transaction. Each
// entry: {"kind", "fields": {key: text}, "published_on"?, "withdrawn"?: {"on",
// "reason"}}. A decision with
// published_on is recorded and published on that day (the day the record was
// entered and made public); one without stays unpublished, recorded today;
// a withdrawn one is then withdrawn on its day with its reason.
// Returns the number of decisions. Throws InvalidInput naming the entry at fault.
#pragma once

#include <filesystem>

#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::credit {

int load_demo_credit_decisions(store::Connection& connection, const org::StaffActor& staff,
                               const std::filesystem::path& file, CivilDate today);

}  // namespace gongkai::credit
