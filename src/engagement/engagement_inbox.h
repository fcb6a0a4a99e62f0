// gongkai/engagement/engagement_inbox.h
//
// What waits for a staff member in public engagement, for the dashboard:
// comments to moderate and consultations closed without 采纳情况
// (kManageConsultations), letters not yet assigned, assigned to them and not
// replied, and overdue (kHandleLetters), 舆情 without a response
// (kRecordOpinion). A role without the permission gets no task of that kind.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::engagement {

struct EngagementTask {
  std::string key;    // comments_to_moderate, adoption_due, letters_unassigned, letters_mine, letters_overdue, opinion_unanswered
  std::string label;  // Chinese, e.g. "待审核的征集意见"
  int64_t count = 0;
};

// The tasks with a count above zero, in the order above.
std::vector<EngagementTask> engagement_tasks(store::Connection& connection, const org::StaffActor& staff,
                                             CivilDate today);

}  // namespace gongkai::engagement
