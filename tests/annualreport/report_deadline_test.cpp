// The legal date of the annual report and the dashboard's notice, with dates
// worked by hand from the regulation: 2008–2018 reports by 31 March of the
// next year (2007 regulation, Art. 31); from 2019 a department by 31 January,
// a people's government by 31 March (2019 regulation, Art. 49). The reminder
// starts on 1 December of the report year; the flag comes the day after the
// legal date. Both engines.
#include <gtest/gtest.h>

#include "annualreport/publication_fixture.h"
#include "annualreport/report_deadline.h"
#include "annualreport/report_queries.h"

namespace gongkai::testing {
namespace {

using namespace annualreport;

CivilDate day(const char* text) { return *parse_date(text); }

TEST(ReportDeadline, TheDateFollowsTheRegulationInForceForTheReportYear) {
  EXPECT_EQ(*report_due_on(2017, "吴忠市民政局"), day("2018-03-31"));
  EXPECT_EQ(*report_due_on(2018, "吴忠市民政局"), day("2019-03-31"));  // before the revision took effect
  EXPECT_EQ(*report_due_on(2019, "吴忠市民政局"), day("2020-01-31"));
  EXPECT_EQ(*report_due_on(2023, "吴忠市利通区人民政府"), day("2024-03-31"));
  EXPECT_EQ(*report_due_on(2018, "吴忠市利通区人民政府"), day("2019-03-31"));
  EXPECT_FALSE(report_due_on(2007, "吴忠市民政局").has_value());
  EXPECT_NE(deadline_article(2019, "吴忠市民政局")->article.find("第四十九条"), std::string_view::npos);
  EXPECT_NE(deadline_article(2017, "吴忠市民政局")->article.find("第三十一条"), std::string_view::npos);
}

class ReportDeadlineTest : public PublicationTest {
 protected:
  std::vector<DeadlineNotice> notices(const char* today) {
    auto c = db_->lease();
    return deadline_notices(*c, agency_id_, "测试市民政局", day(today));
  }
};

TEST_P(ReportDeadlineTest, NoReminderForTheCurrentYearBeforeFirstDecember) {
  records_[2021] = hand_draft(agency_id_, 2021);
  {
    auto c = db_->lease();
    publish_report(*c, office_, day("2022-01-10"), start_report(*c, office_, 2021, drafter_), drafter_);
  }
  EXPECT_TRUE(notices("2022-11-30").empty());
}

TEST_P(ReportDeadlineTest, FromFirstDecemberTheReportIsDueWithItsDate) {
  records_[2021] = hand_draft(agency_id_, 2021);
  {
    auto c = db_->lease();
    publish_report(*c, office_, day("2022-01-10"), start_report(*c, office_, 2021, drafter_), drafter_);
  }
  const auto n = notices("2022-12-01");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].year, 2022);
  EXPECT_EQ(n[0].due_on, day("2023-01-31"));
  EXPECT_FALSE(n[0].overdue);
  EXPECT_NE(n[0].article.find("第四十九条"), std::string::npos);
}

TEST_P(ReportDeadlineTest, OnTheLegalDateItIsDueAndTheDayAfterItIsOverdue) {
  auto on_the_day = notices("2023-01-31");
  ASSERT_EQ(on_the_day.size(), 1u);
  EXPECT_EQ(on_the_day[0].year, 2022);
  EXPECT_FALSE(on_the_day[0].overdue);
  auto after = notices("2023-02-01");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_TRUE(after[0].overdue);
}

TEST_P(ReportDeadlineTest, ADraftDoesNotCountOnlyAPublishedReportDoes) {
  {
    auto c = db_->lease();
    start_report(*c, office_, 2022, drafter_);
  }
  ASSERT_EQ(notices("2023-02-01").size(), 1u);
  {
    auto c = db_->lease();
    publish_report(*c, office_, day("2023-02-01"), *report_id_for(*c, agency_id_, 2022), drafter_);
  }
  EXPECT_TRUE(notices("2023-02-01").empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportDeadlineTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
