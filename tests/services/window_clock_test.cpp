// The window clock with the real 2017 calendar, dates worked by hand:
// 国庆/中秋 2017 — Sat 30 Sep a make-up working day, 1–8 Oct off.
// Accepted Thu 28 Sep, 5 working days: 29 Sep (1), 30 Sep (2), 9 Oct (3),
// 10 Oct (4), 11 Oct (5) → due 11 Oct; 20 days → 1 Nov.
#include <gtest/gtest.h>

#include "core/working_day_calendar.h"
#include "services/window_clock.h"

namespace gongkai::testing {
namespace {

using namespace services;

const WorkingDayCalendar& calendar() {
  static const WorkingDayCalendar loaded =
      WorkingDayCalendar::load(std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "holidays");
  return loaded;
}

CivilDate d(const char* text) { return *parse_date(text); }

WindowEvent event(WindowEventKind kind, const char* on, nlohmann::json data = nlohmann::json::object()) {
  WindowEvent e;
  e.kind = kind;
  e.on = d(on);
  e.data = std::move(data);
  return e;
}

WindowEvent accepted(const char* on, int legal, int promised) {
  return event(WindowEventKind::kAccepted, on, {{"legal_days", legal}, {"promised_days", promised}});
}

TEST(WindowClock, FiveWorkingDaysOverTheNationalDayHolidayCountTheMakeUpSaturday) {
  const auto clock = derive_window_clock(d("2017-09-28"), {accepted("2017-09-28", 20, 5)}, calendar(), d("2017-09-29"));
  EXPECT_EQ(clock.phase, WindowPhase::kAccepted);
  ASSERT_TRUE(clock.due_on);
  EXPECT_EQ(format_date(*clock.due_on), "2017-10-11");
  EXPECT_EQ(format_date(*clock.legal_due_on), "2017-11-01");
  EXPECT_EQ(clock.used_days, 1);
  EXPECT_EQ(clock.left_days, 4);
  std::string text;
  for (const auto& line : clock.explanation) text += line + "\n";
  EXPECT_NE(text.find("2017年9月28日受理"), std::string::npos) << text;
  EXPECT_NE(text.find("国庆"), std::string::npos) << text;
  EXPECT_NE(text.find("承诺办结期限：2017年10月11日"), std::string::npos) << text;
}

// Correction asked Mon 9 Oct (3 days used), materials Thu 12 Oct: 10, 11 and
// 12 Oct are not counted; 2 days remain → 13 Oct (1), 16 Oct (2).
// Legal: 23rd working day after 28 Sep → 6 Nov.
TEST(WindowClock, ACorrectionAfterAcceptancePausesTheClockAndMovesTheDueDate) {
  std::vector<WindowEvent> events = {accepted("2017-09-28", 20, 5), event(WindowEventKind::kReviewed, "2017-09-29"),
                                     event(WindowEventKind::kCorrectionRequested, "2017-10-09",
                                           {{"materials", {"场所产权证明"}}})};
  const auto waiting = derive_window_clock(d("2017-09-28"), events, calendar(), d("2017-10-10"));
  EXPECT_EQ(waiting.phase, WindowPhase::kAwaitingCorrection);
  EXPECT_FALSE(waiting.due_on);
  EXPECT_EQ(waiting.used_days, 3);
  EXPECT_EQ(waiting.left_days, 2);
  EXPECT_FALSE(waiting.overdue(d("2017-10-20")));

  events.push_back(event(WindowEventKind::kCorrected, "2017-10-12"));
  const auto resumed = derive_window_clock(d("2017-09-28"), events, calendar(), d("2017-10-12"));
  EXPECT_EQ(resumed.phase, WindowPhase::kReviewing);
  ASSERT_TRUE(resumed.due_on);
  EXPECT_EQ(format_date(*resumed.due_on), "2017-10-16");
  EXPECT_EQ(format_date(*resumed.legal_due_on), "2017-11-06");
  EXPECT_EQ(resumed.paused_days, 3);
  EXPECT_EQ(resumed.used_days, 3);

  events.push_back(event(WindowEventKind::kDecided, "2017-10-13", {{"granted", true}}));
  events.push_back(event(WindowEventKind::kConcluded, "2017-10-16"));
  const auto done = derive_window_clock(d("2017-09-28"), events, calendar(), d("2017-12-01"));
  EXPECT_EQ(done.phase, WindowPhase::kConcluded);
  EXPECT_EQ(done.used_days, 5);  // 8 working days in (28 Sep, 16 Oct], 3 of them paused
  EXPECT_EQ(done.left_days, 0);
  EXPECT_FALSE(done.concluded_late());
  EXPECT_FALSE(done.overdue(d("2017-12-01")));
}

TEST(WindowClock, ACorrectionAskedOnTheDueDayDoesNotMoveIt) {
  const std::vector<WindowEvent> events = {
      accepted("2017-09-28", 20, 5),
      event(WindowEventKind::kCorrectionRequested, "2017-10-11", {{"materials", {"身份证复印件"}}}),
      event(WindowEventKind::kCorrected, "2017-10-13")};
  const auto clock = derive_window_clock(d("2017-09-28"), events, calendar(), d("2017-10-16"));
  EXPECT_EQ(format_date(*clock.due_on), "2017-10-11");
  EXPECT_TRUE(clock.overdue(d("2017-10-16")));
  ASSERT_EQ(clock.pauses.size(), 1u);
  EXPECT_FALSE(clock.pauses[0].moves_due);
}

// 材料不全 at the window: no clock until accepted on Mon 9 Oct; 5 days →
// 10, 11, 12, 13, 16 Oct.
TEST(WindowClock, ACorrectionBeforeAcceptanceStartsNoClock) {
  std::vector<WindowEvent> events = {
      event(WindowEventKind::kCorrectionRequested, "2017-09-28", {{"materials", {"章程草案"}}})};
  const auto waiting = derive_window_clock(d("2017-09-28"), events, calendar(), d("2017-10-09"));
  EXPECT_EQ(waiting.phase, WindowPhase::kAwaitingMaterials);
  EXPECT_FALSE(waiting.due_on);
  events.push_back(accepted("2017-10-09", 20, 5));
  const auto clock = derive_window_clock(d("2017-09-28"), events, calendar(), d("2017-10-09"));
  EXPECT_EQ(format_date(*clock.due_on), "2017-10-16");
}

TEST(WindowClock, AnImmediateItemIsDueTheDayItIsAccepted) {
  const auto clock = derive_window_clock(d("2017-10-09"), {accepted("2017-10-09", 0, 0)}, calendar(), d("2017-10-10"));
  EXPECT_EQ(format_date(*clock.due_on), "2017-10-09");
  EXPECT_TRUE(clock.overdue(d("2017-10-10")));
  EXPECT_EQ(clock.left_days, -1);
}

}  // namespace
}  // namespace gongkai::testing
