// 建议提案 in the back office over HTTP on the demo agency: the list with the
// due block, registering a session and an item that falls due within 15
// days, a reply with an unknown grade refused (422, nothing stored), and a
// secrecy reviewer refused.
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"
#include "core/civil_date.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The value of the <option> whose label starts with `label`.
std::string option_value(const std::string& page, const std::string& label) {
  const auto at = page.find("\">" + label);
  if (at == std::string::npos) return "";
  const auto start = page.rfind("value=\"", at) + 7;
  return page.substr(start, at - start);
}

TEST(ProposalAdminHttpTest, TheListShowsTheDemoItemsReplied) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const auto reply = officer.get("/admin/proposals");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "<h1>建议提案办理</h1>"));
  EXPECT_TRUE(contains(body, "关于减免城市低保户取暖费的建议"));
  EXPECT_TRUE(contains(body, "已答复"));
}

TEST(ProposalAdminHttpTest, AnItemAssignedEightyDaysAgoIsDueWithinFifteenDays) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  ASSERT_EQ(officer.post("/admin/proposals/sessions",
                         {{"name", "测试市六届人大一次会议"}, {"body", "npc"}, {"level", "city"}, {"reply_months", "3"}})
                .status,
            303);
  const std::string session = option_value(officer.get("/admin/proposals").decoded_body(), "测试市六届人大一次会议");
  ASSERT_FALSE(session.empty());
  // Three months are 89 to 92 days: the reply falls due 9 to 12 days from today.
  const std::string assigned = format_date(from_days_since_epoch(days_since_epoch(today_in_china()) - 80));
  ASSERT_EQ(officer.post("/admin/proposals", {{"session_id", session}, {"number", "第1号"}, {"title", "关于测试到期提醒的建议"},
                                               {"proposers", "马某某"}, {"topics", "养老服务体系建设"},
                                               {"handling_role", "lead"}, {"assigned_on", assigned}})
                .status,
            303);
  const std::string body = officer.get("/admin/proposals").decoded_body();
  EXPECT_TRUE(contains(body, "15天内到期：1件"));
  EXPECT_TRUE(contains(body, "测试市六届人大一次会议 第1号 关于测试到期提醒的建议</a>"));
}

TEST(ProposalAdminHttpTest, AnUnknownGradeIsRefusedAndNothingChanges) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const auto reply = officer.post("/admin/proposals/1/reply", {{"grade", "E"}, {"text", "答复"}, {"replied_on", "2017-05-01"}});
  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(contains(reply.decoded_body(), "未知的答复类别：E"));
  EXPECT_FALSE(contains(officer.get("/admin/proposals/1").decoded_body(), "2017-05-01"));
}

TEST(ProposalAdminHttpTest, ASecrecyReviewerIsRefused) {
  auto reviewer = AdminServer::instance().login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.get("/admin/proposals").status, 403);
}

}  // namespace
}  // namespace gongkai::testing
