// gongkai/keyareas/demo_assistance.h
//
// Loads the demo agency's social-assistance figures (data/demo/assistance.csv:
// the 2017 monthly, quarterly and per-disbursement records whose yearly
// figures are those of the 吴忠市民政局 2017 report) through the same import as
// any user's file, entered by the given staff member, inside the caller's
// transaction. Throws InvalidInput naming every bad row.
#pragma once

#include <filesystem>

#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::keyareas {

int load_demo_assistance(store::Connection& connection, const org::StaffActor& staff,
                         const std::filesystem::path& file, CivilDate today);

}  // namespace gongkai::keyareas
