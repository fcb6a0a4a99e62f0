// Entering and importing social-assistance figures: a bad row is reported
// with its row number and reason and nothing is stored; a period is entered
// once; only the roles of docs/roles.md may enter figures. Both engines.
#include <gtest/gtest.h>

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/errors.h"
#include "keyareas/assistance_fixture.h"
#include "keyareas/assistance_import.h"
#include "keyareas/assistance_template.h"
#include "keyareas/assistance_yearly.h"
#include "core/xlsx_reader.h"

namespace gongkai::testing {
namespace {

using keyareas::FiguresInput;
using keyareas::ImportReport;

class AssistanceImportTest : public AssistanceTest {
 protected:
  ImportReport import_text(const std::string& text, const std::string& name = "data.csv") {
    auto c = db_->lease();
    return keyareas::import_figures(*c, officer_, today_, keyareas::parse_import_file(text, name));
  }
  int64_t record(const FiguresInput& input, const org::StaffActor* staff = nullptr) {
    auto c = db_->lease();
    return keyareas::record_figures(*c, staff ? *staff : officer_, today_, input);
  }
};

const std::string kHeader = "项目,统计期,户数,人数,人次,金额（元）\n";

TEST_P(AssistanceImportTest, EveryBadRowIsReportedWithItsNumberAndNothingIsStored) {
  const std::string file = kHeader +
                           "城市低保,2017-01,16631,34093,34093,12026645.00\n"  // 2: good
                           "城市低保,2017-02,16549,33926,33926,-5\n"           // 3: negative amount
                           "农村低保,2099-01,1,2,2,100\n"                      // 4: future period
                           "五保户补贴,2017-01,1,2,2,100\n"                    // 5: unknown programme
                           "城市低保,2017-01,1,2,2,100\n"                      // 6: duplicate of row 2
                           "临时救助,2017-Q1,10,5,12,1000\n"                   // 7: 临时救助 counts no persons
                           "城市低保,2017-13,1,2,2,100\n"                      // 8: no 13th month
                           "集中供养,2017-03,,800,-3,100\n";                   // 9: negative count
  const auto report = import_text(file);
  EXPECT_EQ(report.imported, 0);
  ASSERT_EQ(report.problems.size(), 7u);
  EXPECT_EQ(report.problems[0].row, 3);
  EXPECT_EQ(report.problems[0].reason, "金额不能为负数：-5");
  EXPECT_EQ(report.problems[1].row, 4);
  EXPECT_EQ(report.problems[1].reason, "统计期2099年1月尚未结束，不能填报");
  EXPECT_EQ(report.problems[2].row, 5);
  EXPECT_EQ(report.problems[2].reason, "未知的救助项目：五保户补贴");
  EXPECT_EQ(report.problems[3].row, 6);
  EXPECT_NE(report.problems[3].reason.find("重复"), std::string::npos) << report.problems[3].reason;
  EXPECT_EQ(report.problems[4].row, 7);
  EXPECT_EQ(report.problems[4].reason, "临时救助不统计人数，该栏应留空");
  EXPECT_EQ(report.problems[5].row, 8);
  EXPECT_NE(report.problems[5].reason.find("2017-13"), std::string::npos) << report.problems[5].reason;
  EXPECT_EQ(report.problems[6].row, 9);
  EXPECT_EQ(report.problems[6].reason, "人次不能为负数：-3");
  EXPECT_EQ(count("assistance_figures"), 0);
  EXPECT_EQ(keyareas::describe_problems(report.problems).substr(0, 10), "第3行：");
}

TEST_P(AssistanceImportTest, AGoodFileIsStoredWholeAndAPeriodOnlyOnce) {
  const std::string file = kHeader +
                           "城市低保,2017-01,16631,34093,34093,12026645.00\n"
                           "urban_dibao,2017-02,16549,33926,33926,\"12,048,095.50\"\n"
                           "临时救助,2017-Q1,12503,,13444,7934191\n";
  const auto report = import_text(file);
  ASSERT_TRUE(report.problems.empty()) << keyareas::describe_problems(report.problems);
  EXPECT_EQ(report.imported, 3);
  auto c = db_->lease();
  const auto urban = keyareas::programme_figures(*c, agency_id_, *keyareas::find_programme("urban_dibao"));
  ASSERT_EQ(urban.size(), 2u);
  EXPECT_EQ(urban[1].amount, Fen{1204809550});
  EXPECT_EQ(urban[1].published_on, today_);
  EXPECT_EQ(urban[1].source, "民政部门");
  // The same period again: refused, with the period named.
  const auto again = import_text(kHeader + "城市低保,2017-02,1,1,1,1\n");
  ASSERT_EQ(again.problems.size(), 1u);
  EXPECT_EQ(again.problems[0].row, 2);
  EXPECT_EQ(again.problems[0].reason, "城市低保2017年2月的数据已填报，不能重复填报");
  EXPECT_EQ(count("assistance_figures"), 3);
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM audit_log WHERE action = 'assistance_figures.create'")->integer(0), 3);
}

TEST_P(AssistanceImportTest, AMissingColumnOrAnUnknownOneIsNamed) {
  EXPECT_THROW(
      {
        try {
          import_text("项目,统计期,人数,人次,金额（元）\n城市低保,2017-01,1,1,1\n");
        } catch (const InvalidInput& e) {
          EXPECT_STREQ(e.what(), "第1行：缺少“户数”列");
          throw;
        }
      },
      InvalidInput);
  EXPECT_THROW(import_text("项目,统计期,户数,人数,人次,金额（元）,身份证号\n"), InvalidInput);
}

TEST_P(AssistanceImportTest, TheFormRefusesBadInputWithAChineseMessage) {
  EXPECT_THROW(record({"城市低保", "2017-01", "1", "2", "2", "-0.01", ""}), InvalidInput);
  EXPECT_THROW(record({"城市低保", "2099-12", "1", "2", "2", "1", ""}), InvalidInput);
  EXPECT_THROW(record({"低保", "2017-01", "1", "2", "2", "1", ""}), InvalidInput);
  EXPECT_THROW(record({"城市低保", "2017-Q1", "1", "2", "2", "1", ""}), InvalidInput);  // quarterly form for a monthly programme
  EXPECT_THROW(record({"城市低保", "2017-01", "1", "", "2", "1", ""}), InvalidInput);    // 人数 missing
  record({"城市低保", "2017-01", "1", "2", "2", "1", ""});
  EXPECT_THROW(record({"城市低保", "2017-01", "1", "2", "2", "1", ""}), Conflict);
  EXPECT_EQ(count("assistance_figures"), 1);
}

TEST_P(AssistanceImportTest, MedicalAssistanceCarriesItsSourceFrom2019) {
  record({"医疗救助", "2018-Q4", "", "", "120", "50000", ""});
  record({"医疗救助", "2019-Q1", "", "", "130", "52000", ""});
  auto c = db_->lease();
  const auto rows = keyareas::programme_figures(*c, agency_id_, *keyareas::find_programme("medical_assistance"));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].source, "民政部门");
  EXPECT_EQ(rows[1].source, "医疗保障部门");
}

TEST_P(AssistanceImportTest, OnlyTheRolesOfTheMatrixMayEnterFigures) {
  EXPECT_THROW(record({"城市低保", "2017-01", "1", "2", "2", "1", ""}, &reviewer_), Forbidden);
  auto c = db_->lease();
  EXPECT_THROW(keyareas::import_figures(*c, reviewer_, today_, {}), Forbidden);
  EXPECT_EQ(count("assistance_figures"), 0);
}

// A workbook as a user's spreadsheet program would save it: numbers as
// numbers, the period as text, a blank row in between.
std::string workbook_bytes() {
  const auto path = std::filesystem::temp_directory_path() / ("gongkai-test-" + store::testing::random_suffix(8) + ".xlsx");
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "数据");
  const char* header[] = {"项目", "统计期", "户数", "人数", "人次", "金额（元）"};
  for (int i = 0; i < 6; ++i) worksheet_write_string(sheet, 0, i, header[i], nullptr);
  worksheet_write_string(sheet, 1, 0, "农村低保", nullptr);
  worksheet_write_string(sheet, 1, 1, "2017-01", nullptr);
  worksheet_write_number(sheet, 1, 2, 37057, nullptr);
  worksheet_write_number(sheet, 1, 3, 96348, nullptr);
  worksheet_write_number(sheet, 1, 4, 96348, nullptr);
  worksheet_write_number(sheet, 1, 5, 24889939.1, nullptr);
  // row 3 left blank
  worksheet_write_string(sheet, 3, 0, "农村低保", nullptr);
  worksheet_write_string(sheet, 3, 1, "2017-02", nullptr);
  worksheet_write_number(sheet, 3, 2, 36903, nullptr);
  worksheet_write_number(sheet, 3, 3, 95948, nullptr);
  worksheet_write_number(sheet, 3, 4, 95948, nullptr);
  worksheet_write_number(sheet, 3, 5, -1, nullptr);
  workbook_close(workbook);
  std::ifstream in(path, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::filesystem::remove(path);
  return bytes;
}

TEST_P(AssistanceImportTest, AnXlsxFileIsReadWithItsSpreadsheetRowNumbers) {
  const auto rows = read_first_sheet(workbook_bytes());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].row, 2);
  EXPECT_EQ(rows[1].cells[5], "24889939.1");
  EXPECT_EQ(rows[2].row, 4);
  const auto report = import_text(workbook_bytes(), "导入.xlsx");
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].row, 4);
  EXPECT_EQ(report.problems[0].reason, "金额不能为负数：-1");
  EXPECT_EQ(count("assistance_figures"), 0);
}

TEST_P(AssistanceImportTest, TheTemplatesReadBackAsAnEmptyImport) {
  const auto csv = keyareas::parse_import_file(keyareas::import_template_csv(), "模板.csv");
  EXPECT_TRUE(csv.empty());
  const std::string xlsx = keyareas::import_template_xlsx();
  ASSERT_TRUE(looks_like_xlsx(xlsx));
  const auto sheet = read_first_sheet(xlsx);
  ASSERT_EQ(sheet.size(), 1u);
  EXPECT_EQ(sheet[0].cells[0], "项目");
  EXPECT_EQ(sheet[0].cells[5], "金额（元）");
  const auto report = import_text(xlsx, "模板.xlsx");
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].reason, "文件中没有数据行");
}

TEST_P(AssistanceImportTest, NotAWorkbookIsRefusedPlainly) {
  EXPECT_THROW(read_first_sheet(std::string("PK\x03\x04garbage", 11)), InvalidInput);
}

INSTANTIATE_TEST_SUITE_P(Engines, AssistanceImportTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
