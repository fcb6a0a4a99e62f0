// 社会救助 over HTTP, on the demo agency (its 2017 figures): the public page
// with the yearly figures and the SVG charts beside their data tables, one
// programme's page, the CSV download, the back-office import with bad rows
// reported by number, the templates, and the dashboard's overdue alert.
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(AssistanceHttpTest, ThePublicPageStatesTheYearAsTheSourceDoes) {
  auto& server = AdminServer::instance();
  const auto reply = server.get("/xxgk/zdly/shjz/");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "2017年全年累计"));
  // 城市低保: 398090 人次, 14556 万元, 365.64 元; 农村低保 1129772, 30082.48, 266.27.
  EXPECT_TRUE(contains(body, "<td>398,090</td><td>—</td><td>14556.00</td><td>365.64</td>"));
  EXPECT_TRUE(contains(body, "<td>1,129,772</td><td>—</td><td>30082.48</td><td>266.27</td>"));
  // 特困: the year-end headcount and the level per person-month.
  EXPECT_TRUE(contains(body, "<td>605</td><td>623.92</td><td>707</td>"));
  EXPECT_TRUE(contains(body, "<td>1,640</td><td>866.25</td><td>407</td>"));
  EXPECT_TRUE(contains(body, "<td>65,302</td><td>—</td><td>3853.75</td>"));
  EXPECT_TRUE(contains(body, "<td>5188.17</td>"));
}

TEST(AssistanceHttpTest, TheChartsAreAccessibleSvgWithTheirDataBeside) {
  const std::string body = AdminServer::instance().get("/xxgk/zdly/shjz/?year=2017").decoded_body();
  EXPECT_TRUE(contains(body, "role=\"img\" aria-labelledby=\"chart-dibao-persons-title chart-dibao-persons-desc\""));
  EXPECT_TRUE(contains(body, "<title id=\"chart-dibao-persons-title\">2017年城乡低保月保障人数</title>"));
  EXPECT_TRUE(contains(body, "<desc id=\"chart-dibao-persons-desc\">"));
  // January of the demo: 34093 urban, 96348 rural persons — in the SVG and in the table.
  EXPECT_TRUE(contains(body, "<title>城市低保 1月：34,093人</title>"));
  EXPECT_TRUE(contains(body, "<title>农村低保 12月：91,953人</title>"));
  EXPECT_TRUE(contains(body, "<tr><th scope=\"row\">1月</th><td>34093</td><td>96348</td></tr>"));
  // January's average: 12,026,645.00 元 ÷ 34,093 = 352.7599…, cut to 352.75 元.
  EXPECT_TRUE(contains(body, "<title>城市低保 1月：352.75元/人·月</title>"));
  EXPECT_EQ(body.find("<script"), std::string::npos);
}

TEST(AssistanceHttpTest, AProgrammePageListsItsPeriodsAndOffersTheCsv) {
  auto& server = AdminServer::instance();
  const std::string body = server.get("/xxgk/zdly/shjz/temporary_assistance").decoded_body();
  EXPECT_TRUE(contains(body, "<h1>临时救助</h1>"));
  EXPECT_TRUE(contains(body, "<th scope=\"row\">2017年第一季度</th><td>12,503</td><td>—</td><td>13,444</td><td>7,934,191.00</td>"));
  EXPECT_TRUE(contains(body, "href=\"/xxgk/zdly/shjz/temporary_assistance/data.csv?year=2017\""));
  EXPECT_EQ(server.get("/xxgk/zdly/shjz/no_such_programme").status, 404);
  EXPECT_EQ(server.get("/xxgk/zdly/shjz/urban_dibao?year=17").status, 400);
  const std::string medical = server.get("/xxgk/zdly/shjz/medical_assistance").decoded_body();
  EXPECT_TRUE(contains(medical, "医疗保障部门"));
  EXPECT_TRUE(contains(medical, "暂无该项目的公开数据"));
}

TEST(AssistanceHttpTest, TheCsvDownloadHoldsEveryPeriod) {
  const auto reply = AdminServer::instance().get("/xxgk/zdly/shjz/urban_dibao/data.csv?year=2017");
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(contains(reply.header("content-disposition"), "attachment"));
  const std::string body = reply.decoded_body();
  EXPECT_EQ(body.rfind("\xEF\xBB\xBF项目,统计期,户数,人数,人次,金额（元）,数据来源,公开日期\r\n", 0), 0u);
  EXPECT_TRUE(contains(body, "\r\n城市低保,2017-01,16631,34093,34093,12026645.00,民政部门,2017-02-08\r\n"));
  EXPECT_TRUE(contains(body, "\r\n城市低保,2017-12,15736,32259,32259,12220233.00,民政部门,2018-01-08\r\n"));
  size_t lines = 0;
  for (char c : body) lines += c == '\n';
  EXPECT_EQ(lines, 13u);  // the header and twelve months
}

TEST(AssistanceHttpTest, AnImportWithBadRowsNamesEachRowAndStoresNothing) {
  auto& server = AdminServer::instance();
  auto officer = server.login_as(org::Role::kOfficer);
  const std::string csv =
      "项目,统计期,户数,人数,人次,金额（元）\n"
      "城市低保,2016-12,16700,34200,34200,12000000\n"
      "城市低保,2016-11,16700,34200,34200,-1\n"
      "城市低保,2017-05,1,1,1,1\n";
  const auto reply = officer.post_multipart("/admin/assistance/import", {}, {{"file", "导入.csv", "text/csv", csv}});
  EXPECT_EQ(reply.status, 422);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "文件中有2行有误，未导入任何数据"));
  EXPECT_TRUE(contains(body, "<tr><td>第3行</td><td>金额不能为负数：-1</td></tr>"));
  EXPECT_TRUE(contains(body, "<tr><td>第4行</td><td>城市低保2017年5月的数据已填报，不能重复填报</td></tr>"));
  // Row 2 was good but not stored: the public page has no 2016.
  EXPECT_FALSE(contains(server.get("/xxgk/zdly/shjz/urban_dibao").decoded_body(), "2016年"));
}

TEST(AssistanceHttpTest, TheTemplatesDownloadAndOnlyPermittedRolesEnter) {
  auto& server = AdminServer::instance();
  auto office = server.login_as(org::Role::kOffice);
  const auto csv = office.get("/admin/assistance/template.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.decoded_body(), "\xEF\xBB\xBF项目,统计期,户数,人数,人次,金额（元）,数据来源\r\n");
  const auto xlsx = office.get("/admin/assistance/template.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.decoded_body().substr(0, 4), std::string("PK\x03\x04", 4));
  auto reviewer = server.login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.get("/admin/assistance").status, 403);
  const auto refused = reviewer.post("/admin/assistance", {{"programme", "urban_dibao"}, {"period", "2016-01"},
                                                           {"households", "1"}, {"persons", "1"},
                                                           {"person_times", "1"}, {"amount_yuan", "1"}});
  EXPECT_EQ(refused.status, 403);
}

TEST(AssistanceHttpTest, AFormWithANegativeAmountIsRefusedInChinese) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const auto reply = officer.post("/admin/assistance", {{"programme", "rural_dibao"}, {"period", "2016-01"},
                                                        {"households", "1"}, {"persons", "2"},
                                                        {"person_times", "2"}, {"amount_yuan", "-3"}});
  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(contains(reply.decoded_body(), "金额不能为负数：-3"));
}

TEST(AssistanceHttpTest, TheDashboardWarnsOfOverduePeriods) {
  // The demo's figures stop in 2017: from 2018-01 every month of 低保 and 特困
  // and every quarter of 临时救助 is overdue.
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const std::string body = officer.get("/admin/").decoded_body();
  EXPECT_TRUE(contains(body, "社会救助数据逾期未公开"));
  EXPECT_TRUE(contains(body, "城市低保："));
  // January 2018 ends on a Wednesday; ten working days later, with Sunday
  // 11 February a make-up working day before the Spring Festival: 13 February.
  EXPECT_TRUE(contains(body, "城市低保：") && contains(body, "最早为2018年1月（期限2018-02-13）"));
  EXPECT_TRUE(contains(body, "临时救助："));
  EXPECT_TRUE(contains(body, "最早为2018年第一季度"));
  const std::string page = officer.get("/admin/assistance").decoded_body();
  EXPECT_TRUE(contains(page, "<span class=\"overdue\">"));
  EXPECT_TRUE(contains(page, "逾期未公开"));
}

}  // namespace
}  // namespace gongkai::testing
