// What the back office reads: each staff member's 待办, item lists by state,
// one item's history and the actions open to its reader, and publication
// counts by channel.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "workflow/workflow_fixture.h"
#include "workflow/workflow_queries.h"

namespace gongkai::testing {
namespace {

using org::Role;

class WorkflowQueriesTest : public WorkflowTest {
 protected:
  static std::vector<std::string> titles(const std::vector<workflow::WorkflowItem>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.title);
    return out;
  }
  workflow::Dashboard board(Role role) {
    auto c = db_->lease();
    return workflow::dashboard_for(*c, calendar_, as(role), today_);
  }
};

TEST_P(WorkflowQueriesTest, EachRoleSeesWhatWaitsForIt) {
  auto c = db_->lease();
  const int64_t returned = create_draft(draft("退回的稿件"));
  workflow::submit_item(*c, as(Role::kOfficer), returned, today_);
  workflow::return_from_review(*c, as(Role::kSecrecyReviewer), returned, "请修改", today_);
  const int64_t reviewing = create_draft(draft("待审查的稿件"));
  workflow::submit_item(*c, as(Role::kOfficer), reviewing, today_);
  const int64_t ordinary = create_draft(draft("一般事项稿件"));
  workflow::submit_item(*c, as(Role::kOfficer), ordinary, today_);
  workflow::pass_review(*c, as(Role::kSecrecyReviewer), ordinary, "", today_);
  auto major_draft = draft("重大事项稿件");
  major_draft.importance = "major";
  const int64_t major = create_draft(major_draft);
  workflow::submit_item(*c, as(Role::kOfficer), major, today_);
  workflow::pass_review(*c, as(Role::kSecrecyReviewer), major, "", today_);
  approved_item(draft("待发布稿件"));

  EXPECT_EQ(titles(board(Role::kOfficer).returned), std::vector<std::string>{"退回的稿件"});
  EXPECT_EQ(titles(board(Role::kSecrecyReviewer).to_review), std::vector<std::string>{"待审查的稿件"});
  EXPECT_EQ(titles(board(Role::kDeputyLeader).to_approve), std::vector<std::string>{"一般事项稿件"});
  EXPECT_EQ(titles(board(Role::kPrincipalLeader).to_approve), std::vector<std::string>{"重大事项稿件"});
  EXPECT_EQ(titles(board(Role::kOffice).to_publish), std::vector<std::string>{"待发布稿件"});
  EXPECT_TRUE(board(Role::kAdministrator).to_review.empty());
  EXPECT_TRUE(board(Role::kSecrecyReviewer).to_publish.empty());
}

// Written (and formed) on 2026-11-20, a Friday: the 20 working days end on
// Fri 2026-12-18 (Nov 23–27, Nov 30–Dec 4, Dec 7–11, Dec 14–18). On 2026-11-27
// 15 are left; on 2026-12-14, 4 (Dec 15–18): at risk; on 2026-12-21, overdue by 1.
TEST_P(WorkflowQueriesTest, TheOfficeSeesItemsAtRiskAndOverdue) {
  create_draft(draft("起草中的稿件"));
  auto c = db_->lease();
  auto early = workflow::dashboard_for(*c, calendar_, as(Role::kOffice), today_);
  EXPECT_TRUE(early.at_risk.empty());
  EXPECT_TRUE(early.overdue.empty());
  auto risky = workflow::dashboard_for(*c, calendar_, as(Role::kOffice), *parse_date("2026-12-14"));
  ASSERT_EQ(risky.at_risk.size(), 1u);
  EXPECT_EQ(risky.at_risk[0].timeliness->working_days_left, 4);
  EXPECT_EQ(format_date(risky.at_risk[0].timeliness->due), "2026-12-18");
  auto late = workflow::dashboard_for(*c, calendar_, as(Role::kOffice), *parse_date("2026-12-21"));
  ASSERT_EQ(late.overdue.size(), 1u);
  EXPECT_EQ(late.overdue[0].timeliness->working_days_left, -1);
}

TEST_P(WorkflowQueriesTest, TheItemListFiltersByState) {
  const int64_t a = create_draft(draft("甲"));
  create_draft(draft("乙"));
  auto c = db_->lease();
  workflow::submit_item(*c, as(Role::kOfficer), a, today_);
  auto in_review = workflow::list_workflow_items(*c, calendar_, as(Role::kSecrecyReviewer),
                                                 workflow::WorkflowState::kInReview, 1, today_);
  EXPECT_EQ(in_review.total, 1);
  EXPECT_EQ(titles(in_review.items), std::vector<std::string>{"甲"});
  EXPECT_EQ(workflow::list_workflow_items(*c, calendar_, as(Role::kOffice), std::nullopt, 1, today_).total, 2);
}

TEST_P(WorkflowQueriesTest, AScheduledItemIsListedAsPublishedFromItsDay) {
  const int64_t id = approved_item(draft("定时发布的稿件"));
  auto c = db_->lease();
  workflow::publish_item(*c, as(Role::kOffice), id, "2026-12-01", today_);
  const auto list = [&](workflow::WorkflowState state, const char* day) {
    return titles(workflow::list_workflow_items(*c, calendar_, as(Role::kOffice), state, 1, *parse_date(day)).items);
  };
  const std::vector<std::string> it{"定时发布的稿件"};
  EXPECT_EQ(list(workflow::WorkflowState::kScheduled, "2026-11-30"), it);
  EXPECT_TRUE(list(workflow::WorkflowState::kPublished, "2026-11-30").empty());
  EXPECT_TRUE(list(workflow::WorkflowState::kScheduled, "2026-12-01").empty());
  EXPECT_EQ(list(workflow::WorkflowState::kPublished, "2026-12-01"), it);
}

TEST_P(WorkflowQueriesTest, TheDetailShowsHistoryAndTheActionsOpenToTheReader) {
  const int64_t id = create_draft(draft());
  auto c = db_->lease();
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  const auto for_reviewer = workflow::item_detail(*c, calendar_, as(Role::kSecrecyReviewer), id, today_);
  EXPECT_EQ(for_reviewer.item.state, workflow::WorkflowState::kInReview);
  ASSERT_EQ(for_reviewer.history.size(), 2u);
  EXPECT_EQ(for_reviewer.history[1].kind, workflow::EventKind::kSubmitted);
  EXPECT_EQ(for_reviewer.allowed, (std::vector<workflow::EventKind>{workflow::EventKind::kReviewPassed,
                                                                    workflow::EventKind::kReviewReturned}));
  const auto for_office = workflow::item_detail(*c, calendar_, as(Role::kOffice), id, today_);
  EXPECT_EQ(for_office.allowed, std::vector<workflow::EventKind>{workflow::EventKind::kInterpretationLinked});
  EXPECT_THROW(workflow::item_detail(*c, calendar_, as(Role::kOffice), id + 100, today_), NotFound);
}

TEST_P(WorkflowQueriesTest, PublicationCountsComeFromTheRecords) {
  auto c = db_->lease();
  const int64_t a = approved_item(draft("甲"));
  const int64_t b = approved_item(draft("乙"));
  workflow::publish_item(*c, as(Role::kOffice), a, "", today_);
  workflow::publish_item(*c, as(Role::kOffice), b, "", today_);
  workflow::record_channel(*c, as(Role::kOffice), a, {"报纸", "吴忠日报", "2026-11-27", ""}, today_);
  workflow::record_channel(*c, as(Role::kOffice), a, {"期刊", "《宁夏双拥》", "2026-11-27", ""}, today_);
  workflow::record_channel(*c, as(Role::kOffice), b, {"公示栏", "", "2026-11-27", ""}, today_);
  const auto counts = workflow::publication_counts(*c, agency_, 2026);
  EXPECT_EQ(counts.portal, 2);
  EXPECT_EQ(counts.media, 2);  // the bulletin board is not a news medium
  EXPECT_EQ(counts.by_channel.size(), 3u);
  EXPECT_EQ(workflow::publication_counts(*c, agency_, 2025).portal, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, WorkflowQueriesTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
