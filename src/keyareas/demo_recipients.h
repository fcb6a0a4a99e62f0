// gongkai/keyareas/demo_recipients.h
//
// Loads the demo agency's recipient lists (公示名单) from a manifest
// (data/demo/recipient_lists.json): per list its programme, period, area,
// publicity kind, the CSV file of its rows (constructed households with
// checksum-valid, fictional ID numbers), the day it was imported, the day it
// was published and, for a withdrawn list, the day and reason. Each list goes
// through the same import, publication and withdrawal as a user's, entered by
// the given staff member, inside the caller's transaction. Throws
// InvalidInput naming the file and every bad row. Returns the lists loaded.
#pragma once

#include <filesystem>

#include "org/staff.h"
#include "requests/identity_seal.h"
#include "store/database.h"

namespace gongkai::keyareas {

int load_demo_recipient_lists(store::Connection& connection, const org::StaffActor& staff,
                              const requests::IdentitySeal& seal, const std::filesystem::path& manifest);

}  // namespace gongkai::keyareas
