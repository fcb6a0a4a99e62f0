// WorkflowTest: the small agency of DomainTest with one staff account per
// role (rows in users, as the accounts module would create them) and the
// real holiday calendar of data/holidays/.
#pragma once

#include <map>
#include <string>

#include "catalog/domain_fixture.h"
#include "core/working_day_calendar.h"
#include "org/staff.h"
#include "workflow/workflow_commands.h"

namespace gongkai::testing {

class WorkflowTest : public DomainTest {
 protected:
  void SetUp() override;

  // The staff member of `role` (created in SetUp).
  const org::StaffActor& as(org::Role role) const { return staff_.at(role); }

  // A valid 主动公开 draft in 政策文件, written on 2026-11-20.
  workflow::ItemDraft draft(const std::string& title = "关于做好冬季救助工作的通知") const;

  // Drafts (as the officer) and returns the id.
  int64_t create_draft(const workflow::ItemDraft& d);
  // Takes a draft through submit, review and approval (by the role its importance needs).
  int64_t approved_item(const workflow::ItemDraft& d);

  std::string state_of(int64_t id);   // items.workflow_state
  std::string status_of(int64_t id);  // items.status

  int64_t agency_ = 0;
  std::map<org::Role, org::StaffActor> staff_;
  WorkingDayCalendar calendar_;
};

}  // namespace gongkai::testing
