// The publication schedule (10 working days after a period ends) with dates
// worked by hand over the 2017/2018 holidays, on both engines; and the SVG
// chart on its own.
#include <gtest/gtest.h>

#include "core/working_day_calendar.h"
#include "keyareas/assistance_fixture.h"
#include "keyareas/assistance_schedule.h"
#include "keyareas/demo_assistance.h"
#include "portal/svg_line_chart.h"

namespace gongkai::testing {
namespace {

class AssistanceScheduleTest : public AssistanceTest {
 protected:
  void SetUp() override {
    AssistanceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    calendar_ = WorkingDayCalendar::load(std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "holidays");
    auto c = db_->lease();
    store::Transaction t(*c);
    keyareas::load_demo_assistance(*c, officer_, demo_file(), today_);
    t.commit();
  }

  std::vector<keyareas::ScheduledPeriod> schedule(const char* key, const char* today) {
    auto c = db_->lease();
    return keyareas::publication_schedule(*c, calendar_, agency_id_, *keyareas::find_programme(key),
                                          *parse_date(today));
  }

  WorkingDayCalendar calendar_;
};

TEST_P(AssistanceScheduleTest, EveryDemoMonthOf2017WasPublishedOnTime) {
  // On 2018-02-01 the twelve months of 2017 are scheduled; January 2018 is not yet due.
  const auto months = schedule("urban_dibao", "2018-02-01");
  ASSERT_EQ(months.size(), 13u);
  for (size_t i = 0; i < 12; ++i) EXPECT_EQ(months[i].status, keyareas::ScheduleStatus::kOnTime) << i;
  // January 2017: the Spring Festival holiday (27 Jan – 2 Feb) and the make-up
  // Saturday 4 February: 3, 4, 6, 7, 8, 9, 10, 13, 14, 15 February.
  EXPECT_EQ(format_date(months[0].due), "2017-02-15");
  // September 2017: 30 September (Saturday) is a make-up day but is not after
  // the period's end; 1–8 October off: 9–13, 16–20 October.
  EXPECT_EQ(format_date(months[8].due), "2017-10-20");
  // December 2017: 1 January off: 2–5, 8–12, 15 January.
  EXPECT_EQ(format_date(months[11].due), "2018-01-15");
  EXPECT_EQ(months[12].status, keyareas::ScheduleStatus::kPending);
  EXPECT_FALSE(months[12].published_on.has_value());
}

TEST_P(AssistanceScheduleTest, AMissingPeriodBecomesOverdueTheDayAfterItsDueDate) {
  // January 2018 is due 2018-02-13 (Sunday 11 February is a make-up working day).
  EXPECT_EQ(format_date(schedule("urban_dibao", "2018-02-13").back().due), "2018-02-13");
  EXPECT_EQ(schedule("urban_dibao", "2018-02-13").back().status, keyareas::ScheduleStatus::kPending);
  EXPECT_EQ(schedule("urban_dibao", "2018-02-14").back().status, keyareas::ScheduleStatus::kOverdue);
  auto c = db_->lease();
  const auto overdue = keyareas::overdue_publications(*c, calendar_, agency_id_, *parse_date("2018-04-20"));
  // On 2018-04-20 January, February and March 2018 of the four monthly
  // programmes are overdue, and 2018-Q1 of 临时救助: March and the quarter end
  // on Saturday 31 March; 5–7 April off, Sunday 8 April a make-up day:
  // 2, 3, 4, 8, 9, 10, 11, 12, 13, 16 April → due 2018-04-16.
  ASSERT_EQ(overdue.size(), 5u);
  EXPECT_EQ(overdue[0].programme->key, "urban_dibao");
  EXPECT_EQ(overdue[0].count, 3);
  EXPECT_EQ(format_date(overdue[0].oldest.start), "2018-01-01");
  EXPECT_EQ(overdue[4].programme->key, "temporary_assistance");
  EXPECT_EQ(overdue[4].count, 1);
  EXPECT_EQ(format_date(overdue[4].oldest_due), "2018-04-16");
}

TEST_P(AssistanceScheduleTest, DisbursementsHaveNoSchedule) {
  EXPECT_TRUE(schedule("heating", "2018-12-31").empty());
  EXPECT_TRUE(schedule("medical_assistance", "2018-12-31").empty());  // no figures yet: nothing scheduled
}

INSTANTIATE_TEST_SUITE_P(Engines, AssistanceScheduleTest, store::testing::all_engines(), store::testing::engine_name);

TEST(SvgLineChartTest, TheChartCarriesItsTitleDescriptionAndEveryValue) {
  portal::LineChart chart{"c1", "标题<甲>", "说明&乙", "人", 0, {"1月", "2月", "3月"},
                          {{"城市低保", {100.0, std::nullopt, 300.0}}}};
  const std::string svg = portal::render_line_chart_svg(chart);
  EXPECT_NE(svg.find("<title id=\"c1-title\">标题&lt;甲&gt;</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"c1-desc\">说明&amp;乙</desc>"), std::string::npos);
  EXPECT_NE(svg.find("<title>城市低保 1月：100人</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>城市低保 3月：300人</title>"), std::string::npos);
  EXPECT_EQ(svg.find("2月："), std::string::npos);  // a missing value has no point
  // The gap splits the line: two polylines of one point each.
  size_t lines = 0;
  for (size_t at = svg.find("<polyline"); at != std::string::npos; at = svg.find("<polyline", at + 1)) ++lines;
  EXPECT_EQ(lines, 2u);
}

}  // namespace
}  // namespace gongkai::testing
