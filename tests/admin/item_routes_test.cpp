// The workflow's back-office pages over HTTP, on the real server with the
// demo agency: the whole path from a draft to the public portal, and every
// refusal a user meets (illegal transition, double submit, wrong role, bad
// attachment, unknown id, bad form input) with its message and status, the
// store left as it was.
#include <gtest/gtest.h>

#include <regex>

#include "admin/admin_fixture.h"
#include "core/civil_date.h"

namespace gongkai::testing {
namespace {

using org::Role;

class ItemRoutesTest : public ::testing::Test {
 protected:
  AdminServer& server_ = AdminServer::instance();

  FormFields item_form(const std::string& title) const {
    const std::string today = format_date(today_in_china());
    return {{"category", "zcwj"},       {"title", title},          {"doc_number", ""},
            {"department", "bgs"},      {"written_date", today},   {"formed_date", ""},
            {"topic", "民政"},          {"genre", "通知"},         {"attribute", "proactive"},
            {"withholding_ground", ""}, {"importance", "ordinary"}, {"body_format", "markdown"},
            {"summary", "测试概述"},    {"body", "## 工作要求\n\n请**按时**完成。\n\n<script>alert(1)</script>"},
            {"public_body", ""},        {"action", "save"}};
  }

  // Drafts through the form as a new officer; returns the new item's id.
  int64_t draft(const std::string& title, FormFields extra = {}) {
    auto officer = server_.login_as(Role::kOfficer);
    FormFields fields = item_form(title);
    for (auto& [name, value] : extra) {
      for (auto& field : fields) {
        if (field.first == name) field.second = value;
      }
    }
    const auto reply = officer.post("/admin/items/new", fields);
    EXPECT_EQ(reply.status, 303) << reply.body;
    std::smatch match;
    const std::string location = reply.header("location");
    if (!std::regex_match(location, match, std::regex("/admin/items/(\\d+)"))) {
      ADD_FAILURE() << "no item in location: " << location;
      return 0;
    }
    return std::stoll(match[1]);
  }

  std::string url(int64_t id, const std::string& action = "") const {
    return "/admin/items/" + std::to_string(id) + (action.empty() ? "" : "/" + action);
  }

  std::string state_of(int64_t id) {
    auto c = server_.app().database().lease();
    return c->query_one("SELECT workflow_state FROM items WHERE id = ?", {id})->text(0);
  }
  int64_t events_of(int64_t id) {
    auto c = server_.app().database().lease();
    return c->query_one("SELECT COUNT(*) FROM item_events WHERE item_id = ?", {id})->integer(0);
  }
};

TEST_F(ItemRoutesTest, DraftReviewApprovalPublicationThenTheItemIsOnThePortal) {
  const int64_t id = draft("关于做好今冬明春困难群众救助工作的通知");
  ASSERT_GT(id, 0);
  const std::string public_url = "/xxgk/item/" + std::to_string(id);
  EXPECT_EQ(server_.get(public_url).status, 404);

  auto officer = server_.login_as(Role::kOfficer);
  EXPECT_EQ(officer.post(url(id, "submit"), {}).status, 303);

  auto reviewer = server_.login_as(Role::kSecrecyReviewer);
  const auto waiting = reviewer.get("/admin/");
  EXPECT_NE(waiting.body.find("关于做好今冬明春困难群众救助工作的通知"), std::string::npos);
  const auto review = reviewer.get(url(id, "review"));
  EXPECT_EQ(review.status, 200);
  EXPECT_NE(review.body.find("保密审查通过"), std::string::npos);
  EXPECT_EQ(reviewer.post(url(id, "review/pass"), {{"comment", "未发现涉密内容"}}).status, 303);

  auto deputy = server_.login_as(Role::kDeputyLeader);
  EXPECT_EQ(deputy.post(url(id, "approve"), {{"comment", "同意发布"}}).status, 303);

  auto office = server_.login_as(Role::kOffice);
  EXPECT_EQ(office.post(url(id, "publish"), {{"date", ""}}).status, 303);
  EXPECT_EQ(state_of(id), "published");

  const auto page = server_.get(public_url);
  ASSERT_EQ(page.status, 200);
  const std::string html = page.decoded_body();
  EXPECT_NE(html.find("关于做好今冬明春困难群众救助工作的通知"), std::string::npos);
  EXPECT_NE(html.find("<strong>按时</strong>"), std::string::npos) << "the Markdown body is rendered";
  EXPECT_EQ(html.find("<script>alert(1)</script>"), std::string::npos) << "raw HTML is dropped";

  const auto detail = office.get(url(id));
  EXPECT_NE(detail.body.find("未发现涉密内容"), std::string::npos) << "the history shows the comments";
  EXPECT_EQ(detail.body.find("（）"), std::string::npos) << "no empty detail in the history";
  EXPECT_EQ(detail.body.find("意见：<"), std::string::npos) << "no empty comment in the history";
  EXPECT_NE(detail.body.find("登记其他发布渠道"), std::string::npos);
  EXPECT_EQ(office.post(url(id, "channels"),
                        {{"channel", "newspaper"}, {"outlet", "吴忠日报"}, {"date", format_date(today_in_china())},
                         {"reference", "第2版"}})
                .status,
            303);
  EXPECT_NE(office.get(url(id)).body.find("吴忠日报"), std::string::npos);
}

TEST_F(ItemRoutesTest, AnIllegalTransitionIsRefusedWithTheStateAndChangesNothing) {
  const int64_t id = draft("尚未审查的稿件");
  auto officer = server_.login_as(Role::kOfficer);
  ASSERT_EQ(officer.post(url(id, "submit"), {}).status, 303);
  const int64_t events = events_of(id);
  auto office = server_.login_as(Role::kOffice);
  const auto reply = office.post(url(id, "publish"), {{"date", ""}});
  EXPECT_EQ(reply.status, 409);
  EXPECT_NE(reply.body.find("该信息当前状态为待保密审查，不能发布"), std::string::npos) << reply.body;
  EXPECT_EQ(state_of(id), "in_review");
  EXPECT_EQ(events_of(id), events);
}

TEST_F(ItemRoutesTest, ADoubleSubmitIsAConflict) {
  const int64_t id = draft("重复提交的稿件");
  auto officer = server_.login_as(Role::kOfficer);
  EXPECT_EQ(officer.post(url(id, "submit"), {}).status, 303);
  const int64_t events = events_of(id);
  const auto again = officer.post(url(id, "submit"), {});
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("不能提交保密审查"), std::string::npos);
  EXPECT_EQ(events_of(id), events);
}

TEST_F(ItemRoutesTest, ARoleThatMayNotActGets403) {
  const int64_t id = draft("重大事项稿件", {{"importance", "major"}});
  auto officer = server_.login_as(Role::kOfficer);
  ASSERT_EQ(officer.post(url(id, "submit"), {}).status, 303);
  EXPECT_EQ(officer.post(url(id, "review/pass"), {}).status, 403);
  auto reviewer = server_.login_as(Role::kSecrecyReviewer);
  ASSERT_EQ(reviewer.post(url(id, "review/pass"), {}).status, 303);
  auto deputy = server_.login_as(Role::kDeputyLeader);
  const auto refused = deputy.post(url(id, "approve"), {});
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("审批重大事项"), std::string::npos);
  EXPECT_EQ(state_of(id), "in_approval");
  auto principal = server_.login_as(Role::kPrincipalLeader);
  EXPECT_EQ(principal.post(url(id, "approve"), {}).status, 403) << "the route of 一般事项";
  EXPECT_EQ(principal.post(url(id, "approve-major"), {}).status, 303);
  auto admin = server_.login_as(Role::kAdministrator);
  EXPECT_EQ(admin.post(url(id, "publish"), {}).status, 403);
  EXPECT_EQ(admin.get("/admin/items/new").status, 403);
}

TEST_F(ItemRoutesTest, AForbiddenTypeOrATooLargeAttachmentIsRefused) {
  const int64_t id = draft("带附件的稿件");
  auto officer = server_.login_as(Role::kOfficer);
  const auto bad_type =
      officer.post_multipart(url(id, "attachments"), {}, {{"file", "setup.exe", "application/octet-stream", "MZ"}});
  EXPECT_EQ(bad_type.status, 422);
  EXPECT_NE(bad_type.body.find("不支持的附件类型"), std::string::npos);
  const auto too_large = officer.post_multipart(url(id, "attachments"), {},
                                                {{"file", "名单.pdf", "application/pdf", std::string(9 << 20, 'x')}});
  EXPECT_EQ(too_large.status, 413);
  const auto fine =
      officer.post_multipart(url(id, "attachments"), {}, {{"file", "救助标准.pdf", "application/pdf", "%PDF-1.4"}});
  EXPECT_EQ(fine.status, 303);
  auto c = server_.app().database().lease();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM attachments WHERE item_id = ?", {id})->integer(0), 1);
}

TEST_F(ItemRoutesTest, AnUnknownIdIs404) {
  auto office = server_.login_as(Role::kOffice);
  EXPECT_EQ(office.get("/admin/items/99999999").status, 404);
  EXPECT_EQ(office.post("/admin/items/99999999/publish", {}).status, 404);
  EXPECT_EQ(office.get("/admin/items/abc").status, 404);
}

TEST_F(ItemRoutesTest, ABadFormIsShownAgainWithTheMessageAndTheInput) {
  auto officer = server_.login_as(Role::kOfficer);
  FormFields fields = item_form("");
  for (auto& field : fields) {
    if (field.first == "summary") field.second = "保留这段概述";
  }
  auto c = server_.app().database().lease();
  const int64_t items = c->query_one("SELECT COUNT(*) FROM items")->integer(0);
  const auto reply = officer.post("/admin/items/new", fields);
  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("标题不能为空"), std::string::npos);
  EXPECT_NE(reply.body.find("保留这段概述"), std::string::npos);
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM items")->integer(0), items);
}

TEST_F(ItemRoutesTest, AReturnWithoutACommentKeepsTheFormAndSaysWhy) {
  const int64_t id = draft("待退回的稿件");
  auto officer = server_.login_as(Role::kOfficer);
  ASSERT_EQ(officer.post(url(id, "submit"), {}).status, 303);
  auto reviewer = server_.login_as(Role::kSecrecyReviewer);
  const auto reply = reviewer.post(url(id, "review/return"), {{"comment", ""}});
  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("退回时须填写退回意见"), std::string::npos);
  EXPECT_EQ(state_of(id), "in_review");
}

TEST_F(ItemRoutesTest, PreviewWorksWithAndWithoutJavaScript) {
  auto officer = server_.login_as(Role::kOfficer);
  const auto fragment = officer.post("/admin/preview", {{"body", "**要点**"}, {"body_format", "markdown"}});
  EXPECT_EQ(fragment.status, 200);
  EXPECT_EQ(fragment.body, "<p><strong>要点</strong></p>\n");
  EXPECT_EQ(officer.post("/admin/preview", {{"csrf", "stale"}, {"body", "x"}}).status, 403);
  FormFields fields = item_form("只预览不保存");
  for (auto& field : fields) {
    if (field.first == "action") field.second = "preview";
  }
  const auto page = officer.post("/admin/items/new", fields);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<strong>按时</strong>"), std::string::npos);
  auto c = server_.app().database().lease();
  EXPECT_FALSE(c->query_one("SELECT id FROM items WHERE title = ?", {std::string("只预览不保存")}));
}

TEST_F(ItemRoutesTest, AWithheldItemCannotBePublishedThroughThePages) {
  const int64_t id = draft("内部会议纪要（测试）", {{"attribute", "withheld"},
                                                  {"withholding_ground", "art16_process_info"},
                                                  {"body_format", "text"}});
  ASSERT_GT(id, 0);
  auto officer = server_.login_as(Role::kOfficer);
  ASSERT_EQ(officer.post(url(id, "submit"), {}).status, 303);
  ASSERT_EQ(server_.login_as(Role::kSecrecyReviewer).post(url(id, "review/pass"), {}).status, 303);
  ASSERT_EQ(server_.login_as(Role::kDeputyLeader).post(url(id, "approve"), {}).status, 303);
  const auto reply = server_.login_as(Role::kOffice).post(url(id, "publish"), {});
  EXPECT_EQ(reply.status, 409);
  EXPECT_NE(reply.body.find("不予公开的信息不能发布"), std::string::npos);
  EXPECT_EQ(server_.get("/xxgk/item/" + std::to_string(id)).status, 404);
}

TEST_F(ItemRoutesTest, TheListFiltersByStateAndTheDashboardShowsTimeliness) {
  const int64_t id = draft("列表筛选用稿件");
  auto office = server_.login_as(Role::kOffice);
  const auto drafts = office.get("/admin/items?state=draft");
  EXPECT_EQ(drafts.status, 200);
  EXPECT_NE(drafts.body.find("列表筛选用稿件"), std::string::npos);
  EXPECT_EQ(office.get("/admin/items?state=published").body.find("列表筛选用稿件"), std::string::npos);
  EXPECT_EQ(office.get("/admin/items?state=bogus").status, 400);
  const auto detail = office.get(url(id));
  EXPECT_NE(detail.body.find("剩余20个工作日"), std::string::npos) << "formed today: 20 working days left";
  EXPECT_NE(detail.body.find("《政府信息公开条例》第二十六条"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::testing
