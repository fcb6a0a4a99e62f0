// EngagementTest: DomainTest with a small agency, two staff accounts of the
// 办公室 (office) role, an 信息员 (officer) and a 系统管理员, and the real
// working-day calendar of data/holidays/.
#pragma once

#include <string>

#include "catalog/domain_fixture.h"
#include "core/working_day_calendar.h"
#include "engagement/moment.h"
#include "engagement/public_submission.h"
#include "org/staff.h"

namespace gongkai::testing {

class EngagementTest : public DomainTest {
 protected:
  void SetUp() override;

  // Inserts a user row of `role` in `agency` and returns the actor.
  org::StaffActor add_staff(int64_t agency, const std::string& username, org::Role role);

  // A moment in China time.
  static engagement::Moment at(const std::string& date, int hour = 9, int minute = 0) {
    return engagement::Moment::china(*parse_date(date), hour, minute);
  }
  static engagement::PublicSender sender(const std::string& address, const engagement::Moment& moment) {
    return {address, moment};
  }

  int64_t agency_ = 0;
  org::StaffActor office_;
  org::StaffActor office2_;
  org::StaffActor officer_;
  org::StaffActor administrator_;
  WorkingDayCalendar calendar_;
};

}  // namespace gongkai::testing
