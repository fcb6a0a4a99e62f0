// The 7-working-day publication rule on the real holiday calendar
// (data/holidays/), due dates worked by hand from the State Council notices.
#include <gtest/gtest.h>

#include <filesystem>

#include "credit/publication_deadline.h"

namespace gongkai::testing {
namespace {

using credit::PublicationState;

const WorkingDayCalendar& calendar() {
  static const WorkingDayCalendar loaded =
      WorkingDayCalendar::load(std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "holidays");
  return loaded;
}

CivilDate day(const char* text) { return *parse_date(text); }

credit::CreditDecision decided_on(const char* date) {
  credit::CreditDecision d;
  d.decision_date = day(date);
  return d;
}

// 2017: 10-01 to 10-08 off (国庆节、中秋节), Saturday 09-30 a make-up working day.
// From Thursday 09-28: 09-29 (1), 09-30 (2), 10-09 (3), 10-10 (4), 10-11 (5),
// 10-12 (6), 10-13 (7).
TEST(PublicationDeadlineTest, SevenWorkingDaysAcrossTheNationalDayWeekOf2017) {
  EXPECT_EQ(credit::publication_due(calendar(), day("2017-09-28")), day("2017-10-13"));
}

// 2023: 09-29 to 10-06 off, Saturday 10-07 and Sunday 10-08 worked. From
// Wednesday 09-27: 09-28 (1), 10-07 (2), 10-08 (3), 10-09 (4), 10-10 (5),
// 10-11 (6), 10-12 (7).
TEST(PublicationDeadlineTest, SevenWorkingDaysCountTheMakeUpWeekendOf2023) {
  EXPECT_EQ(credit::publication_due(calendar(), day("2023-09-27")), day("2023-10-12"));
}

// An ordinary week: from Wednesday 2017-03-01, the 7th working day is Friday 03-10.
TEST(PublicationDeadlineTest, AnOrdinaryWeekSkipsOnlyTheWeekend) {
  EXPECT_EQ(credit::publication_due(calendar(), day("2017-03-01")), day("2017-03-10"));
}

TEST(PublicationDeadlineTest, TheStateFollowsTheDueDateAndThePublicationDate) {
  auto d = decided_on("2017-09-28");  // due 2017-10-13
  d.published_on = day("2017-10-13");
  EXPECT_EQ(credit::publication_deadline(calendar(), d, day("2018-01-01")).state, PublicationState::kOnTime);
  d.published_on = day("2017-10-16");
  EXPECT_EQ(credit::publication_deadline(calendar(), d, day("2018-01-01")).state, PublicationState::kLate);
  d.published_on.reset();
  // 10-09 leaves 10-10 … 10-13: four working days, not yet due soon.
  auto pending = credit::publication_deadline(calendar(), d, day("2017-10-09"));
  EXPECT_EQ(pending.state, PublicationState::kPending);
  EXPECT_EQ(pending.working_days_left, 4);
  // 10-11 leaves 10-12 and 10-13: due soon; so is the due date itself.
  EXPECT_EQ(credit::publication_deadline(calendar(), d, day("2017-10-11")).state, PublicationState::kDueSoon);
  EXPECT_EQ(credit::publication_deadline(calendar(), d, day("2017-10-13")).state, PublicationState::kDueSoon);
  EXPECT_EQ(credit::publication_deadline(calendar(), d, day("2017-10-14")).state, PublicationState::kOverdue);
  d.status = credit::DecisionStatus::kWithdrawn;
  EXPECT_EQ(credit::publication_deadline(calendar(), d, day("2017-10-14")).state, PublicationState::kWithdrawn);
}

}  // namespace
}  // namespace gongkai::testing
