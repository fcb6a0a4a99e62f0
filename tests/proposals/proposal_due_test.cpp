// The dashboard's 建议提案 due within 10 working days or overdue, and the
// extension of a reply to 6 months (spec/regulation.md), on both engines,
// with the dates worked by hand over the 2017 holidays.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/errors.h"
#include "proposals/proposal_commands.h"
#include "proposals/proposal_fixture.h"
#include "proposals/proposal_queries.h"

namespace gongkai::testing {
namespace {

using namespace proposals;

class ProposalDueTest : public ProposalTest {
 protected:
  void SetUp() override {
    ProposalTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    session_ = create_session(*c, officer_, {"吴忠市五届人大一次会议", "npc", "市", ""});
    // Assigned 2017-01-31: due three months later, clamped to 2017-04-30 (a Sunday).
    item_ = add_proposal(*c, officer_, today_,
                         {session_, "第12号", "关于减免城市低保户取暖费的建议", "马某某", "城市低保户取暖费减免", "主办",
                          "2017-01-31"});
  }
  std::vector<TrackedProposal> due_on(const char* day) {
    auto c = db_->lease();
    return replies_due(*c, calendar_, agency_id_, *parse_date(day));
  }
  static CivilDate day(const char* text) { return *parse_date(text); }

  const WorkingDayCalendar calendar_ =
      WorkingDayCalendar::load(std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "holidays");
  int64_t session_ = 0;
  int64_t item_ = 0;
};

TEST_P(ProposalDueTest, DueWithinTenWorkingDaysOrOverdue) {
  // Friday 2017-04-14: the 10th working day after is 04-28 (17–21, 24–28);
  // 04-30 lies beyond it.
  EXPECT_TRUE(due_on("2017-04-14").empty());
  // Monday 04-17: 18–21 and 24–28 are 9, 04-29/30 the weekend, 05-01 劳动节,
  // so the 10th is 05-02 and 04-30 is within; 9 working days are left (18–28).
  const auto soon = due_on("2017-04-17");
  ASSERT_EQ(soon.size(), 1u);
  EXPECT_EQ(soon[0].status, DueStatus::kDueSoon);
  EXPECT_EQ(soon[0].days_left, 9);
  EXPECT_EQ(soon[0].session_name, "吴忠市五届人大一次会议");
  // 05-02 without a reply: two calendar days past due.
  const auto overdue = due_on("2017-05-02");
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].status, DueStatus::kOverdue);
  EXPECT_EQ(overdue[0].days_left, -2);
  // Replied: off the board.
  auto c = db_->lease();
  record_reply(*c, officer_, day("2017-05-03"), item_, {"A", "已按政策减免。", "2017-05-03"});
  EXPECT_TRUE(due_on("2017-05-04").empty());
}

TEST_P(ProposalDueTest, AnExtensionMovesTheDueDateToSixMonthsAfterAssignment) {
  auto c = db_->lease();
  EXPECT_THROW(extend_reply(*c, officer_, day("2017-04-20"), item_, "  "), InvalidInput);
  extend_reply(*c, officer_, day("2017-04-20"), item_, "涉及财政资金安排，已向代表说明，预计7月答复。");
  // 2017-01-31 + 6 months = 2017-07-31.
  const auto t = tracked_proposal(*c, agency_id_, item_, day("2017-04-20"));
  EXPECT_EQ(t.proposal.due_on, "2017-07-31");
  EXPECT_EQ(t.proposal.extended_on, "2017-04-20");
  EXPECT_EQ(t.proposal.extension_note, "涉及财政资金安排，已向代表说明，预计7月答复。");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.extend'"), 1);
  EXPECT_TRUE(due_on("2017-04-28").empty());  // no longer due on 04-30
  EXPECT_THROW(extend_reply(*c, officer_, day("2017-05-20"), item_, "再次延期"), Conflict);
}

TEST_P(ProposalDueTest, NoExtensionAfterTheDueDateOrTheReply) {
  auto c = db_->lease();
  EXPECT_THROW(extend_reply(*c, officer_, day("2017-05-01"), item_, "逾期后才说明"), InvalidInput);
  record_reply(*c, officer_, day("2017-04-25"), item_, {"B", "列入规划逐步解决。", "2017-04-25"});
  EXPECT_THROW(extend_reply(*c, officer_, day("2017-04-26"), item_, "已答复"), Conflict);
  org::StaffActor reviewer = officer_;
  reviewer.role = org::Role::kSecrecyReviewer;
  EXPECT_THROW(extend_reply(*c, reviewer, day("2017-04-20"), item_, "无权"), Forbidden);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.extend'"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, ProposalDueTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
