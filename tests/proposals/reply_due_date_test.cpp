// 答复期限: assignment plus the session's months, same day of the month,
// clamped to the month's end. Expected dates counted on a calendar.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "proposals/reply_due_date.h"

namespace gongkai::proposals {
namespace {

std::string due(const char* assigned, int months) { return format_date(reply_due_on(*parse_date(assigned), months)); }

TEST(ReplyDueDate, SameDayOfTheMonthThreeMonthsLater) {
  EXPECT_EQ(due("2017-02-15", 3), "2017-05-15");
  EXPECT_EQ(due("2017-03-10", 3), "2017-06-10");
}

TEST(ReplyDueDate, ClampsToTheLastDayOfAShorterMonth) {
  EXPECT_EQ(due("2017-01-31", 3), "2017-04-30");  // April has 30 days
  EXPECT_EQ(due("2016-11-30", 3), "2017-02-28");  // 2017 is not a leap year
  EXPECT_EQ(due("2015-11-30", 3), "2016-02-29");  // 2016 is
  EXPECT_EQ(due("2017-08-31", 1), "2017-09-30");
}

TEST(ReplyDueDate, CrossesTheYearAndTakesFiveMonthPeriods) {
  EXPECT_EQ(due("2017-10-31", 5), "2018-03-31");
  EXPECT_EQ(due("2017-12-31", 1), "2018-01-31");
}

TEST(ReplyDueDate, RefusesPeriodsOutsideOneToTwelveMonths) {
  EXPECT_THROW(due("2017-01-31", 0), InvalidInput);
  EXPECT_THROW(due("2017-01-31", 13), InvalidInput);
}

}  // namespace
}  // namespace gongkai::proposals
