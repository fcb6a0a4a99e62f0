// A stored version as a PDF and an XLSX, looked at as a person would: the PDF
// converted to text and PNG through poppler shows the title, the tables'
// headers, "- 1 -" and the agency and date at the end; the XLSX read back has
// one sheet per table with the national headers and the figures.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "annualreport/publication_fixture.h"
#include "annualreport/report_document.h"
#include "annualreport/report_workbook.h"
#include "annualreport/report_version.h"
#include "annualreport/table_grid.h"
#include "core/xlsx_reader.h"
#include "pdf/pdf_probe_support.h"
#include "reports/report_checks.h"

namespace gongkai::testing {
namespace {

using namespace annualreport;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

ReportVersion published_2022() {
  const ReportDraft d = hand_draft(7, 2022);
  ReportVersion v;
  v.agency_id = 7;
  v.year = 2022;
  v.number = 1;
  v.status = VersionStatus::published;
  v.format = d.format;
  v.agency_name = d.agency_name;
  v.sections = d.sections;
  v.figures = d.figures;
  v.tables = d.tables;
  v.published_on = "2023-01-20";
  return v;
}

TEST(ReportPdf, ShowsTitleTablesPageNumbersAgencyAndDate) {
  const std::string bytes = report_pdf(published_2022());
  const pdf::testing::PdfProbe probe(bytes);
  const auto pages = probe.page_texts();
  ASSERT_GE(pages.size(), 2u);
  const std::string all = pdf::testing::run_together(probe.text());
  EXPECT_TRUE(contains(all, "测试市民政局2022年政府信息公开工作年度报告"));
  EXPECT_TRUE(contains(all, "一、总体情况"));
  EXPECT_TRUE(contains(all, "全年通过门户网站公开信息88条"));
  // Table 二, 三 and 四 headers as the national format prints them.
  EXPECT_TRUE(contains(all, "第二十条第（一）项"));
  EXPECT_TRUE(contains(all, "本年制发件数"));
  EXPECT_TRUE(contains(all, "申请人情况"));
  EXPECT_TRUE(contains(all, "法人或其他组织"));  // its five columns are narrow: one character a line
  EXPECT_TRUE(contains(all, "三、本年度办理结果"));
  EXPECT_TRUE(contains(all, "（七）总计"));
  EXPECT_TRUE(contains(all, "属于国家秘密"));
  EXPECT_TRUE(contains(all, "未经复议直接起诉"));
  EXPECT_TRUE(contains(pages.front(), "- 1 -"));
  // The end: the agency, then the date in Chinese.
  const std::string last = pdf::testing::run_together(pages.back());
  const size_t agency = last.rfind("测试市民政局");
  ASSERT_NE(agency, std::string::npos);
  EXPECT_NE(last.find("2023年1月20日", agency), std::string::npos);
  EXPECT_EQ(probe.info()["Title"], "测试市民政局2022年政府信息公开工作年度报告");
  EXPECT_EQ(probe.png_page_count(50), static_cast<int>(pages.size()));
}

TEST(ReportPdf, ADraftEndsWithoutADate) {
  ReportVersion v = published_2022();
  v.status = VersionStatus::draft;
  v.published_on.clear();
  const pdf::testing::PdfProbe probe(report_pdf(v));
  EXPECT_TRUE(contains(pdf::testing::run_together(probe.text()), "（草稿）"));
}

TEST(ReportPdf, ALegacyReportHasNoTables) {
  ReportVersion v = published_2022();
  v.year = 2017;
  v.format = reports::ReportFormat::legacy;
  v.tables.reset();
  v.sections = {{"一、概述", 1, {"（一）组织领导。吴忠市民政局高度重视政府信息与政务公开工作。"}, ""}};
  v.published_on = "2018-03-26";
  const pdf::testing::PdfProbe probe(report_pdf(v));
  const std::string all = pdf::testing::run_together(probe.text());
  EXPECT_TRUE(contains(all, "测试市民政局2017年政府信息公开工作年度报告"));
  EXPECT_TRUE(contains(all, "2018年3月26日"));
  EXPECT_FALSE(contains(all, "申请人情况"));
}


// Table 三's layout: 3 header rows; 三、本年度办理结果 a category row across
// the table; （三）不予公开 spans its eight grounds.
TEST(ReportTableGrid, ApplicationsTableSpansItsCategories) {
  const auto grid = *table_grid(*published_2022().tables, "applications");
  EXPECT_EQ(grid.header_rows, 3);
  EXPECT_EQ(grid.column_weights.size(), 10u);
  // 3 headers + new + carried_in + the category row + 22 result rows (disclosed,
  // partial, 8 withheld, 3 unavailable, 5 not handled, 3 other, total) + carried_over.
  ASSERT_EQ(grid.rows.size(), 29u);
  EXPECT_EQ(grid.rows[5][0].text, "三、本年度办理结果");
  EXPECT_EQ(grid.rows[5][0].colspan, 10);
  EXPECT_EQ(grid.rows[6][0].text, "（一）予以公开");
  EXPECT_EQ(grid.rows[8][0].text, "（三）不予公开");
  EXPECT_EQ(grid.rows[8][0].rowspan, 8);
  EXPECT_EQ(grid.rows[8][1].text, "1.属于国家秘密");
  EXPECT_EQ(grid.rows[27][0].text, "（七）总计");
  EXPECT_EQ(grid.rows[28][0].text, "四、结转下年度继续办理");
  for (const auto& placed : place_cells(grid)) {
    EXPECT_EQ(placed.column + placed.cell->colspan <= 10, true) << placed.cell->text;
  }
}

class Workbook {
 public:
  explicit Workbook(const std::string& bytes) {
    path_ = std::filesystem::temp_directory_path() / ("gongkai-report-test-" + std::to_string(::getpid()) + ".xlsx");
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~Workbook() { std::filesystem::remove(path_); }
  // The text of one part of the zip, through unzip -p.
  std::string part(const std::string& name) const {
    std::string out;
    FILE* pipe = popen(("unzip -p '" + path_.string() + "' " + name).c_str(), "r");
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
    return out;
  }

 private:
  std::filesystem::path path_;
};

TEST(ReportWorkbook, OneSheetPerTableWithTheNationalHeadersAndFigures) {
  const std::string bytes = report_workbook(published_2022());
  ASSERT_TRUE(looks_like_xlsx(bytes));
  const std::string workbook = Workbook(bytes).part("xl/workbook.xml");
  for (const char* sheet : {"二、主动公开", "三、依申请公开", "四、复议诉讼", "六、信息处理费"}) {
    EXPECT_TRUE(contains(workbook, std::string("name=\"") + sheet + "\"")) << sheet;
  }
  // The first sheet, table 二 (2021): the title, the agency and year, the first block.
  const auto rows = read_first_sheet(bytes);
  ASSERT_GE(rows.size(), 6u);
  EXPECT_EQ(rows[0].cells[0], "二、主动公开政府信息情况");
  EXPECT_EQ(rows[1].cells[0], "测试市民政局 2022年度");
  EXPECT_EQ(rows[2].row, kWorkbookTableFirstRow + 1);
  EXPECT_EQ(rows[2].cells[0], "第二十条第（一）项");
  EXPECT_EQ(rows[3].cells, (std::vector<std::string>{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}));
  EXPECT_EQ(rows[4].cells[0], "规章");
  const auto& normative = rows[5];
  EXPECT_EQ(normative.cells[0], "行政规范性文件");
  const auto tables = *published_2022().tables;
  EXPECT_EQ(normative.cells[1],
            reports::format_number(*reports::cell_at(tables.proactive, "normative_docs", "issued")));
}

TEST(ReportWorkbook, TheApplicationsSheetHasTheHeaderAndTheNewRow) {
  const std::string sheet = Workbook(report_workbook(published_2022())).part("xl/worksheets/sheet2.xml");
  EXPECT_TRUE(contains(sheet, "<mergeCell ref=\"A4:C6\"/>"));  // the 勾稽关系 note over 3 columns, 3 rows
  EXPECT_TRUE(contains(sheet, "<mergeCell ref=\"D4:J4\"/>"));  // 申请人情况 over the seven columns
  // Row 7 = 一、本年新收: 10 2 0 1 0 1 | 14 (tests/reports/data/README.md).
  EXPECT_TRUE(contains(sheet, "<c r=\"D7\" s=\"")) << sheet.substr(0, 400);
  EXPECT_TRUE(contains(sheet, "<c r=\"J7\"")) << sheet.substr(0, 400);
}

// A legacy report's workbook is the one sheet of the figures its text quotes:
// counts and levels as numbers, 万元 amounts as numbers with the unit moved
// to the label, text figures as text.
TEST(ReportWorkbook, ALegacyReportHasTheSheetOfItsFiguresOnly) {
  ReportVersion v = published_2022();
  v.year = 2017;
  v.format = reports::ReportFormat::legacy;
  v.tables.reset();
  v.figures = {{"proactive.portal", "通过政府门户网站公开的信息（条）", "88"},
               {"assistance.urban_dibao.amount", "城市低保累计金额", "14556万元"},
               {"assistance.urban_dibao.level", "城市低保人均补助水平（元/人·月）", "365.64"},
               {"proposals.npc.city.topics", "市人大代表建议涉及的内容", "养老服务体系建设和行政区划调整"}};
  const std::string bytes = report_workbook(v);
  const std::string workbook = Workbook(bytes).part("xl/workbook.xml");
  EXPECT_TRUE(contains(workbook, "name=\"统计数据\""));
  EXPECT_FALSE(contains(workbook, "name=\"二、主动公开\""));
  const auto rows = read_first_sheet(bytes);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0].cells[0], "报告中的统计数据");
  EXPECT_EQ(rows[1].cells[0], "测试市民政局 2017年度");
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"类别", "项目", "数值"}));
  EXPECT_EQ(rows[3].cells, (std::vector<std::string>{"主动公开", "通过政府门户网站公开的信息（条）", "88"}));
  EXPECT_EQ(rows[4].cells, (std::vector<std::string>{"社会救助", "城市低保累计金额（万元）", "14556"}));
  EXPECT_EQ(rows[5].cells, (std::vector<std::string>{"社会救助", "城市低保人均补助水平（元/人·月）", "365.64"}));
  EXPECT_EQ(rows[6].cells,
            (std::vector<std::string>{"建议提案办理", "市人大代表建议涉及的内容", "养老服务体系建设和行政区划调整"}));
  const std::string sheet = Workbook(bytes).part("xl/worksheets/sheet1.xml");
  EXPECT_TRUE(contains(sheet, "<c r=\"C5\" s=\"")) << sheet.substr(0, 400);
  EXPECT_TRUE(contains(sheet, "<v>14556</v>")) << sheet;  // a number, not a string
}

}  // namespace
}  // namespace gongkai::testing
