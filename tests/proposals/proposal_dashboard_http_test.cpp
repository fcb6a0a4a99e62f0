// The main dashboard (/admin/) over HTTP on the demo agency: 建议提案 not yet
// replied to that are overdue or due within 10 working days are listed for
// those with kManageKeyAreas, one due in two months is not; an extension
// (延期办理) before the due date takes an item off, one after it is refused;
// a secrecy reviewer sees no such block. Its own server: the items it adds
// would change the counts other proposal tests check.
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"
#include "core/civil_date.h"
#include "proposals/reply_due_date.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string option_value(const std::string& page, const std::string& label) {
  const auto at = page.find("\">" + label);
  if (at == std::string::npos) return "";
  const auto start = page.rfind("value=\"", at) + 7;
  return page.substr(start, at - start);
}

// The id in the link to the item titled `title` on /admin/proposals.
std::string item_id(const std::string& page, const std::string& title) {
  const auto at = page.find(title);
  if (at == std::string::npos) return "";
  const auto start = page.rfind("/admin/proposals/", at) + 17;
  return page.substr(start, page.find('"', start) - start);
}

TEST(ProposalDashboardHttpTest, DueAndOverdueItemsAreOnTheDashboard) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  ASSERT_EQ(officer.post("/admin/proposals/sessions",
                         {{"name", "看板测试人大会议"}, {"body", "npc"}, {"level", "city"}, {"reply_months", "3"}})
                .status,
            303);
  const std::string session = option_value(officer.get("/admin/proposals").decoded_body(), "看板测试人大会议");
  ASSERT_FALSE(session.empty());
  const CivilDate today = today_in_china();
  // Due 0 to 3 calendar days from today (3 months after an assignment 3 months before today + 3 days, clamped):
  // within 10 working days whatever the holidays. Overdue: assigned 4 months ago. Not due: 1 month ago.
  const auto shifted = from_days_since_epoch(days_since_epoch(today) + 3);
  const std::string soon = format_date(proposals::add_months_clamped(shifted, -3));
  const std::string late = format_date(proposals::add_months_clamped(today, -4));
  const std::string fresh = format_date(proposals::add_months_clamped(today, -1));
  int n = 0;
  for (const auto& [title, assigned] : {std::pair{"关于看板即将到期的建议", soon}, std::pair{"关于看板已经逾期的建议", late},
                                        std::pair{"关于看板尚未到期的建议", fresh}}) {
    ASSERT_EQ(officer.post("/admin/proposals", {{"session_id", session}, {"number", "第" + std::to_string(++n) + "号"},
                                                {"title", title}, {"proposers", "马某某"}, {"topics", "养老服务体系建设"},
                                                {"handling_role", "lead"}, {"assigned_on", assigned}})
                  .status,
              303)
        << title << " " << assigned;
  }
  const std::string board = officer.get("/admin/").decoded_body();
  EXPECT_TRUE(contains(board, "<h2 id=\"proposals-title\">建议提案待答复</h2>"));
  EXPECT_TRUE(contains(board, "《关于看板即将到期的建议》"));
  EXPECT_TRUE(contains(board, "个工作日</a>"));
  EXPECT_TRUE(contains(board, "class=\"overdue\">看板测试人大会议第2号《关于看板已经逾期的建议》"));
  EXPECT_FALSE(contains(board, "关于看板尚未到期的建议"));

  const std::string list = officer.get("/admin/proposals").decoded_body();
  const std::string late_id = item_id(list, "关于看板已经逾期的建议");
  const std::string soon_id = item_id(list, "关于看板即将到期的建议");
  ASSERT_FALSE(late_id.empty());
  const auto refused = officer.post("/admin/proposals/" + late_id + "/extend", {{"note", "逾期后才说明"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.decoded_body(), "延期应在期限内向代表委员说明情况"));
  ASSERT_EQ(officer.post("/admin/proposals/" + soon_id + "/extend", {{"note", "需协调财政资金，已电话说明。"}}).status, 303);
  const std::string after = officer.get("/admin/").decoded_body();
  EXPECT_FALSE(contains(after, "关于看板即将到期的建议"));
  EXPECT_TRUE(contains(after, "关于看板已经逾期的建议"));
  EXPECT_TRUE(contains(officer.get("/admin/proposals/" + soon_id).decoded_body(), "延期办理：需协调财政资金，已电话说明。"));

  auto reviewer = AdminServer::instance().login_as(org::Role::kSecrecyReviewer);
  EXPECT_FALSE(contains(reviewer.get("/admin/").decoded_body(), "建议提案待答复"));
}

// 重新办理: a proposer returns 不满意 and objects; the office records the
// re-assignment (today) and the reply is due one month later (the session's
// redo period), with the first round kept on the page.
TEST(ProposalDashboardHttpTest, AnObjectionReopensTheItemWithTheFirstRoundKept) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  ASSERT_EQ(officer.post("/admin/proposals/sessions", {{"name", "重办测试政协会议"}, {"body", "cppcc"}, {"level", "city"},
                                                       {"reply_months", "3"}, {"redo_months", "1"}})
                .status,
            303);
  const std::string session = option_value(officer.get("/admin/proposals").decoded_body(), "重办测试政协会议");
  ASSERT_FALSE(session.empty());
  const CivilDate today = today_in_china();
  const auto days_ago = [&](int n) { return format_date(from_days_since_epoch(days_since_epoch(today) - n)); };
  ASSERT_EQ(officer.post("/admin/proposals", {{"session_id", session}, {"number", "第1号"}, {"title", "关于重办测试的提案"},
                                              {"proposers", "李某某"}, {"topics", "社区网格化管理"},
                                              {"handling_role", "lead"}, {"assigned_on", days_ago(60)}})
                .status,
            303);
  const std::string id = item_id(officer.get("/admin/proposals").decoded_body(), "关于重办测试的提案");
  ASSERT_FALSE(id.empty());
  const std::string url = "/admin/proposals/" + id;
  ASSERT_EQ(officer.post(url + "/reply", {{"grade", "C"}, {"text", "受条件限制，待以后解决。"}, {"replied_on", days_ago(10)}})
                .status,
            303);
  EXPECT_EQ(officer.post(url + "/reply", {{"grade", "A"}, {"text", "改写"}, {"replied_on", days_ago(9)}}).status, 409);
  EXPECT_FALSE(contains(officer.get(url).decoded_body(), "id=\"reassign\""));  // no objection yet
  ASSERT_EQ(officer.post(url + "/contact", {{"contacted_on", days_ago(5)}, {"way", "电话沟通"}, {"satisfaction", "unsatisfied"}})
                .status,
            303);
  const std::string objected = officer.get(url).decoded_body();
  EXPECT_TRUE(contains(objected, "id=\"reassign\""));
  EXPECT_FALSE(contains(objected, "id=\"reply\""));  // the reply stands until the item is re-assigned

  EXPECT_EQ(officer.post(url + "/reassign", {{"reassigned_on", format_date(today)}, {"objection", " "}}).status, 422);
  ASSERT_EQ(officer.post(url + "/reassign", {{"reassigned_on", format_date(today)}, {"objection", "希望给出解决时限。"}})
                .status,
            303);
  const std::string page = officer.get(url).decoded_body();
  const std::string due = format_date(proposals::add_months_clamped(today, 1));
  EXPECT_TRUE(contains(page, "<dt>重新交办</dt><dd>" + format_date(today) + "（第2次办理）</dd>")) << page;
  EXPECT_TRUE(contains(page, "<dt>答复期限</dt><dd>" + due + "（")) << page;
  EXPECT_TRUE(contains(page, "<h3>第1次办理</h3>"));
  EXPECT_TRUE(contains(page, "受条件限制，待以后解决。"));
  EXPECT_TRUE(contains(page, "<dt>代表委员的意见</dt><dd>希望给出解决时限。</dd>"));
  EXPECT_TRUE(contains(page, "id=\"reply\""));
  EXPECT_FALSE(contains(page, "id=\"reassign\""));
  EXPECT_FALSE(contains(page, "id=\"extend\""));
}

}  // namespace
}  // namespace gongkai::testing
