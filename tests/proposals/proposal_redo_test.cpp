// 重新办理 of 建议提案 on both engines (spec/regulation.md: a proposer not
// satisfied may object; the reply is redone within 1 month — some provinces
// 3 — of re-assignment). Dates worked by hand: assigned 2017-01-31, due
// 2017-04-30; re-assigned 2017-05-31, due one month later, clamped to
// 2017-06-30.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "proposals/proposal_commands.h"
#include "proposals/proposal_fixture.h"
#include "proposals/proposal_queries.h"

namespace gongkai::testing {
namespace {

using namespace proposals;

class ProposalRedoTest : public ProposalTest {
 protected:
  void SetUp() override {
    ProposalTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    session_ = create_session(*c, officer_, {"吴忠市五届人大一次会议", "npc", "市", "", ""});
    item_ = add_proposal(*c, officer_, today_,
                         {session_, "第12号", "关于减免城市低保户取暖费的建议", "马某某", "城市低保户取暖费减免", "主办",
                          "2017-01-31"});
    record_reply(*c, officer_, today_, item_, {"C", "受财力所限，待以后解决。", "2017-04-20"});
  }

  Proposal stored() {
    auto c = db_->lease();
    return tracked_proposal(*c, agency_id_, item_, today_).proposal;
  }
  std::vector<HandlingRound> rounds() {
    auto c = db_->lease();
    return handling_rounds(*c, agency_id_, item_);
  }
  void object(const char* satisfaction) {
    auto c = db_->lease();
    record_contact(*c, officer_, today_, item_, {"2017-04-25", "电话沟通", satisfaction});
  }
  int64_t reassignments() { return count("SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.reassign'"); }

  static constexpr const char* kObjection = "希望明确取暖费减免的时间表。";
  int64_t session_ = 0;
  int64_t item_ = 0;
};

TEST_P(ProposalRedoTest, AnObjectionOpensASecondRoundDueOneMonthAfterReassignment) {
  object("不满意");
  auto c = db_->lease();
  reassign_after_objection(*c, officer_, today_, item_, {"2017-05-31", kObjection});
  const Proposal p = stored();
  EXPECT_EQ(p.assigned_on, "2017-01-31");  // the year's tally still counts it in 2017
  EXPECT_EQ(p.reassigned_on, "2017-05-31");
  EXPECT_EQ(p.due_on, "2017-06-30");
  EXPECT_EQ(p.replied_on, "");
  EXPECT_EQ(p.reply_grade, "");
  EXPECT_EQ(p.satisfaction, "");
  EXPECT_EQ(p.contacted_on, "");
  EXPECT_EQ(tracked_proposal(*c, agency_id_, item_, *parse_date("2017-06-20")).status, DueStatus::kDueSoon);
  EXPECT_EQ(reassignments(), 1);

  const auto earlier = rounds();
  ASSERT_EQ(earlier.size(), 1u);
  EXPECT_EQ(earlier[0].number, 1);
  EXPECT_EQ(earlier[0].assigned_on, "2017-01-31");
  EXPECT_EQ(earlier[0].due_on, "2017-04-30");
  EXPECT_EQ(earlier[0].reply_grade, "C");
  EXPECT_EQ(earlier[0].reply_text, "受财力所限，待以后解决。");
  EXPECT_EQ(earlier[0].replied_on, "2017-04-20");
  EXPECT_EQ(earlier[0].contacted_on, "2017-04-25");
  EXPECT_EQ(earlier[0].contact_way, "电话沟通");
  EXPECT_EQ(earlier[0].satisfaction, "unsatisfied");
  EXPECT_EQ(earlier[0].objection, kObjection);
  EXPECT_EQ(earlier[0].reassigned_on, "2017-05-31");

  // The new round: a reply not before the re-assignment, then satisfaction.
  EXPECT_THROW(record_reply(*c, officer_, today_, item_, {"A", "已明确。", "2017-05-30"}), InvalidInput);
  record_reply(*c, officer_, today_, item_, {"A", "已明确2017年采暖季起减免。", "2017-06-15"});
  record_contact(*c, officer_, today_, item_, {"2017-06-20", "当面座谈", "满意"});
  EXPECT_EQ(stored().reply_grade, "A");
  EXPECT_EQ(stored().satisfaction, "satisfied");
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"2017-06-25", "仍不满意"}), Conflict);
  EXPECT_EQ(rounds().size(), 1u);
}

TEST_P(ProposalRedoTest, OnlyAnUnsatisfiedProposerOpensANewRound) {
  auto c = db_->lease();
  // No satisfaction returned yet, then 基本满意: no new round.
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"2017-05-31", kObjection}), Conflict);
  object("基本满意");
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"2017-05-31", kObjection}), Conflict);
  EXPECT_EQ(reassignments(), 0);
  EXPECT_TRUE(rounds().empty());
  EXPECT_EQ(stored().due_on, "2017-04-30");
}

TEST_P(ProposalRedoTest, BadInputIsRefusedAndNothingStored) {
  object("不满意");
  auto c = db_->lease();
  // Before the reply, without the objection, in the future, not a date.
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"2017-04-19", kObjection}), InvalidInput);
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"2017-05-31", "  "}), InvalidInput);
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"2099-01-01", kObjection}), InvalidInput);
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, item_, {"五月", kObjection}), InvalidInput);
  org::StaffActor reviewer = reviewer_;
  EXPECT_THROW(reassign_after_objection(*c, reviewer, today_, item_, {"2017-05-31", kObjection}), Forbidden);
  EXPECT_THROW(reassign_after_objection(*c, officer_, today_, 987654, {"2017-05-31", kObjection}), NotFound);
  EXPECT_EQ(reassignments(), 0);
  EXPECT_TRUE(rounds().empty());
  EXPECT_EQ(stored().replied_on, "2017-04-20");
  EXPECT_EQ(stored().satisfaction, "unsatisfied");
}

TEST_P(ProposalRedoTest, AReplyIsNotOverwrittenAndARedoIsNotExtended) {
  auto c = db_->lease();
  EXPECT_THROW(record_reply(*c, officer_, today_, item_, {"A", "改写的答复", "2017-04-21"}), Conflict);
  EXPECT_EQ(stored().reply_text, "受财力所限，待以后解决。");
  object("不满意");
  reassign_after_objection(*c, officer_, *parse_date("2017-05-31"), item_, {"2017-05-31", kObjection});
  EXPECT_THROW(extend_reply(*c, officer_, *parse_date("2017-06-01"), item_, "需要更多时间"), Conflict);
  EXPECT_EQ(stored().due_on, "2017-06-30");
}

TEST_P(ProposalRedoTest, TheRedoPeriodIsTheSessions) {
  auto c = db_->lease();
  // Some provinces give 3 months: 2017-11-30 + 3 months → 2018-02-28.
  const int64_t s = create_session(*c, officer_, {"政协吴忠市五届二次会议", "cppcc", "city", "3", "3"});
  const int64_t id = add_proposal(*c, officer_, today_, {s, "第3号", "关于社区网格化管理的提案", "李某某",
                                                         "社区网格化管理", "主办", "2017-08-01"});
  record_reply(*c, officer_, today_, id, {"B", "正在推进。", "2017-10-20"});
  record_contact(*c, officer_, today_, id, {"2017-10-25", "走访", "不满意"});
  reassign_after_objection(*c, officer_, today_, id, {"2017-11-30", "进度太慢。"});
  EXPECT_EQ(tracked_proposal(*c, agency_id_, id, today_).proposal.due_on, "2018-02-28");
  EXPECT_THROW(create_session(*c, officer_, {"政协吴忠市五届三次会议", "cppcc", "city", "3", "7"}), InvalidInput);
  EXPECT_THROW(create_session(*c, officer_, {"政协吴忠市五届三次会议", "cppcc", "city", "3", "0"}), InvalidInput);
}

INSTANTIATE_TEST_SUITE_P(Engines, ProposalRedoTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
