// The workflow commands on both engines: the whole path to publication, and
// every refusal (illegal transition, wrong role, unpublishable attribute, bad
// attachment, unknown id, double submit) leaving the store as it was.
#include <gtest/gtest.h>

#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "workflow/workflow_fixture.h"
#include "workflow/workflow_queries.h"

namespace gongkai::testing {
namespace {

using org::Role;

class WorkflowCommandsTest : public WorkflowTest {
 protected:
  // Row counts of every table a refused command could have touched.
  std::vector<int64_t> snapshot() {
    return {count("items"), count("item_events"), count("item_versions"), count("item_channels"),
            count("attachments"), count("audit_log"), count("search_changes")};
  }

  template <typename Error, typename F>
  void expect_refused(F&& command, const std::string& message) {
    const auto before = snapshot();
    try {
      command();
      ADD_FAILURE() << "accepted, expected: " << message;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
    }
    EXPECT_EQ(snapshot(), before) << "a refused command changed the store";
  }
};

TEST_P(WorkflowCommandsTest, DraftReviewApprovePublishMakesTheItemPublic) {
  const int64_t id = create_draft(draft());
  EXPECT_EQ(status_of(id), "draft");
  EXPECT_EQ(state_of(id), "draft");
  auto c = db_->lease();
  EXPECT_FALSE(catalog::find_public_item(*c, id, today_));

  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  EXPECT_EQ(state_of(id), "in_review");
  workflow::pass_review(*c, as(Role::kSecrecyReviewer), id, "无涉密内容", today_);
  EXPECT_EQ(state_of(id), "in_approval");
  workflow::approve_item(*c, as(Role::kDeputyLeader), id, "同意", today_);
  EXPECT_EQ(state_of(id), "approved");
  EXPECT_FALSE(catalog::find_public_item(*c, id, today_));
  const int64_t search_before = count("search_changes");
  workflow::publish_item(*c, as(Role::kOffice), id, "", today_);

  EXPECT_EQ(state_of(id), "published");
  EXPECT_EQ(status_of(id), "published");
  const auto item = catalog::find_public_item(*c, id, today_);
  ASSERT_TRUE(item);
  EXPECT_EQ(format_date(*item->published_date), "2026-11-27");
  EXPECT_EQ(count("search_changes"), search_before + 1);
  const auto kinds = c->query("SELECT kind, actor FROM item_events WHERE item_id = ? ORDER BY id", {id});
  ASSERT_EQ(kinds.size(), 5u);
  EXPECT_EQ(kinds[0].text(0), "drafted");
  EXPECT_EQ(kinds[2].text(0), "review_passed");
  EXPECT_EQ(kinds[2].text(1), "secrecy_reviewer");
  EXPECT_EQ(kinds[4].text(0), "published");
  const auto audit = c->query_one("SELECT actor, before_json, after_json FROM audit_log WHERE action = 'item.publish'");
  ASSERT_TRUE(audit);
  EXPECT_EQ(audit->text(0), "office");
  EXPECT_NE(audit->text(1).find("\"approved\""), std::string::npos);
  EXPECT_NE(audit->text(2).find("\"published\""), std::string::npos);
}

TEST_P(WorkflowCommandsTest, PublishingBeforeReviewIsRefusedWithTheState) {
  const int64_t id = create_draft(draft());
  auto c = db_->lease();
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  expect_refused<Conflict>([&] { workflow::publish_item(*c, as(Role::kOffice), id, "", today_); },
                           "该信息当前状态为待保密审查，不能发布");
  expect_refused<Conflict>([&] { workflow::approve_item(*c, as(Role::kDeputyLeader), id, "", today_); },
                           "该信息当前状态为待保密审查，不能审批通过");
  expect_refused<Conflict>([&] { workflow::edit_draft(*c, as(Role::kOfficer), id, draft("改"), today_); },
                           "不能修改");
  EXPECT_EQ(state_of(id), "in_review");
}

TEST_P(WorkflowCommandsTest, DoubleSubmitIsAConflictAndChangesNothing) {
  const int64_t id = create_draft(draft());
  auto c = db_->lease();
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  expect_refused<Conflict>([&] { workflow::submit_item(*c, as(Role::kOfficer), id, today_); },
                           "该信息当前状态为待保密审查，不能提交保密审查");
}

TEST_P(WorkflowCommandsTest, ARoleThatMayNotActIsForbidden) {
  const int64_t id = create_draft(draft());
  auto c = db_->lease();
  expect_refused<Forbidden>([&] { workflow::submit_item(*c, as(Role::kSecrecyReviewer), id, today_); }, "无权");
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  expect_refused<Forbidden>([&] { workflow::pass_review(*c, as(Role::kOfficer), id, "", today_); },
                            "您的角色（信息员）无权执行此操作");
  expect_refused<Forbidden>([&] { workflow::pass_review(*c, as(Role::kAdministrator), id, "", today_); }, "无权");
  expect_refused<Forbidden>([&] { workflow::draft_item(*c, as(Role::kDeputyLeader), draft("领导起草")); }, "无权");
}

TEST_P(WorkflowCommandsTest, MajorItemsAreApprovedByThePrincipalLeaderOnly) {
  auto major = draft("吴忠市促进养老服务业发展行动计划");
  major.importance = "重大事项";
  const int64_t id = create_draft(major);
  auto c = db_->lease();
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  workflow::pass_review(*c, as(Role::kSecrecyReviewer), id, "", today_);
  expect_refused<Forbidden>([&] { workflow::approve_item(*c, as(Role::kDeputyLeader), id, "", today_); },
                            "审批重大事项");
  workflow::approve_item(*c, as(Role::kPrincipalLeader), id, "", today_);
  EXPECT_EQ(state_of(id), "approved");
}

TEST_P(WorkflowCommandsTest, AReturnNeedsACommentAndSendsTheDraftBackForEditing) {
  const int64_t id = create_draft(draft());
  auto c = db_->lease();
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  expect_refused<InvalidInput>([&] { workflow::return_from_review(*c, as(Role::kSecrecyReviewer), id, "  ", today_); },
                               "退回时须填写退回意见");
  workflow::return_from_review(*c, as(Role::kSecrecyReviewer), id, "第二段涉及内部安排，请删除", today_);
  EXPECT_EQ(state_of(id), "returned");
  auto edited = draft("关于做好冬季救助工作的通知（修改稿）");
  workflow::edit_draft(*c, as(Role::kOfficer), id, edited, today_);
  EXPECT_EQ(c->query_one("SELECT title, version FROM items WHERE id = ?", {id})->text(0),
            "关于做好冬季救助工作的通知（修改稿）");
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM item_versions WHERE item_id = ?", {id})->integer(0), 2);
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  EXPECT_EQ(state_of(id), "in_review");
  EXPECT_EQ(c->query_one("SELECT comment FROM item_events WHERE kind = 'review_returned'")->text(0),
            "第二段涉及内部安排，请删除");
}

TEST_P(WorkflowCommandsTest, WithheldAndOnRequestItemsAreNeverPublished) {
  for (const auto& [attribute, ground] : std::vector<std::pair<std::string, std::string>>{
           {"不予公开", "art16_process_info"}, {"依申请公开", "art15_third_party"}}) {
    auto d = draft("内部会议纪要" + attribute);
    d.attribute = attribute;
    d.withholding_ground = ground;
    const int64_t id = approved_item(d);
    auto c = db_->lease();
    expect_refused<Conflict>([&] { workflow::publish_item(*c, as(Role::kOffice), id, "", today_); },
                             attribute + "的信息不能发布");
    expect_refused<Conflict>([&] { workflow::publish_item(*c, as(Role::kOffice), id, "2026-12-10", today_); },
                             attribute + "的信息不能发布");
    EXPECT_EQ(status_of(id), "draft");
    EXPECT_FALSE(catalog::find_public_item(*c, id, *parse_date("2027-01-01")));
  }
}

TEST_P(WorkflowCommandsTest, APartialItemNeedsItsRedactedBody) {
  auto partial = draft("部分公开的救助名单");
  partial.attribute = "部分公开";
  expect_refused<InvalidInput>([&] { create_draft(partial); }, "须提供删减后的公开文本");
  partial.public_body = "各县（市、区）民政局：\n\n（此处依法删除12字）";
  const int64_t id = approved_item(partial);
  auto c = db_->lease();
  workflow::publish_item(*c, as(Role::kOffice), id, "", today_);
  EXPECT_EQ(catalog::find_public_item(*c, id, today_)->public_text(), partial.public_body);
}

TEST_P(WorkflowCommandsTest, AFutureDateSchedulesTheItemUntilItsDay) {
  const int64_t id = approved_item(draft());
  auto c = db_->lease();
  expect_refused<InvalidInput>([&] { workflow::publish_item(*c, as(Role::kOffice), id, "2026-11-26", today_); },
                               "发布日期不能早于今天");
  workflow::publish_item(*c, as(Role::kOffice), id, "2026-12-01", today_);
  EXPECT_EQ(state_of(id), "scheduled");
  EXPECT_FALSE(catalog::find_public_item(*c, id, today_));
  EXPECT_TRUE(catalog::find_public_item(*c, id, *parse_date("2026-12-01")));
  // On its day the item is published: a channel may be recorded, and the projection follows.
  workflow::record_channel(*c, as(Role::kOffice), id, {"微信公众号", "", "2026-12-01", ""}, *parse_date("2026-12-01"));
  EXPECT_EQ(state_of(id), "published");
}

TEST_P(WorkflowCommandsTest, RevokingNeedsAReasonAndTakesTheItemOffThePortal) {
  const int64_t id = approved_item(draft());
  auto c = db_->lease();
  workflow::publish_item(*c, as(Role::kOffice), id, "", today_);
  expect_refused<InvalidInput>([&] { workflow::revoke_item(*c, as(Role::kOffice), id, "", today_); },
                               "撤回时须填写撤回理由");
  workflow::revoke_item(*c, as(Role::kOffice), id, "文件已被新文件替代", today_);
  EXPECT_EQ(status_of(id), "revoked");
  EXPECT_EQ(state_of(id), "revoked");
  EXPECT_FALSE(catalog::find_public_item(*c, id, today_));
  expect_refused<Conflict>([&] { workflow::publish_item(*c, as(Role::kOffice), id, "", today_); },
                           "该信息当前状态为已撤回，不能发布");
}

TEST_P(WorkflowCommandsTest, ValidityIsMarkedOnPublishedItems) {
  const int64_t id = approved_item(draft());
  auto c = db_->lease();
  expect_refused<Conflict>([&] { workflow::mark_validity(*c, as(Role::kOffice), id, "废止", today_); },
                           "该信息当前状态为待发布，不能标注有效性");
  workflow::publish_item(*c, as(Role::kOffice), id, "", today_);
  expect_refused<InvalidInput>([&] { workflow::mark_validity(*c, as(Role::kOffice), id, "作废", today_); },
                               "有效性无效");
  workflow::mark_validity(*c, as(Role::kOffice), id, "废止", today_);
  EXPECT_EQ(c->query_one("SELECT validity FROM items WHERE id = ?", {id})->text(0), "repealed");
  expect_refused<Conflict>([&] { workflow::mark_validity(*c, as(Role::kOffice), id, "废止", today_); }, "已是废止");
}

TEST_P(WorkflowCommandsTest, OtherChannelsAreRecordedWithOutletDateAndReference) {
  const int64_t id = approved_item(draft());
  auto c = db_->lease();
  expect_refused<Conflict>(
      [&] { workflow::record_channel(*c, as(Role::kOffice), id, {"报纸", "吴忠日报", "2026-11-27", ""}, today_); },
      "该信息当前状态为待发布，不能登记其他发布渠道");
  workflow::publish_item(*c, as(Role::kOffice), id, "", today_);
  expect_refused<InvalidInput>(
      [&] { workflow::record_channel(*c, as(Role::kOffice), id, {"报纸", "", "2026-11-27", ""}, today_); },
      "请填写报纸的名称");
  expect_refused<InvalidInput>(
      [&] { workflow::record_channel(*c, as(Role::kOffice), id, {"门户网站", "", "2026-11-27", ""}, today_); },
      "门户网站的发布由");
  expect_refused<InvalidInput>(
      [&] { workflow::record_channel(*c, as(Role::kOffice), id, {"广播", "", "2026-11-27", ""}, today_); },
      "发布渠道无效");
  expect_refused<InvalidInput>(
      [&] { workflow::record_channel(*c, as(Role::kOffice), id, {"报纸", "吴忠日报", "2026-11-28", ""}, today_); },
      "不能晚于今天");
  workflow::record_channel(*c, as(Role::kOffice), id, {"报纸", "吴忠日报", "2026-11-27", "第3版"}, today_);
  const auto row = c->query_one("SELECT channel, outlet, published_on, reference FROM item_channels");
  EXPECT_EQ(row->text(0), "newspaper");
  EXPECT_EQ(row->text(1), "吴忠日报");
  EXPECT_EQ(row->text(3), "第3版");
}

TEST_P(WorkflowCommandsTest, AttachmentsKeepTheCatalogueLimitsAndOnlyGoOnDrafts) {
  const int64_t id = create_draft(draft());
  auto c = db_->lease();
  expect_refused<InvalidInput>(
      [&] { workflow::add_draft_attachment(*c, as(Role::kOfficer), id, "setup.exe", "MZ", today_); },
      "不支持的附件类型");
  const std::string too_big(20 * 1024 * 1024 + 1, 'x');
  expect_refused<InvalidInput>(
      [&] { workflow::add_draft_attachment(*c, as(Role::kOfficer), id, "名单.pdf", too_big, today_); },
      "附件超过20MB");
  workflow::add_draft_attachment(*c, as(Role::kOfficer), id, "救助标准.pdf", "%PDF-1.4 test", today_);
  EXPECT_EQ(count("attachments"), 1);
  workflow::submit_item(*c, as(Role::kOfficer), id, today_);
  expect_refused<Conflict>(
      [&] { workflow::add_draft_attachment(*c, as(Role::kOfficer), id, "b.pdf", "%PDF-1.4", today_); },
      "不能上传附件");
}

TEST_P(WorkflowCommandsTest, UnknownItemsAndOtherAgenciesItemsAreNotFound) {
  auto c = db_->lease();
  expect_refused<NotFound>([&] { workflow::submit_item(*c, as(Role::kOfficer), 999999, today_); }, "信息不存在");
  const int64_t id = create_draft(draft());
  org::StaffActor stranger = as(Role::kOfficer);
  stranger.agency_id = agency_ + 1000;
  expect_refused<NotFound>([&] { workflow::submit_item(*c, stranger, id, today_); }, "信息不存在");
}

TEST_P(WorkflowCommandsTest, AnInterpretationIsLinkedToItsPolicy) {
  const int64_t policy = create_draft(draft("关于促进慈善事业健康发展的实施意见"));
  auto interpretation_draft = draft("《关于促进慈善事业健康发展的实施意见》政策解读");
  interpretation_draft.category_code = "zcjd";
  const int64_t interpretation = create_draft(interpretation_draft);
  auto c = db_->lease();
  workflow::link_interpretation(*c, as(Role::kOfficer), interpretation, policy, today_);
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM item_links WHERE from_item_id = ? AND to_item_id = ?",
                         {interpretation, policy})
                ->integer(0),
            1);
  const auto seen_from_policy = workflow::item_detail(*c, calendar_, as(Role::kOffice), policy, today_).links;
  ASSERT_EQ(seen_from_policy.size(), 1u);
  EXPECT_EQ(seen_from_policy[0].relation, "interpreted_by");
  EXPECT_EQ(seen_from_policy[0].title, "《关于促进慈善事业健康发展的实施意见》政策解读");
  expect_refused<Conflict>(
      [&] { workflow::link_interpretation(*c, as(Role::kOfficer), interpretation, policy, today_); }, "");
}

TEST_P(WorkflowCommandsTest, ADraftNeedsAValidImportanceAndFormat) {
  auto d = draft();
  d.importance = "紧急";
  expect_refused<InvalidInput>([&] { create_draft(d); }, "事项类别无效");
  d = draft();
  d.body_format = "html";
  expect_refused<InvalidInput>([&] { create_draft(d); }, "正文格式无效");
  d = draft();
  d.title = "";
  expect_refused<InvalidInput>([&] { create_draft(d); }, "标题不能为空");
  d = draft();
  d.written_date = "";
  expect_refused<InvalidInput>([&] { create_draft(d); }, "成文日期格式应为YYYY-MM-DD");
  d = draft();
  d.formed_date = "2026-13-01";
  expect_refused<InvalidInput>([&] { create_draft(d); }, "形成或变更日期格式应为YYYY-MM-DD");
  d.formed_date = "2026-11-19";
  expect_refused<InvalidInput>([&] { create_draft(d); }, "形成或变更日期不能早于成文日期");
}

INSTANTIATE_TEST_SUITE_P(Engines, WorkflowCommandsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
