// The 依申请公开 back office over HTTP (/admin/requests): the office registers
// an application received by letter, sees it in the list and on the case
// page with the due date worked out by hand from data/holidays/2023.json,
// asks for a correction and sees the period restart, extends it once (a
// second extension is refused and changes nothing), replies, and prints the
// letter; other roles are refused; revealing the ID number is audited.
//
// Working days by hand (data/holidays/2023.json: 09-29..10-06 off, 10-07 and
// 10-08 make-up working days; the day of receipt not counted):
//   received 2023-09-27 (Wed): 09-28 =1, 10-07 =2, 10-08 =3, 10-09 =4 … 10-13 =8,
//     10-16..20 =13, 10-23..27 =18, 10-30 =19, 10-31 =20      → due 2023-10-31
//   correction asked 2023-10-09 (4th working day, within 7); corrected 2023-10-16:
//     10-17..20 =4, 10-23..27 =9, 10-30..11-03 =14, 11-06..10 =19, 11-13 =20 → due 2023-11-13
//   extended by 20 on 2023-11-10: 11-14..17 =4, 11-20..24 =9, 11-27..12-01 =14,
//     12-04..08 =19, 12-11 =20                                → due 2023-12-11
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "admin/admin_fixture.h"
#include "org/role.h"
#include "store/database.h"
#include "web/http.h"

namespace gongkai::testing {
namespace {

using org::Role;

constexpr const char* kIdNumber = "640302199003071234";  // check digit 4 by GB 11643

FormFields letter_application(const std::string& description) {
  return {{"channel", "letter"},          {"received_on", "2023-09-27"},
          {"applicant_kind", "natural"},  {"name", "张小明"},
          {"id_type", "resident_id"},     {"id_number", kIdNumber},
          {"phone", "13909510000"},       {"address", "宁夏吴忠市利通区裕民街道开元大道1号"},
          {"postcode", "751100"},         {"email", ""},
          {"description", description},   {"form_wanted", "paper"},
          {"delivery", "post"}};
}

std::string first_match(const std::string& text, const std::string& pattern) {
  std::smatch m;
  if (!std::regex_search(text, m, std::regex(pattern))) return "";
  return m[1].str();
}

std::string flash_of(const HttpReply& reply) {
  return web::percent_decode(set_cookie_value(reply, "gk_flash"), false).value_or("");
}

struct Registered {
  std::string case_url;
  std::string tracking_code;
  std::string password;
};

Registered register_by_letter(const AdminSession& office, const std::string& description) {
  const auto reply = office.post_multipart("/admin/requests", letter_application(description),
                                           {{"scans", "申请表.pdf", "application/pdf", "%PDF-1.4 scanned form"}});
  EXPECT_EQ(reply.status, 200) << reply.decoded_body();
  const std::string page = reply.decoded_body();
  Registered r{first_match(page, R"re(href="(/admin/requests/\d+)")re"),
               first_match(page, R"re(id="tracking-code">([A-Z0-9-]+)<)re"),
               first_match(page, R"re(id="query-password">([^<]+)<)re")};
  EXPECT_FALSE(r.case_url.empty());
  EXPECT_EQ(r.tracking_code.size(), 14u) << page;
  EXPECT_FALSE(r.password.empty());
  return r;
}

HttpReply act(const AdminSession& office, const Registered& r, FormFields fields) {
  return office.post(r.case_url + "/act", std::move(fields));
}

std::string due_on(const AdminSession& office, const Registered& r) {
  return first_match(office.get(r.case_url).decoded_body(), R"re(id="due-on">([^<]+)<)re");
}

TEST(RequestRoutes, ALetterRegisteredByTheOfficeIsListedWithTheDueDateCountedOverTheNationalDayHoliday) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2023年本市城乡低保资金发放明细（列表测试）");
  const std::string registered = office.get(r.case_url).decoded_body();
  EXPECT_NE(registered.find("2023-10-31"), std::string::npos);

  const auto list = office.get("/admin/requests?view=all&year=2023");
  ASSERT_EQ(list.status, 200);
  const std::string rows = list.decoded_body();
  const auto at = rows.find(r.tracking_code);
  ASSERT_NE(at, std::string::npos);
  const std::string row = rows.substr(at, rows.find("</tr>", at) - at);
  EXPECT_NE(row.find("张*明"), std::string::npos) << row;  // masked in the list
  EXPECT_NE(row.find("自然人"), std::string::npos);
  EXPECT_NE(row.find("2023-09-27"), std::string::npos);
  EXPECT_NE(row.find("2023-10-31"), std::string::npos);
  EXPECT_NE(row.find("overdue"), std::string::npos);  // long past, still open: red

  const auto page = office.get(r.case_url);
  const std::string body = page.decoded_body();
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(first_match(body, R"re(id="due-on">([^<]+)<)re"), "2023-10-31");
  EXPECT_NE(body.find("期限如何计算"), std::string::npos);
  EXPECT_NE(body.find("64*************234"), std::string::npos);
  EXPECT_EQ(body.find(kIdNumber), std::string::npos);  // never in clear unless revealed
  EXPECT_NE(body.find("申请表.pdf"), std::string::npos);

  const std::string file_url = first_match(body, R"re(href="(/admin/requests/\d+/files/\d+)")re");
  ASSERT_FALSE(file_url.empty());
  const auto file = office.get(file_url);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.decoded_body(), "%PDF-1.4 scanned form");
}

TEST(RequestRoutes, ACorrectionRestartsThePeriodAnExtensionAddsItsDaysOnceAndTheReplyLetterPrints) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2023年临时救助审批情况（补正测试）");
  EXPECT_EQ(due_on(office, r), "2023-10-31");

  auto reply = act(office, r,
                   {{"kind", "correction_requested"}, {"on", "2023-10-09"}, {"reply_by", "2023-10-23"},
                    {"comment", "请写明所需信息的年份和地区"}});
  ASSERT_EQ(reply.status, 303) << flash_of(reply);
  EXPECT_EQ(reply.header("location"), r.case_url);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  const std::string waiting = office.get(r.case_url).decoded_body();
  EXPECT_EQ(first_match(waiting, R"re(id="phase">([^<]+)<)re"), "待补正");

  // The 补正告知书 opens from the case page, prints, and downloads as a PDF.
  const std::string notice_url = first_match(waiting, R"re(href="(/admin/requests/\d+/notices/\d+)")re");
  ASSERT_FALSE(notice_url.empty());
  const auto notice = office.get(notice_url);
  ASSERT_EQ(notice.status, 200);
  const std::string notice_text = notice.decoded_body();
  EXPECT_NE(notice_text.find("政府信息公开申请补正告知书"), std::string::npos);
  EXPECT_NE(notice_text.find("请写明所需信息的年份和地区"), std::string::npos);
  EXPECT_NE(notice_text.find("请您于2023年10月23日前对申请作出补正"), std::string::npos) << notice_text;
  const auto notice_pdf = office.get(notice_url + "/letter.pdf");
  EXPECT_EQ(notice_pdf.status, 200);
  EXPECT_EQ(notice_pdf.decoded_body().rfind("%PDF-", 0), 0u);
  EXPECT_EQ(office.get(r.case_url + "/notices/999999").status, 404);

  reply = act(office, r, {{"kind", "corrected"}, {"on", "2023-10-16"}, {"comment", "申请人已补正"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  EXPECT_EQ(due_on(office, r), "2023-11-13");

  reply = act(office, r,
              {{"kind", "extended"}, {"on", "2023-11-10"}, {"days", "20"}, {"approved_by", "王主任"},
               {"comment", "需调取多个科室档案"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  EXPECT_EQ(due_on(office, r), "2023-12-11");

  // A second extension: refused with the reason as the flash, nothing recorded.
  const std::string before = office.get(r.case_url).decoded_body();
  reply = act(office, r,
              {{"kind", "extended"}, {"on", "2023-11-20"}, {"days", "5"}, {"approved_by", "王主任"},
               {"comment", "再次延长"}});
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("未能办理：", 0), 0u) << flash_of(reply);
  const std::string after = office.get(r.case_url).decoded_body();
  EXPECT_EQ(due_on(office, r), "2023-12-11");
  EXPECT_EQ(after.find("再次延长"), std::string::npos);

  // The reply, with the disclosed file.
  reply = office.post_multipart(r.case_url + "/act",
                                {{"kind", "replied"}, {"on", "2023-12-01"}, {"outcome", "disclosed"},
                                 {"comment", "现将2023年临时救助审批情况提供给您。"}},
                                {{"disclosed", "临时救助审批情况.xlsx", "application/octet-stream", "cells"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  const std::string closed = office.get(r.case_url).decoded_body();
  EXPECT_EQ(first_match(closed, R"re(id="phase">([^<]+)<)re"), "已办结");

  const auto letter = office.get(r.case_url + "/reply");
  ASSERT_EQ(letter.status, 200);
  const std::string text = letter.decoded_body();
  EXPECT_NE(text.find("〔2023〕"), std::string::npos) << text;  // the reply number
  EXPECT_NE(text.find("张小明"), std::string::npos);
  EXPECT_NE(text.find("第三十六条第（二）项"), std::string::npos);
  EXPECT_NE(text.find("60日"), std::string::npos);
  EXPECT_NE(text.find("6个月"), std::string::npos);
  EXPECT_NE(text.find("临时救助审批情况.xlsx"), std::string::npos);
  EXPECT_NE(text.find("2023年12月1日"), std::string::npos);
  EXPECT_NE(text.find("reply-letter.css"), std::string::npos);

  const auto pdf = office.get(r.case_url + "/reply.pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.decoded_body().rfind("%PDF-", 0), 0u);

  // Art. 44: the disclosed information becomes a draft item for the usual review.
  reply = office.post(r.case_url + "/convert", {{"title", "2023年临时救助审批情况"}, {"category", ""}});
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply), "未能办理：请选择栏目");
  const std::string category = first_match(closed, R"re(<option value="([a-z0-9_]+)">)re");
  reply = office.post(r.case_url + "/convert", {{"title", "2023年临时救助审批情况"}, {"category", category}});
  ASSERT_EQ(reply.status, 303) << flash_of(reply);
  EXPECT_EQ(reply.header("location").rfind("/admin/items/", 0), 0u) << flash_of(reply);
  EXPECT_EQ(office.get(reply.header("location")).status, 200);
  EXPECT_NE(office.get(r.case_url).decoded_body().find("已转为主动公开的信息"), std::string::npos);

  // An application for reconsideration against the reply, then its result.
  reply = office.post(r.case_url + "/appeals", {{"kind", "reconsideration"},
                                                {"filed_on", "2023-12-20"},
                                                {"body", "吴忠市人民政府"},
                                                {"case_number", "吴政复〔2023〕9号"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply), "复议诉讼已登记。");
  const std::string appeal_action =
      first_match(office.get(r.case_url).decoded_body(), R"re(action="(/admin/requests/\d+/appeals/\d+)")re");
  ASSERT_FALSE(appeal_action.empty());
  reply = office.post(appeal_action, {{"result", "upheld"}, {"decided_on", "2024-02-01"}, {"note", "维持原答复"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply), "复议诉讼结果已保存。");
  const std::string appealed = office.get(r.case_url).decoded_body();
  EXPECT_NE(appealed.find("吴政复〔2023〕9号"), std::string::npos);
  EXPECT_NE(appealed.find("（2024-02-01）"), std::string::npos);
}

// Pauses by hand: consultation sent 2023-10-09, answered 10-13 → (10-09, 10-13]
// = 10-10..10-13, 4 working days → 2023-10-31 + 4 = 11-01, 02, 03, 06 → 2023-11-06.
TEST(RequestRoutes, AThirdPartyConsultationPausesTheClock) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "某养老机构的检查记录（第三方测试）");
  auto reply = act(office, r, {{"kind", "third_party_consulted"}, {"on", "2023-10-09"}, {"party", "某养老服务有限公司"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  // Long after the third party's 15 working days the clock runs again, but the late answer can still be recorded.
  EXPECT_NE(office.get(r.case_url).decoded_body().find("value=\"third_party_answered\""), std::string::npos);
  reply = act(office, r, {{"kind", "third_party_answered"}, {"on", "2023-10-13"}, {"comment", "不同意公开"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  const std::string page = office.get(r.case_url).decoded_body();
  EXPECT_EQ(first_match(page, R"re(id="due-on">([^<]+)<)re"), "2023-11-06");
  EXPECT_NE(page.find("4个工作日"), std::string::npos);
}

// Fee by hand: 按量 50 pages → pages 31..50 at 10 元 = 200 元. Notice 2023-10-09,
// paid 10-12 → 10-10..10-12 not counted (3 working days) → 11-01, 02, 03 → 2023-11-03.
TEST(RequestRoutes, AFeeNoticePausesTheClockUntilPayment) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2017年以来全部低保审批档案复印件（收费测试）");
  auto reply = act(office, r, {{"kind", "fee_notice"}, {"on", "2023-10-09"}, {"fee_mode", "per_page"}, {"units", "50"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  std::string page = office.get(r.case_url).decoded_body();
  EXPECT_EQ(first_match(page, R"re(id="phase">([^<]+)<)re"), "待缴费");
  EXPECT_NE(page.find("200"), std::string::npos);
  reply = act(office, r, {{"kind", "fee_paid"}, {"on", "2023-10-12"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("已记录", 0), 0u) << flash_of(reply);
  EXPECT_EQ(due_on(office, r), "2023-11-03");
}

TEST(RequestRoutes, AStepTheCaseDoesNotAllowOrABadFieldComesBackAsAFlashNotAnError) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2023年养老机构名单（错误输入测试）");
  auto reply = act(office, r, {{"kind", "corrected"}, {"on", "2023-10-16"}});  // no correction was asked
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("未能办理：", 0), 0u);
  reply = act(office, r, {{"kind", "extended"}, {"on", "2023-10-10"}, {"days", "二十"}, {"approved_by", "王"}});
  EXPECT_EQ(reply.status, 303);
  EXPECT_NE(flash_of(reply).find("延长天数须为整数"), std::string::npos);
  reply = act(office, r, {{"kind", "received"}, {"on", "2023-10-10"}});
  EXPECT_NE(flash_of(reply).find("办理事项无效"), std::string::npos);
  EXPECT_EQ(due_on(office, r), "2023-10-31");

  // A registration with a wrong check digit re-shows the form with the reason, nothing stored.
  auto fields = letter_application("错误证件号码测试");
  fields[5].second = "640302199003071235";
  const auto refused = office.post("/admin/requests", fields);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.decoded_body().find("form-error"), std::string::npos);
  EXPECT_EQ(office.get("/admin/requests?view=all").decoded_body().find("错误证件号码测试"), std::string::npos);
}

TEST(RequestRoutes, OnlyTheOfficeHandlesRequests) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2023年残疾人两项补贴发放情况（权限测试）");
  for (Role role : {Role::kOfficer, Role::kSecrecyReviewer, Role::kDeputyLeader, Role::kPrincipalLeader,
                    Role::kAdministrator}) {
    const auto other = server.login_as(role);
    EXPECT_EQ(other.get("/admin/requests").status, 403);
    EXPECT_EQ(other.get(r.case_url).status, 403);
    EXPECT_EQ(other.post(r.case_url + "/act", {{"kind", "note"}, {"on", "2023-10-10"}, {"comment", "x"}}).status, 403);
    EXPECT_EQ(other.post(r.case_url + "/reveal-id", {}).status, 403);
    EXPECT_EQ(other.get("/admin/").decoded_body().find("href=\"/admin/requests\""), std::string::npos);
  }
  EXPECT_NE(office.get("/admin/").decoded_body().find("href=\"/admin/requests\""), std::string::npos);
}

TEST(RequestRoutes, RevealingTheIdNumberShowsItOnceAndIsAudited) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2023年医疗救助情况（证件号码测试）");
  const std::string id = r.case_url.substr(r.case_url.rfind('/') + 1);
  auto count_reveals = [&] {
    auto c = server.app().database().lease();
    return c->query_one("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ? AND actor = ?",
                        {std::string("request.reveal_id"), id, office.username()})
        ->integer(0);
  };
  EXPECT_EQ(count_reveals(), 0);
  const auto shown = office.post(r.case_url + "/reveal-id", {});
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.decoded_body().find(kIdNumber), std::string::npos);
  EXPECT_EQ(count_reveals(), 1);
  EXPECT_EQ(office.get(r.case_url).decoded_body().find(kIdNumber), std::string::npos);
}

TEST(RequestRoutes, TheDashboardListsOverdueApplicationsForTheOffice) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  const auto r = register_by_letter(office, "2023年社会组织年检结果（待办测试）");
  const std::string board = office.get("/admin/").decoded_body();
  const auto at = board.find("id=\"requests\"");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(board.find(r.tracking_code, at), std::string::npos);
  EXPECT_NE(board.find("已超期", at), std::string::npos);
}

TEST(RequestRoutes, ComplaintsAreRecordedAndHandled) {
  auto& server = AdminServer::instance();
  const auto office = server.login_as(Role::kOffice);
  auto reply = office.post("/admin/complaints", {{"received_on", "2023-11-01"},
                                                 {"complainant", "李四"},
                                                 {"phone", "13909510001"},
                                                 {"subject", "申请逾期未答复（投诉测试）"},
                                                 {"body", "九月底提交的申请至今未收到答复。"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply), "投诉举报已登记。");
  std::string page = office.get("/admin/complaints").decoded_body();
  const std::string action = first_match(page, R"re(action="(/admin/complaints/\d+/handle)")re");
  ASSERT_FALSE(action.empty());
  reply = office.post(action, {{"handled_on", "2023-11-03"}, {"result", "已督促承办科室答复"}});
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply), "处理结果已保存。");
  page = office.get("/admin/complaints").decoded_body();
  EXPECT_NE(page.find("已督促承办科室答复"), std::string::npos);
  reply = office.post("/admin/complaints", {{"received_on", "不是日期"}, {"complainant", "李四"}});
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(flash_of(reply).rfind("未能办理：", 0), 0u);
}

}  // namespace
}  // namespace gongkai::testing
