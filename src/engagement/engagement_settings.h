// gongkai/engagement/engagement_settings.h
//
// Agency settings of public engagement (agency_settings rows) and their
// defaults. The defaults are one table (engagement_settings.cpp,
// kEngagementSettingDefaults): the 行政首长信箱 reply period is 15 working
// days unless the agency sets its own (1 to 60).
#pragma once

#include <cstdint>
#include <string_view>

#include "org/staff.h"
#include "store/database.h"

namespace gongkai::engagement {

inline constexpr std::string_view kLetterReplyWorkingDays = "letter_reply_working_days";

// The agency's reply period for letters, in working days.
int letter_reply_working_days(store::Connection& connection, int64_t agency_id);

// Sets it (系统管理员: kManageSettings). Throws InvalidInput outside 1..60.
// Letters already received keep the due date they were given.
void set_letter_reply_working_days(store::Connection& connection, const org::StaffActor& staff, int days);

}  // namespace gongkai::engagement
