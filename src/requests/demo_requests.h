// gongkai/requests/demo_requests.h
//
// Replays a demo year of 依申请公开 (data/demo/ltq/applications.json) through
// the same domain functions staff and the public use, so the demo is built
// exactly as it would be by hand: online and API applications are filed as
// from the portal (file_request, from the address "demo", at the day of
// receipt), the others are registered by `office` (register_request); every
// event is act_on_request, appeals record_appeal, complaints record_complaint
// and handle_complaint. The file's extra fields are expectations checked
// against what the system computed — a fee notice's expected_amount_yuan and
// pay_by, a consultation's reply_by — and a mismatch is InvalidInput naming
// the application's key; so is any refusal of a step. Runs in the caller's
// transaction (or its own): the year is loaded whole or not at all.
#pragma once

#include <filesystem>

#include "org/staff.h"
#include "requests/request_services.h"
#include "store/database.h"

namespace gongkai::requests {

// Returns the number of applications loaded. `office` needs
// Permission::kHandleRequests in the agency the applications go to.
int load_demo_requests(store::Connection& connection, const RequestServices& services, const org::StaffActor& office,
                       const std::filesystem::path& applications_json);

}  // namespace gongkai::requests
