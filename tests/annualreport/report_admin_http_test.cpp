// The back office's annual report over HTTP on the demo agency: the office
// starts a year's report from the records, edits a part (a new version; an
// edit over an older version is refused with 409), publishes it, corrects it
// (the old version stays on the portal as superseded); a secrecy reviewer may
// not; the dashboard flags last year's report once its legal date has passed.
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"
#include "annualreport/publication_fixture.h"
#include "annualreport/report_publication.h"
#include "core/civil_date.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ReportAdminHttpTest, TheOfficeStartsEditsPublishesAndCorrectsAReport) {
  auto office = AdminServer::instance().login_as(org::Role::kOffice);
  const auto list = office.get("/admin/reports");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(contains(list.decoded_body(), "<h1>政府信息公开工作年度报告</h1>"));
  EXPECT_TRUE(contains(list.decoded_body(), "<a href=\"/admin/reports\" aria-current=\"page\">年度报告</a>"));

  const auto started = office.post("/admin/reports", {{"year", "2018"}});
  ASSERT_EQ(started.status, 303) << started.decoded_body();
  const std::string url = started.header("location");
  ASSERT_EQ(url.rfind("/admin/reports/", 0), 0u);
  std::string page = office.get(url).decoded_body();
  EXPECT_TRUE(contains(page, "<h1>吴忠市民政局2018年政府信息公开工作年度报告</h1>"));
  EXPECT_TRUE(contains(page, "第1版，草稿"));
  EXPECT_TRUE(contains(page, "发布前校验"));
  EXPECT_TRUE(contains(page, "name=\"based_on\" value=\"1\""));

  EXPECT_EQ(office.post(url + "/edit", {{"section", "0"}, {"based_on", "1"}, {"text", "第一段。\n第二段。"}}).status, 303);
  const auto stale = office.post(url + "/edit", {{"section", "0"}, {"based_on", "1"}, {"text", "旧版本上的修改。"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(contains(stale.decoded_body(), "其后已保存了第2版"));
  page = office.get(url).decoded_body();
  EXPECT_TRUE(contains(page, "第2版，草稿"));
  EXPECT_TRUE(contains(page, "第一段。\n第二段。"));

  // The draft leaves the problems part to the office: publication waits for it.
  page = office.get(url).decoded_body();
  const size_t mark = page.find("【待办公室填写：");  // in the part's textarea
  ASSERT_NE(mark, std::string::npos);
  const auto unfinished = office.post(url + "/publish", {});
  EXPECT_EQ(unfinished.status, 409);
  EXPECT_TRUE(contains(unfinished.decoded_body(), "正文尚有【待办公室填写】的内容，不能发布"));
  // Each part holding the mark is written by hand, one save (and version) each.
  const std::string field = "name=\"section\" value=\"";
  int based_on = 2;
  for (size_t at = mark; at != std::string::npos; at = page.find("【待办公室填写：")) {
    const size_t value = page.rfind(field, at) + field.size();
    const std::string section = page.substr(value, page.find('"', value) - value);
    ASSERT_EQ(office.post(url + "/edit", {{"section", section}, {"based_on", std::to_string(based_on++)}, {"text", "意识有待加强。"}}).status, 303);
    page = office.get(url).decoded_body();
  }
  const auto published = office.post(url + "/publish", {});
  ASSERT_EQ(published.status, 303) << published.decoded_body().substr(0, 3000);
  EXPECT_EQ(AdminServer::instance().get("/xxgk/nb/2018").status, 200);
  const auto again = office.post(url + "/publish", {});
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(contains(again.decoded_body(), "没有待发布的草稿"));

  EXPECT_EQ(office.post(url + "/correct", {{"reason", ""}}).status, 422);
  ASSERT_EQ(office.post(url + "/correct", {{"reason", "联系电话有误"}}).status, 303);
  EXPECT_TRUE(contains(office.get(url).decoded_body(), "更正：联系电话有误"));
  ASSERT_EQ(office.post(url + "/publish", {}).status, 303);
  const std::string portal = AdminServer::instance().get("/xxgk/nb/2018").decoded_body();
  EXPECT_TRUE(contains(portal, "更正前的版本"));
  EXPECT_TRUE(contains(portal, "第" + std::to_string(based_on) + "版</a>：发布于"));
}

TEST(ReportAdminHttpTest, AVersionAndItsPdfAreViewable) {
  auto office = AdminServer::instance().login_as(org::Role::kOffice);
  const auto started = office.post("/admin/reports", {{"year", "2016"}});
  ASSERT_EQ(started.status, 303);
  const std::string page = office.get(started.header("location")).decoded_body();
  const size_t at = page.find("/versions/", page.find("版本记录"));
  ASSERT_NE(at, std::string::npos);
  const std::string version_url = started.header("location") + page.substr(at, page.find('"', at) - at);
  const auto version = office.get(version_url);
  EXPECT_EQ(version.status, 200);
  EXPECT_TRUE(contains(version.decoded_body(), "（第1版）"));
  const auto pdf = office.get(version_url + "/report.pdf");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
}

// A draft whose table 三 breaks C1 (自然人: new 11 + carried in 1 ≠ total 9 + carried over 2),
// stored through the domain: the page lists the error with its rule, row and column, offers
// no publish button, and a publish is refused with the same words.
TEST(ReportAdminHttpTest, TheReportPageShowsCheckErrorsAndPublicationIsRefused) {
  auto& server = AdminServer::instance();
  const int64_t agency = server.ids().agency;
  int64_t report = 0;
  {
    auto c = server.app().database().lease();
    const org::StaffActor office{0, agency, "bangongshi", "办公室", org::Role::kOffice, std::nullopt, "127.0.0.1"};
    const annualreport::Drafter broken = [agency](store::Connection&, int64_t, int year) {
      auto d = hand_draft(agency, year);
      d.tables->applications["new"][0] = 11;
      d.tables->applications["new"][6] = 15;
      return d;
    };
    report = annualreport::start_report(*c, office, 2019, broken);
  }
  auto session = server.login_as(org::Role::kOffice);
  const std::string url = "/admin/reports/" + std::to_string(report);
  const std::string page = session.get(url).decoded_body();
  EXPECT_TRUE(contains(page, "<td>C1</td><td>错误</td><td>一、本年新收政府信息公开申请数量</td><td>自然人</td>")) << page;
  EXPECT_TRUE(contains(page, "暂不能发布"));
  EXPECT_FALSE(contains(page, "/publish\""));
  const auto refused = session.post(url + "/publish", {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused.decoded_body(), "C1 错误"));
}

TEST(ReportAdminHttpTest, BadYearsAreRefusedWithAReason) {
  auto office = AdminServer::instance().login_as(org::Role::kOffice);
  EXPECT_EQ(office.post("/admin/reports", {{"year", "二〇一七"}}).status, 422);
  EXPECT_EQ(office.post("/admin/reports", {{"year", "2007"}}).status, 422);
  EXPECT_EQ(office.get("/admin/reports/987654321").status, 404);
}

TEST(ReportAdminHttpTest, ASecrecyReviewerMayNotOpenTheReports) {
  auto reviewer = AdminServer::instance().login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.get("/admin/reports").status, 403);
  EXPECT_FALSE(contains(reviewer.get("/admin/").decoded_body(), "年度报告"));
}

// Worked by hand: a department's report for year Y is due on 31 January of
// Y+1 (2019 regulation, Art. 49). The demo has no report for last year, so
// in January the dashboard reminds the office of the date, and from
// 1 February it flags the report as overdue.
TEST(ReportAdminHttpTest, TheDashboardShowsLastYearsMissingReport) {
  const CivilDate today = today_in_china();
  const int year = static_cast<int>(today.year());
  const std::string due = std::to_string(year) + "年1月31日";
  const std::string expected = static_cast<unsigned>(today.month()) == 1
                                   ? std::to_string(year - 1) + "年度报告应于" + due + "前发布"
                                   : std::to_string(year - 1) + "年度报告已超过法定期限" + due + "，尚未发布";
  auto office = AdminServer::instance().login_as(org::Role::kOffice);
  const std::string body = office.get("/admin/").decoded_body();
  EXPECT_TRUE(contains(body, expected)) << body.substr(0, 2000);
}

}  // namespace
}  // namespace gongkai::testing
