// The 20-working-day rule of 《政府信息公开条例》第二十六条, counted on the real
// holiday calendar. Due dates worked out by hand from the 2017 notices.
#include <gtest/gtest.h>

#include "workflow/timeliness.h"

namespace gongkai::workflow {
namespace {

class TimelinessTest : public ::testing::Test {
 protected:
  WorkingDayCalendar calendar_ = WorkingDayCalendar::load(std::string(GONGKAI_SOURCE_DIR) + "/data/holidays");
  static CivilDate d(const char* text) { return *parse_date(text); }
};

TEST_F(TimelinessTest, ThePeriodIsTheArticlesTwentyWorkingDays) {
  EXPECT_EQ(proactive_publication_period().working_days, 20);
  EXPECT_EQ(proactive_publication_period().article, "《政府信息公开条例》第二十六条");
}

// Formed Wed 2017-03-01: Mar 2–3 (2), 6–10 (7), 13–17 (12), 20–24 (17), 27–29 (20).
TEST_F(TimelinessTest, DueDateAndWorkingDaysLeft) {
  const auto t = assess_timeliness(calendar_, d("2017-03-01"), std::nullopt, d("2017-03-21"));
  EXPECT_EQ(format_date(t.due), "2017-03-29");
  EXPECT_EQ(t.working_days_left, 6);  // 22, 23, 24, 27, 28, 29
  EXPECT_FALSE(t.at_risk);
  EXPECT_FALSE(t.overdue);
  EXPECT_EQ(t.status, "剩余6个工作日");
  EXPECT_NE(t.explanation.find("《政府信息公开条例》第二十六条"), std::string::npos);
  EXPECT_NE(t.explanation.find("第20个工作日为2017-03-29"), std::string::npos) << t.explanation;
}

TEST_F(TimelinessTest, FiveWorkingDaysLeftIsAtRisk) {
  const auto t = assess_timeliness(calendar_, d("2017-03-01"), std::nullopt, d("2017-03-22"));
  EXPECT_EQ(t.working_days_left, 5);
  EXPECT_TRUE(t.at_risk);
}

TEST_F(TimelinessTest, PastTheDueDateIsOverdueByWorkingDays) {
  const auto t = assess_timeliness(calendar_, d("2017-03-01"), std::nullopt, d("2017-03-31"));
  EXPECT_TRUE(t.overdue);
  EXPECT_FALSE(t.at_risk);
  EXPECT_EQ(t.working_days_left, -2);  // 30, 31
  EXPECT_EQ(t.status, "已逾期2个工作日");
}

// Formed Mon 2017-09-25: Sep 26–29 (4), Sat Sep 30 is a make-up working day
// (5), Oct 1–8 are off, Oct 9–13 (10), 16–20 (15), 23–27 (20).
TEST_F(TimelinessTest, HolidaysAreSkippedAndMakeUpDaysCounted) {
  const auto t = assess_timeliness(calendar_, d("2017-09-25"), std::nullopt, d("2017-09-25"));
  EXPECT_EQ(format_date(t.due), "2017-10-27");
  EXPECT_EQ(t.working_days_left, 20);
  EXPECT_NE(t.explanation.find("国庆"), std::string::npos) << t.explanation;
}

TEST_F(TimelinessTest, PublishedItemsAreJudgedOnTheirPublicationDay) {
  const auto on_time = assess_timeliness(calendar_, d("2017-03-01"), d("2017-03-10"), d("2026-11-27"));
  EXPECT_FALSE(on_time.overdue);
  EXPECT_EQ(on_time.status, "按期发布");
  const auto late = assess_timeliness(calendar_, d("2017-03-01"), d("2017-04-05"), d("2026-11-27"));
  // Mar 30, 31, Sat Apr 1 (a make-up working day), Apr 5 (Apr 2–4 清明 off).
  EXPECT_TRUE(late.overdue);
  EXPECT_EQ(late.working_days_left, -4);
  EXPECT_EQ(late.status, "逾期4个工作日发布");
}

}  // namespace
}  // namespace gongkai::workflow
