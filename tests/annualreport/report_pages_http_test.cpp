// The public annual-report pages over HTTP on the demo agency: /xxgk/nb/ lists
// the published years, /xxgk/nb/{year} shows the stored text and tables with
// their downloads (PDF, XLSX, JSON), drafts are never shown, and a published
// report does not change when the records under it change (frozen).
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"
#include "annualreport/publication_fixture.h"
#include "annualreport/demo_reports.h"
#include "annualreport/figures_in_step.h"
#include "annualreport/report_publication.h"
#include "annualreport/report_queries.h"
#include "core/xlsx_reader.h"
#include "pdf/pdf_probe_support.h"
#include "proposals/proposal_commands.h"
#include "proposals/proposal_queries.h"

namespace gongkai::testing {
namespace {

using namespace annualreport;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

org::StaffActor office() {
  return {0, AdminServer::instance().ids().agency, "bangongshi", "办公室", org::Role::kOffice, std::nullopt, "127.0.0.1"};
}

// The demo's 2017 report from its records, published on 2018-03-26 (once per executable);
// and a national-format 2022 report built by hand, published on 2023-01-20.
void ensure_published() {
  auto& app = AdminServer::instance().app();
  auto c = app.database().lease();
  const int64_t agency = AdminServer::instance().ids().agency;
  if (!report_id_for(*c, agency, 2017)) {
    const int64_t report = start_report(*c, office(), 2017, records_drafter());
    fill_office_placeholders(*c, office(), report, "部分干部职工主动公开政府信息的意识不强。");
  }
  if (!public_report(*c, agency, 2017)) {
    publish_report(*c, office(), *parse_date("2018-03-26"), *report_id_for(*c, agency, 2017), records_drafter());
  }
  const Drafter by_hand = [agency](store::Connection&, int64_t, int year) {
    auto d = hand_draft(agency, year);
    d.agency_name = "吴忠市民政局";
    return d;
  };
  if (!report_id_for(*c, agency, 2022)) {
    publish_report(*c, office(), *parse_date("2023-01-20"), start_report(*c, office(), 2022, by_hand), by_hand);
  }
  if (!report_id_for(*c, agency, 2021)) start_report(*c, office(), 2021, by_hand);  // a draft only
}

class ReportPagesHttpTest : public ::testing::Test {
 protected:
  void SetUp() override { ensure_published(); }
  HttpReply get(const std::string& target) { return AdminServer::instance().get(target); }
};

TEST_F(ReportPagesHttpTest, TheListShowsEveryPublishedYearAndNoDraft) {
  const auto reply = get("/xxgk/nb/");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "<h1>政府信息公开工作年度报告</h1>"));
  EXPECT_TRUE(contains(body, "<a href=\"/xxgk/nb/2017\">吴忠市民政局2017年政府信息公开工作年度报告</a>（发布日期：2018年3月26日）"));
  EXPECT_TRUE(contains(body, "<a href=\"/xxgk/nb/2022\">"));
  EXPECT_FALSE(contains(body, "/xxgk/nb/2021"));
  EXPECT_EQ(get("/xxgk/nb").status, 301);
}

TEST_F(ReportPagesHttpTest, The2017PageShowsTheStoredTextWithItsDownloads) {
  const auto reply = get("/xxgk/nb/2017");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "<h1>吴忠市民政局2017年政府信息公开工作年度报告</h1>"));
  EXPECT_TRUE(contains(body, "发布日期：2018年3月26日"));
  EXPECT_TRUE(contains(body, "一、概述"));
  EXPECT_TRUE(contains(body, "88"));
  EXPECT_TRUE(contains(body, "href=\"/xxgk/nb/2017/report.pdf\""));
  EXPECT_FALSE(contains(body, "tables.json"));  // 2017 has no national tables
  EXPECT_TRUE(contains(body, "href=\"/xxgk/nb/2017/report.xlsx\">下载统计数据（XLSX）"));
  EXPECT_EQ(get("/xxgk/nb/2017/tables.json").status, 404);
}

// The 2017 report's figures as a workbook: the source's 88 items on the
// portal and 14556万元 of urban 低保, as numbers.
TEST_F(ReportPagesHttpTest, TheLegacyWorkbookHoldsTheFiguresTheTextQuotes) {
  const auto xlsx = get("/xxgk/nb/2017/report.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  const auto rows = read_first_sheet(xlsx.body);
  ASSERT_GE(rows.size(), 4u);
  EXPECT_EQ(rows[0].cells[0], "报告中的统计数据");
  EXPECT_EQ(rows[1].cells[0], "吴忠市民政局 2017年度");
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"类别", "项目", "数值"}));
  bool portal = false;
  bool dibao = false;
  for (const auto& row : rows) {
    if (row.cells.size() < 3) continue;
    if (row.cells[1] == "通过政府门户网站公开的信息（条）") portal = row.cells[0] == "主动公开" && row.cells[2] == "88";
    if (row.cells[2] == "14556") {
      dibao = row.cells[0] == "社会救助" && row.cells[1].find("累计金额（万元）") != std::string::npos;
    }
  }
  EXPECT_TRUE(portal);
  EXPECT_TRUE(dibao);
}

TEST_F(ReportPagesHttpTest, ANationalReportShowsItsTablesAndOffersXlsxAndJson) {
  const std::string body = get("/xxgk/nb/2022").decoded_body();
  EXPECT_TRUE(contains(body, "<caption>三、收到和处理政府信息公开申请情况</caption>"));
  EXPECT_TRUE(contains(body, "<th scope=\"col\" colspan=\"7\" rowspan=\"1\">申请人情况</th>"));
  EXPECT_TRUE(contains(body, "<td colspan=\"10\" rowspan=\"1\">三、本年度办理结果</td>"));
  EXPECT_TRUE(contains(body, "href=\"/xxgk/nb/2022/report.xlsx\""));
  const auto xlsx = get("/xxgk/nb/2022/report.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(looks_like_xlsx(xlsx.body));
  EXPECT_EQ(read_first_sheet(xlsx.body)[0].cells[0], "二、主动公开政府信息情况");
  const auto json = get("/xxgk/nb/2022/tables.json");
  ASSERT_EQ(json.status, 200);
  const auto tables = reports::read_report_json(json.body);
  EXPECT_EQ(tables.year, 2022);
  EXPECT_EQ(*tables.applications.at("new")[6], 14);
}

TEST_F(ReportPagesHttpTest, ThePdfShowsTitlePageNumberAgencyAndDate) {
  const auto reply = get("/xxgk/nb/2017/report.pdf");
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("content-type"), "application/pdf");
  const pdf::testing::PdfProbe probe(reply.body);
  const std::string text = probe.text();
  EXPECT_TRUE(contains(text, "- 1 -"));
  const std::string all = pdf::testing::run_together(text);
  EXPECT_TRUE(contains(all, "吴忠市民政局2017年政府信息公开工作年度报告"));
  EXPECT_TRUE(contains(all, "吴忠市民政局2018年3月26日"));
}

TEST_F(ReportPagesHttpTest, UnknownYearsAndDraftsAreNotFound) {
  EXPECT_EQ(get("/xxgk/nb/2016").status, 404);
  EXPECT_EQ(get("/xxgk/nb/2021").status, 404);  // a draft
  EXPECT_EQ(get("/xxgk/nb/2021/report.pdf").status, 404);
  EXPECT_EQ(get("/xxgk/nb/20x7").status, 404);
  EXPECT_EQ(get("/xxgk/nb/2017/v/abc").status, 404);
}

TEST_F(ReportPagesHttpTest, TheSitemapListsTheReports) {
  const std::string body = get("/sitemap.xml").decoded_body();
  EXPECT_TRUE(contains(body, "/xxgk/nb/</loc>"));
  EXPECT_TRUE(contains(body, "/xxgk/nb/2017</loc>"));
}

// A proposal added to the 2017 city session changes what the records say
// (a fresh draft now counts 5 city NPC suggestions); the published page and
// PDF stay as published.
TEST_F(ReportPagesHttpTest, APublishedReportDoesNotChangeWhenTheRecordsDo) {
  const std::string page_before = get("/xxgk/nb/2017").decoded_body();
  const std::string pdf_before = pdf::testing::run_together(pdf::testing::PdfProbe(get("/xxgk/nb/2017/report.pdf").body).text());
  auto& app = AdminServer::instance().app();
  const int64_t agency = AdminServer::instance().ids().agency;
  {
    auto c = app.database().lease();
    const auto before = records_drafter()(*c, agency, 2017).figures;
    int64_t session = 0;
    for (const auto& s : proposals::list_sessions(*c, agency)) {
      if (s.name == "吴忠市五届人大一次会议") session = s.id;
    }
    ASSERT_NE(session, 0);
    org::StaffActor officer = office();
    officer.role = org::Role::kOfficer;
    proposals::add_proposal(*c, officer, *parse_date("2026-11-27"),
                            {session, "第99号", "关于测试冻结的建议", "测试代表", "测试", "主办", "2017-02-01"});
    EXPECT_NE(figures_out_of_step(before, records_drafter()(*c, agency, 2017).figures).size(), 0u);
  }
  EXPECT_EQ(get("/xxgk/nb/2017").decoded_body(), page_before);
  EXPECT_EQ(pdf::testing::run_together(pdf::testing::PdfProbe(get("/xxgk/nb/2017/report.pdf").body).text()), pdf_before);
}

}  // namespace
}  // namespace gongkai::testing
