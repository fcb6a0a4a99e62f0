// The engagement back office over HTTP (tests/admin/admin_fixture.h, over
// the demo agency): which role reaches which page, CSRF, unknown ids, and
// the flows 意见征集 → moderation → 采纳情况, letter → assign → reply →
// masked publication, 舆情 → response.
#include <gtest/gtest.h>

#include <chrono>

#include "admin/admin_fixture.h"
#include "engagement/consultation_commands.h"
#include "engagement/letter_commands.h"

namespace gongkai::testing {
namespace {

using namespace gongkai::engagement;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

AdminServer& server() { return AdminServer::instance(); }

int64_t scalar(const std::string& sql, const std::vector<store::Value>& params = {}) {
  auto c = server().app().database().lease();
  return c->query_one(sql, params)->integer(0);
}

std::string days_from_today(int days) {
  return format_date(CivilDate{std::chrono::sys_days{today_in_china()} + std::chrono::days{days}});
}

org::StaffActor office_actor() {
  org::StaffActor staff;
  staff.agency_id = server().ids().agency;
  staff.username = "setup";
  staff.role = org::Role::kOffice;
  return staff;
}

FormFields consultation_fields(const std::string& title, const std::string& opens, const std::string& closes) {
  return {{"title", title},         {"draft_text", "第一条 草案。"}, {"background", "起草背景。"},
          {"basis", "决策依据。"},  {"opens_on", opens},             {"closes_on", closes},
          {"published", "1"}};
}

TEST(AdminEngagement, EachRoleReachesOnlyWhatTheMatrixAllows) {
  const auto officer = server().login_as(org::Role::kOfficer);
  const auto leader = server().login_as(org::Role::kPrincipalLeader);
  const auto office = server().login_as(org::Role::kOffice);
  const auto administrator = server().login_as(org::Role::kAdministrator);
  for (const char* page : {"/admin/consultations", "/admin/letters", "/admin/opinion"}) {
    EXPECT_EQ(office.get(page).status, 200) << page;
    EXPECT_EQ(officer.get(page).status, 403) << page;
    EXPECT_EQ(administrator.get(page).status, 403) << page;
  }
  EXPECT_EQ(leader.get("/admin/letters").status, 200);
  EXPECT_EQ(leader.get("/admin/consultations").status, 403);
  EXPECT_EQ(leader.get("/admin/opinion").status, 403);
  const int64_t before = scalar("SELECT COUNT(*) FROM consultations");
  EXPECT_EQ(officer.post("/admin/consultations", consultation_fields("越权发起", "2030-01-01", "2030-01-31")).status, 403);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM consultations"), before);
}

TEST(AdminEngagement, DemoConsultationsAreListedWithTheirAdoption) {
  const auto office = server().login_as(org::Role::kOffice);
  const std::string body = office.get("/admin/consultations").decoded_body();
  EXPECT_TRUE(has(body, "关于促进慈善事业健康发展的实施意见（征求意见稿）"));
  EXPECT_TRUE(has(body, "吴忠市促进养老服务业发展行动计划（征求意见稿）"));
  EXPECT_TRUE(has(body, "<td>已公布</td>"));
}

TEST(AdminEngagement, OpeningAConsultationChecksCsrfAndDates) {
  const auto office = server().login_as(org::Role::kOffice);
  const int64_t before = scalar("SELECT COUNT(*) FROM consultations");
  const auto fields = consultation_fields("关于加强社区养老服务的意见（征求意见稿）", "2030-03-01", "2030-02-01");
  EXPECT_EQ(office.post_without_csrf("/admin/consultations", fields).status, 403);
  EXPECT_EQ(office.post("/admin/consultations", {{"csrf", "stale"}, {"title", "x"}}).status, 403);
  const auto refused = office.post("/admin/consultations", fields);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused.decoded_body(), "征集截止日期不能早于开始日期"));
  EXPECT_TRUE(has(refused.decoded_body(), "value=\"关于加强社区养老服务的意见（征求意见稿）\""));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM consultations"), before);

  const auto created = office.post("/admin/consultations",
                                   consultation_fields("关于加强社区养老服务的意见（征求意见稿）", "2030-01-01", "2030-02-01"));
  ASSERT_EQ(created.status, 303);
  const int64_t id = scalar("SELECT MAX(id) FROM consultations");
  EXPECT_EQ(created.header("location"), "/admin/consultations/" + std::to_string(id));
  EXPECT_EQ(office.get("/admin/consultations/" + std::to_string(id)).status, 200);
  // The same form sent again (a double submit) is refused and changes nothing.
  const auto again = office.post("/admin/consultations",
                                 consultation_fields("关于加强社区养老服务的意见（征求意见稿）", "2030-01-01", "2030-02-01"));
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(has(again.decoded_body(), "请勿重复提交"));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM consultations"), before + 1);
}

TEST(AdminEngagement, UnknownIdsAreNotFound) {
  const auto office = server().login_as(org::Role::kOffice);
  EXPECT_EQ(office.get("/admin/consultations/999999").status, 404);
  EXPECT_EQ(office.get("/admin/consultations/abc").status, 404);
  EXPECT_EQ(office.get("/admin/letters/999999").status, 404);
  EXPECT_EQ(office.get("/admin/opinion/999999").status, 404);
  EXPECT_EQ(office.post("/admin/letters/999999/reply", {{"reply", "答复"}}).status, 404);
  EXPECT_EQ(office.post("/admin/consultations/1/comments/999999", {{"moderation", "approved"}, {"adopted", ""}}).status,
            404);
}

TEST(AdminEngagement, ModerationThenAdoptionOnlyAfterClosing) {
  const auto office = server().login_as(org::Role::kOffice);
  int64_t closed = 0, open = 0, comment = 0;
  {
    auto c = server().app().database().lease();
    closed = open_consultation(*c, office_actor(), {"已截止的征集", "草案。", "背景。", "依据。", "2017-01-02", "2017-01-31"},
                               Moment::now());
    comment = submit_comment(*c, {"198.51.100.7", Moment::china(*parse_date("2017-01-10"))}, closed,
                             {"赵小六", "13600000000", "建议增加服务网点。"});
    open = open_consultation(*c, office_actor(),
                             {"征集中的征集", "草案。", "背景。", "依据。", days_from_today(-1), days_from_today(10)},
                             Moment::now());
  }
  const std::string base = "/admin/consultations/" + std::to_string(closed);
  const auto early = office.post("/admin/consultations/" + std::to_string(open) + "/adoption",
                                 {{"adoption_summary", "采纳情况"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_TRUE(has(early.decoded_body(), "后才能公布采纳情况"));

  const auto pending = office.post(base + "/adoption", {{"adoption_summary", "共收到意见1条。"}});
  EXPECT_EQ(pending.status, 409);
  EXPECT_TRUE(has(pending.decoded_body(), "还有1条意见未审核"));

  const auto detail = office.get(base).decoded_body();
  EXPECT_TRUE(has(detail, "13600000000"));  // staff see the contact
  const auto moderated = office.post(base + "/comments/" + std::to_string(comment),
                                     {{"moderation", "approved"}, {"adopted", "adopted"}, {"response", "已采纳。"}});
  ASSERT_EQ(moderated.status, 303);
  ASSERT_EQ(office.post(base + "/adoption", {{"adoption_summary", "共收到意见1条，采纳1条。"}}).status, 303);

  const auto public_page = server().get("/hdjl/yjzj/" + std::to_string(closed)).decoded_body();
  EXPECT_TRUE(has(public_page, "共收到意见1条，采纳1条。"));
  EXPECT_TRUE(has(public_page, "赵*六"));
  EXPECT_FALSE(has(public_page, "13600000000"));
}

TEST(AdminEngagement, LetterIsAssignedRepliedAndPublishedMasked) {
  const auto office = server().login_as(org::Role::kOffice);
  const auto leader = server().login_as(org::Role::kPrincipalLeader);
  const auto officer = server().login_as(org::Role::kOfficer);
  int64_t id = 0;
  {
    auto c = server().app().database().lease();
    id = submit_letter(*c, {"198.51.100.8", Moment::now()}, server().ids().agency,
                       {"钱小七", "13700001111", "", "", "关于低保复核的疑问", "我是钱小七，电话13700001111，想了解复核结果。"},
                       server().app().calendar())
             .id;
  }
  const std::string base = "/admin/letters/" + std::to_string(id);
  const auto to_officer = office.post(base + "/assign", {{"user_id", std::to_string(officer.user_id())}});
  EXPECT_EQ(to_officer.status, 422);
  EXPECT_TRUE(has(to_officer.decoded_body(), "承办人的角色（信息员）不能办理信件"));
  ASSERT_EQ(office.post(base + "/assign", {{"user_id", std::to_string(leader.user_id())}}).status, 303);
  EXPECT_TRUE(has(leader.get("/admin/letters?filter=mine").decoded_body(), "关于低保复核的疑问"));

  const auto too_soon = leader.post(base + "/publish", {});
  EXPECT_EQ(too_soon.status, 409);
  ASSERT_EQ(leader.post(base + "/reply", {{"reply", "钱小七同志：您好！复核结果已寄送。"}}).status, 303);
  const std::string proposal = leader.get(base).decoded_body();
  EXPECT_TRUE(has(proposal, "我是钱*七，电话137****1111，想了解复核结果。"));
  ASSERT_EQ(leader.post(base + "/publish", {{"public_subject", "关于低保复核的疑问"},
                                            {"public_body", "我是钱*七，想了解复核结果。"},
                                            {"public_reply", "钱*七同志：您好！复核结果已寄送。"}})
                .status,
            303);
  const auto page = server().get("/hdjl/xzxx/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.decoded_body(), "我是钱*七，想了解复核结果。"));
  EXPECT_FALSE(has(page.decoded_body(), "钱小七"));
}

TEST(AdminEngagement, PublishingTextThatStillNamesTheWriterIsRefused) {
  const auto office = server().login_as(org::Role::kOffice);
  int64_t id = 0;
  {
    auto c = server().app().database().lease();
    id = submit_letter(*c, {"198.51.100.9", Moment::now()}, server().ids().agency,
                       {"孙大圣", "", "sds@example.com", "", "咨询", "请问如何办理？"}, server().app().calendar())
             .id;
  }
  const std::string base = "/admin/letters/" + std::to_string(id);
  ASSERT_EQ(office.post(base + "/reply", {{"reply", "请到窗口办理。"}}).status, 303);
  const auto refused = office.post(base + "/publish", {{"public_subject", "孙大圣的咨询"},
                                                       {"public_body", "请问如何办理？"},
                                                       {"public_reply", "请到窗口办理。"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused.decoded_body(), "仍有未脱敏的个人信息"));
  EXPECT_EQ(scalar("SELECT published FROM letters WHERE id = ?", {id}), 0);
}

TEST(AdminEngagement, OpinionIsRecordedAndAnswered) {
  const auto office = server().login_as(org::Role::kOffice);
  const auto created = office.post("/admin/opinion", {{"source", "微信"},
                                                      {"topic", "临时救助申请渠道"},
                                                      {"summary", "群众询问临时救助如何申请。"},
                                                      {"found_on", "2017-12-01"}});
  ASSERT_EQ(created.status, 303);
  const int64_t id = scalar("SELECT MAX(id) FROM opinion_records");
  const std::string base = "/admin/opinion/" + std::to_string(id);
  const auto early = office.post(base + "/response", {{"response", "已回复"}, {"responded_on", "2017-11-30"}});
  EXPECT_EQ(early.status, 422);
  EXPECT_TRUE(has(early.decoded_body(), "回应日期不能早于发现日期"));
  ASSERT_EQ(office.post(base + "/response", {{"response", "已在公众号发布办理指南。"}, {"responded_on", "2017-12-02"}}).status,
            303);
  ASSERT_EQ(office.post(base + "/report", {{"reported_to", "吴忠市人民政府办公室"}, {"reported_on", "2017-12-03"}}).status,
            303);
  const std::string page = office.get(base).decoded_body();
  EXPECT_TRUE(has(page, "2017-12-03上报吴忠市人民政府办公室"));
}

TEST(AdminEngagement, AdministratorSetsTheReplyPeriod) {
  const auto administrator = server().login_as(org::Role::kAdministrator);
  const auto office = server().login_as(org::Role::kOffice);
  EXPECT_EQ(office.get("/admin/settings").status, 403);
  EXPECT_EQ(office.post("/admin/settings", {{"reply_days", "20"}}).status, 403);
  ASSERT_EQ(administrator.get("/admin/settings").status, 200);
  EXPECT_TRUE(has(administrator.get("/admin/settings").decoded_body(), "value=\"15\""));
  const auto zero = administrator.post("/admin/settings", {{"reply_days", "0"}});
  EXPECT_EQ(zero.status, 422);
  EXPECT_TRUE(has(zero.decoded_body(), "答复期限须为1至60个工作日"));
  EXPECT_EQ(administrator.post("/admin/settings", {{"reply_days", "十"}}).status, 422);
  ASSERT_EQ(administrator.post("/admin/settings", {{"reply_days", "20"}}).status, 303);
  EXPECT_TRUE(has(administrator.get("/admin/settings").decoded_body(), "value=\"20\""));
  ASSERT_EQ(administrator.post("/admin/settings", {{"reply_days", "15"}}).status, 303);
}

// The 依申请公开 settings on the same page: a change is stored with its audit
// record; a refused one stores nothing and shows what was typed.
TEST(AdminEngagement, AdministratorSetsTheRequestSettings) {
  const auto administrator = server().login_as(org::Role::kAdministrator);
  const auto office = server().login_as(org::Role::kOffice);
  EXPECT_EQ(office.post("/admin/settings/requests", {{"requests_reply_number_prefix", "某依复"}}).status, 403);
  const std::string page = administrator.get("/admin/settings").decoded_body();
  EXPECT_TRUE(has(page, "<label for=\"requests_reconsideration_body\">行政复议机关</label>"));
  EXPECT_TRUE(has(page, "<option value=\"0\" selected>不计入</option>"));
  ASSERT_EQ(administrator
                .post("/admin/settings/requests", {{"requests_reply_number_prefix", "测民政依复"},
                                                   {"requests_reconsideration_body", "测试市人民政府"},
                                                   {"requests_fee_time_counted", "0"}})
                .status,
            303);
  const std::string saved = administrator.get("/admin/settings").decoded_body();
  EXPECT_TRUE(has(saved, "name=\"requests_reply_number_prefix\" type=\"text\" maxlength=\"20\" value=\"测民政依复\""));
  EXPECT_TRUE(has(saved, "value=\"测试市人民政府\""));
  // fee_time_counted was "0" already unset: stored now, like the other two.
  EXPECT_TRUE(has(administrator.get("/admin/audit?action=setting.update").decoded_body(), "requests.reconsideration_body"));

  const std::string too_long = "一二三四五六七八九十一二三四五六七八九十一";  // 21 characters
  const auto refused = administrator.post("/admin/settings/requests", {{"requests_reply_number_prefix", too_long},
                                                                       {"requests_reconsideration_body", "另一机关"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused.decoded_body(), "答复书文号前缀不能超过20字"));
  EXPECT_TRUE(has(refused.decoded_body(), "value=\"" + too_long + "\""));
  const auto bad_choice = administrator.post("/admin/settings/requests", {{"requests_fee_time_counted", "2"}});
  EXPECT_EQ(bad_choice.status, 422);
  const std::string after = administrator.get("/admin/settings").decoded_body();
  EXPECT_TRUE(has(after, "value=\"测民政依复\""));
  EXPECT_TRUE(has(after, "value=\"测试市人民政府\""));  // the refused save stored neither change
}

TEST(AdminEngagement, DashboardShowsLettersWaitingForAssignment) {
  {
    auto c = server().app().database().lease();
    submit_letter(*c, {"198.51.100.10", Moment::now()}, server().ids().agency,
                  {"周小八", "", "zxb@example.com", "", "待分办的测试来信", "内容。"}, server().app().calendar());
  }
  const auto office = server().login_as(org::Role::kOffice);
  const std::string board = office.get("/admin/").decoded_body();
  EXPECT_TRUE(has(board, "<h2 id=\"engagement-title\">互动交流</h2>"));
  EXPECT_TRUE(has(board, "<a href=\"/admin/letters?filter=unreplied\">待分办的来信（"));
  const auto officer = server().login_as(org::Role::kOfficer);
  EXPECT_FALSE(has(officer.get("/admin/").decoded_body(), "待分办的来信"));
}

}  // namespace
}  // namespace gongkai::testing
