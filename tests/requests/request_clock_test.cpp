// The legal clock of an application, with dates worked out by hand from the
// shipped calendar (data/holidays): the day of receipt is not counted; 20
// working days (15 before 2019-05-15); 补正 restarts the period; third-party
// and fee time is not counted; one extension adds its days.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/working_day_calendar.h"
#include "requests/request_clock.h"

namespace gongkai::requests {
namespace {

const std::filesystem::path kSourceDir = GONGKAI_SOURCE_DIR;

CivilDate d(const char* text) { return *parse_date(text); }

RequestEvent event(RequestEventKind kind, const char* on, nlohmann::json data = nlohmann::json::object()) {
  RequestEvent e;
  e.kind = kind;
  e.on = d(on);
  e.data = std::move(data);
  return e;
}

class RequestClockTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    calendar_ = new WorkingDayCalendar(WorkingDayCalendar::load(kSourceDir / "data" / "holidays"));
  }
  static void TearDownTestSuite() { delete calendar_; }

  RequestClock clock(const char* received, std::vector<RequestEvent> events, const char* today,
                     ClockPolicy policy = {}) {
    return derive_clock(d(received), events, *calendar_, d(today), policy);
  }

  static WorkingDayCalendar* calendar_;
};
WorkingDayCalendar* RequestClockTest::calendar_ = nullptr;

bool mentions(const RequestClock& c, const std::string& text) {
  for (const auto& line : c.explanation) {
    if (line.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST_F(RequestClockTest, ReceiptOnTheEveOfTheNationalDayHolidaySkipsItAndCountsTheMakeUpDays) {
  // 2023-09-28 (Thu); 09-29..10-06 off; 10-07 and 10-08 are make-up working days:
  // 10-07 is day 1, 10-08 day 2, … 11-01 day 20.
  const auto c = clock("2023-09-28", {event(RequestEventKind::kReceived, "2023-09-28")}, "2023-09-28");
  EXPECT_EQ(c.rule.key, "2019");
  EXPECT_EQ(c.due_on, d("2023-11-01"));
  EXPECT_EQ(c.phase, RequestPhase::kProcessing);
  EXPECT_EQ(c.left_days, 20);
  EXPECT_TRUE(mentions(c, "2023年9月28日"));
  EXPECT_TRUE(mentions(c, "第三十三条"));
  EXPECT_TRUE(mentions(c, "国务院办公厅关于2023年部分节假日安排的通知"));
  EXPECT_TRUE(mentions(c, "2023-09-29至2023-10-06 中秋节、国庆节放假"));
  EXPECT_TRUE(mentions(c, "2023-10-07（星期六）调休上班"));
}

TEST_F(RequestClockTest, ReceiptOnAMakeUpWorkingDayCountsFromTheNextDay) {
  // Received on Saturday 2023-10-07, a working day: 10-08 (Sunday, also worked) is day 1, 11-02 day 20.
  const auto c = clock("2023-10-07", {}, "2023-10-09");
  EXPECT_EQ(c.due_on, d("2023-11-02"));
  EXPECT_EQ(c.used_days, 2);  // 10-08 and 10-09
  EXPECT_EQ(c.left_days, 18);
}

TEST_F(RequestClockTest, CorrectionStopsTheClockAndTheCorrectedApplicationStartsItAfresh) {
  const std::vector<RequestEvent> asked = {
      event(RequestEventKind::kCorrectionRequested, "2023-03-03", {{"reply_by", "2023-03-17"}})};
  const auto waiting = clock("2023-03-01", asked, "2023-03-06");
  EXPECT_EQ(waiting.phase, RequestPhase::kAwaitingCorrection);
  EXPECT_FALSE(waiting.due_on.has_value());
  EXPECT_EQ(waiting.correction_due, d("2023-03-17"));

  // Corrected on 2023-03-10: 03-13 is day 1; 清明 04-05 is off; 04-10 is day 20.
  auto corrected = asked;
  corrected.push_back(event(RequestEventKind::kCorrected, "2023-03-10"));
  const auto c = clock("2023-03-01", corrected, "2023-03-10");
  EXPECT_EQ(c.phase, RequestPhase::kProcessing);
  EXPECT_EQ(c.period_start, d("2023-03-10"));
  EXPECT_EQ(c.due_on, d("2023-04-10"));
  EXPECT_TRUE(mentions(c, "重新计算"));
}

TEST_F(RequestClockTest, ThirdPartyConsultationAcrossTheHolidayIsNotCounted) {
  // Received 2023-09-20: without a pause day 20 is 10-24. Consulted 09-25, answered
  // 10-10: not counted are 09-26, 09-27, 09-28, 10-07, 10-08, 10-09, 10-10 = 7 days,
  // so the due date moves 7 working days on: 11-02.
  const std::vector<RequestEvent> events = {
      event(RequestEventKind::kThirdPartyConsulted, "2023-09-25", {{"party", "某公司"}, {"reply_by", "2023-10-24"}}),
      event(RequestEventKind::kThirdPartyAnswered, "2023-10-10")};
  const auto c = clock("2023-09-20", events, "2023-10-10");
  EXPECT_EQ(c.paused_days, 7);
  EXPECT_EQ(c.due_on, d("2023-11-02"));
  ASSERT_EQ(c.pauses.size(), 1u);
  EXPECT_EQ(c.pauses[0].working_days, 7);
  EXPECT_TRUE(mentions(c, "第三十二条"));

  const auto during = clock("2023-09-20", {events[0]}, "2023-09-27");
  EXPECT_EQ(during.phase, RequestPhase::kConsultingThirdParty);
  EXPECT_EQ(during.paused_days, 2);  // 09-26, 09-27 so far
}

TEST_F(RequestClockTest, ThirdPartySilenceEndsThePauseWhenItsFifteenDaysRunOut) {
  // Consulted 2023-03-06 with reply_by 03-27 (15 working days); no answer. On 04-03 the
  // pause is over: (03-06, 03-27] holds 15 working days.
  const auto c = clock(
      "2023-03-01",
      {event(RequestEventKind::kThirdPartyConsulted, "2023-03-06", {{"party", "张某"}, {"reply_by", "2023-03-27"}})},
      "2023-04-03");
  EXPECT_EQ(c.phase, RequestPhase::kProcessing);
  EXPECT_EQ(c.paused_days, 15);
  // Base: 03-29 is day 20 from 03-01; plus 15 → 04-20 (清明 04-05 skipped).
  EXPECT_EQ(c.due_on, d("2023-04-20"));
}

TEST_F(RequestClockTest, ExtensionAddsItsDaysAcrossTheDragonBoatHoliday) {
  // Received 2023-05-04: 05-06 (Saturday) is a make-up day; day 20 is 05-31. Extended by
  // 15: 06-01 … 06-21, with 06-22..24 off after it — due 06-21.
  const auto c = clock("2023-05-04",
                       {event(RequestEventKind::kExtended, "2023-05-25", {{"days", 15}, {"approved_by", "王主任"}})},
                       "2023-05-25");
  EXPECT_TRUE(c.extended);
  EXPECT_EQ(c.extension_days, 15);
  EXPECT_EQ(c.due_on, d("2023-06-21"));
  EXPECT_TRUE(mentions(c, "延长答复期限15个工作日"));
}

TEST_F(RequestClockTest, FeeNoticeToPaymentIsNotCountedUnlessTheAgencyCountsIt) {
  // Received 2023-06-01: day 20 is 06-30 (端午 06-22..24 off, 06-25 worked). Notice 06-05,
  // paid 06-12: (06-05, 06-12] holds 5 working days → 07-07.
  const std::vector<RequestEvent> events = {
      event(RequestEventKind::kFeeNoticed, "2023-06-05", {{"pay_by", "2023-07-04"}, {"amount_fen", 110000}}),
      event(RequestEventKind::kFeePaid, "2023-06-12")};
  EXPECT_EQ(clock("2023-06-01", events, "2023-06-12").due_on, d("2023-07-07"));
  EXPECT_EQ(clock("2023-06-01", events, "2023-06-12", ClockPolicy{true}).due_on, d("2023-06-30"));
  EXPECT_EQ(clock("2023-06-01", {events[0]}, "2023-06-07").phase, RequestPhase::kAwaitingFee);
}

TEST_F(RequestClockTest, ApplicationsBeforeTheFifteenthOfMay2019FollowThe2008Regulation) {
  // 2019-05-14: 15 working days → 06-04. 2019-05-15: 20 working days, 端午 06-07 off → 06-13.
  const auto old_rule = clock("2019-05-14", {}, "2019-05-14");
  EXPECT_EQ(old_rule.rule.key, "2008");
  EXPECT_EQ(old_rule.due_on, d("2019-06-04"));
  EXPECT_EQ(old_rule.rule.extension_days, 15);
  EXPECT_TRUE(mentions(old_rule, "第二十四条"));
  const auto new_rule = clock("2019-05-15", {}, "2019-05-15");
  EXPECT_EQ(new_rule.rule.key, "2019");
  EXPECT_EQ(new_rule.due_on, d("2019-06-13"));
}

TEST_F(RequestClockTest, CaseReceivedAtYearEndRunsIntoTheNextYearsCalendar) {
  // 2023-12-25: 12-26..12-29 are days 1–4; 2024-01-01 is off; 01-23 is day 20.
  const auto c = clock("2023-12-25", {}, "2023-12-31");
  EXPECT_EQ(c.due_on, d("2024-01-23"));
  EXPECT_TRUE(mentions(c, "国务院办公厅关于2024年部分节假日安排的通知"));
  EXPECT_EQ(c.phase, RequestPhase::kProcessing);
  EXPECT_EQ(c.used_days, 4);
}

TEST_F(RequestClockTest, ReplyClosesTheCaseAndALateOneIsMarked) {
  const auto on_time = clock("2023-09-28", {event(RequestEventKind::kReplied, "2023-11-01", {{"outcome", "disclosed"}})},
                             "2023-12-01");
  EXPECT_EQ(on_time.phase, RequestPhase::kClosed);
  EXPECT_EQ(on_time.outcome, "disclosed");
  EXPECT_FALSE(on_time.replied_late());
  EXPECT_FALSE(on_time.overdue(d("2023-12-01")));
  const auto late = clock("2023-09-28", {event(RequestEventKind::kReplied, "2023-11-02", {{"outcome", "disclosed"}})},
                          "2023-12-01");
  EXPECT_TRUE(late.replied_late());
  EXPECT_EQ(late.left_days, -1);
}

TEST_F(RequestClockTest, OpenCasePastItsDueDateIsOverdue) {
  const auto c = clock("2023-09-28", {}, "2023-11-03");
  EXPECT_TRUE(c.overdue(d("2023-11-03")));
  EXPECT_EQ(c.left_days, -2);  // 11-02 and 11-03 beyond the 20
}

}  // namespace
}  // namespace gongkai::requests
