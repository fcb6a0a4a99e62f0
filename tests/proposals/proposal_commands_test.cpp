// Registering, replying, contacting and publishing 建议提案 on both engines:
// the due date follows the session's period, and bad input is refused with a
// reason and nothing stored (neither the change nor an audit record).
#include <gtest/gtest.h>

#include "core/errors.h"
#include "proposals/proposal_commands.h"
#include "proposals/proposal_queries.h"
#include "proposals/proposal_fixture.h"

namespace gongkai::testing {
namespace {

using namespace proposals;

class ProposalCommandsTest : public ProposalTest {
 protected:
  void SetUp() override {
    ProposalTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    session_ = create_session(*c, officer_, {"吴忠市五届人大一次会议", "npc", "市", ""});
    item_ = add_proposal(*c, officer_, today_,
                         {session_, "第12号", "关于减免城市低保户取暖费的建议", "马某某", "城市低保户取暖费减免", "主办",
                          "2017-01-31"});
  }

  Proposal stored() {
    auto c = db_->lease();
    for (auto& t : proposal_board(*c, agency_id_, today_).items) {
      if (t.proposal.id == item_) return t.proposal;
    }
    throw std::runtime_error("item gone");
  }

  int64_t audits() { return count("SELECT COUNT(*) FROM audit_log"); }

  int64_t session_ = 0;
  int64_t item_ = 0;
};

TEST_P(ProposalCommandsTest, DueThreeMonthsAfterAssignmentClampedToApril30) {
  EXPECT_EQ(stored().due_on, "2017-04-30");
  EXPECT_EQ(stored().handling_role, "lead");
}

TEST_P(ProposalCommandsTest, ASessionWithFiveMonthsGivesFiveMonths) {
  auto c = db_->lease();
  const int64_t s = create_session(*c, officer_, {"政协吴忠市五届一次会议", "政协委员提案", "city", "5"});
  const int64_t id = add_proposal(*c, officer_, today_, {s, "第5号", "关于推动慈善事业发展的提案", "王某某", "慈善事业发展", "会办", "2017-03-15"});
  for (auto& t : proposal_board(*c, agency_id_, today_).items) {
    if (t.proposal.id == id) {
      EXPECT_EQ(t.proposal.due_on, "2017-08-15");
    }
  }
}

TEST_P(ProposalCommandsTest, ReplyContactAndPublishAreStoredAndAudited) {
  const auto before = audits();
  {
    auto c = db_->lease();
    record_reply(*c, officer_, today_, item_, {"A", "已按政策减免。", "2017-04-20"});
    record_contact(*c, officer_, today_, item_, {"2017-04-25", "电话沟通", "满意"});
    publish_result(*c, officer_, *parse_date("2017-05-10"), item_, "已减免取暖费。");
  }
  const auto p = stored();
  EXPECT_EQ(p.reply_grade, "A");
  EXPECT_EQ(p.replied_on, "2017-04-20");
  EXPECT_EQ(p.satisfaction, "satisfied");
  EXPECT_TRUE(p.published);
  EXPECT_EQ(p.published_on, "2017-05-10");
  EXPECT_EQ(audits(), before + 3);
}

TEST_P(ProposalCommandsTest, AnUnknownGradeIsRefusedAndNothingStored) {
  const auto before = audits();
  auto c = db_->lease();
  EXPECT_THROW(record_reply(*c, officer_, today_, item_, {"E", "答复", "2017-04-20"}), InvalidInput);
  EXPECT_EQ(stored().reply_grade, "");
  EXPECT_EQ(stored().replied_on, "");
  EXPECT_EQ(audits(), before);
}

TEST_P(ProposalCommandsTest, AReplyBeforeTheAssignmentIsRefusedAndNothingStored) {
  const auto before = audits();
  auto c = db_->lease();
  try {
    record_reply(*c, officer_, today_, item_, {"B", "答复", "2017-01-30"});
    FAIL() << "accepted a reply before assignment";
  } catch (const InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("不能早于交办日期"), std::string::npos);
  }
  EXPECT_EQ(stored().replied_on, "");
  EXPECT_EQ(audits(), before);
}

TEST_P(ProposalCommandsTest, OtherBadInputIsRefused) {
  const auto items = count("SELECT COUNT(*) FROM proposal_items");
  auto c = db_->lease();
  EXPECT_THROW(record_reply(*c, officer_, today_, item_, {"A", "答复", "2099-01-01"}), InvalidInput);  // future
  EXPECT_THROW(record_contact(*c, officer_, today_, item_, {"2017-04-25", "电话", "满意"}), InvalidInput);  // no reply yet
  EXPECT_THROW(record_contact(*c, officer_, today_, item_, {"2017-04-25", "电话", "很好"}), InvalidInput);
  EXPECT_THROW(publish_result(*c, officer_, today_, item_, "摘要"), InvalidInput);  // no reply yet
  EXPECT_THROW(add_proposal(*c, officer_, today_, {session_, "第13号", "标题", "王某某", "养老", "牵头", "2017-03-01"}),
               InvalidInput);  // unknown handling role
  EXPECT_THROW(add_proposal(*c, officer_, today_, {session_, "第12号", "标题", "王某某", "养老", "主办", "2017-03-01"}),
               Conflict);
  EXPECT_THROW(create_session(*c, officer_, {"某会议", "npc", "市", "0"}), InvalidInput);
  EXPECT_THROW(create_session(*c, officer_, {"某会议", "人民代表", "市", ""}), InvalidInput);
  EXPECT_EQ(count("SELECT COUNT(*) FROM proposal_items"), items);
  EXPECT_EQ(count("SELECT COUNT(*) FROM proposal_sessions"), 1);
}

TEST_P(ProposalCommandsTest, ASecrecyReviewerMayNotHandleProposals) {
  auto c = db_->lease();
  EXPECT_THROW(record_reply(*c, reviewer_, today_, item_, {"A", "答复", "2017-04-20"}), Forbidden);
}

TEST_P(ProposalCommandsTest, TheBoardCountsOverdueAndDueSoon) {
  auto c = db_->lease();
  add_proposal(*c, officer_, today_, {session_, "第20号", "标题二", "王某某", "养老", "分办", "2026-08-20"});  // due 11-20
  add_proposal(*c, officer_, today_, {session_, "第21号", "标题三", "李某某", "养老", "分办", "2026-09-05"});  // due 12-05
  add_proposal(*c, officer_, today_, {session_, "第22号", "标题四", "张某某", "养老", "分办", "2026-10-01"});  // due 2027-01-01
  const auto board = proposal_board(*c, agency_id_, today_);  // today 2026-11-27
  EXPECT_EQ(board.overdue, 2);   // 第12号 (2017-04-30) and 第20号 (2026-11-20)
  EXPECT_EQ(board.due_soon, 1);  // 第21号: 8 days left
}

INSTANTIATE_TEST_SUITE_P(Engines, ProposalCommandsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
