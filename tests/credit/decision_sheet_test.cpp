// The CSV of the national format, written exactly (headers and rows worked
// out from spec/conventions.md "双公示 fields"), the XLSX template, and the
// import from CSV or XLSX: all rows or none, each bad row named by the line
// the user's editor shows.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "core/errors.h"
#include "core/xlsx_reader.h"
#include "core/xlsx_writer.h"
#include "credit/decision_commands.h"
#include "credit/decision_sheet.h"
#include "credit/decision_queries.h"
#include "credit/credit_fixture.h"

namespace gongkai::testing {
namespace {

const std::string kLicensingHeader =
    "行政相对人名称,行政相对人类别,统一社会信用代码,工商注册号,组织机构代码,税务登记号,事业单位证书号,"
    "社会组织登记证号,法定代表人,证件类型,证件号码,行政许可决定文书名称,行政许可决定文书号,许可类别,许可证书名称,"
    "许可编号,许可内容,许可决定日期,有效期自,有效期至,许可机关,许可机关统一社会信用代码,数据来源单位,"
    "数据来源单位统一社会信用代码,备注\r\n";

const std::string kPenaltyHeader =
    "行政相对人名称,行政相对人类别,统一社会信用代码,工商注册号,组织机构代码,税务登记号,事业单位证书号,"
    "社会组织登记证号,法定代表人,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,"
    "处罚内容,罚款金额（万元）,没收违法所得、没收非法财物的金额（万元）,暂扣或吊销证照名称及编号,处罚决定日期,"
    "处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,数据来源单位,数据来源单位统一社会信用代码,备注\r\n";

class DecisionSheetTest : public CreditTest {
 protected:
  std::vector<credit::CreditDecision> exported(credit::DecisionKind kind) {
    auto c = db_->lease();
    return credit::decisions_for_export(*c, agency_id_, kind, {});
  }
};

TEST_P(DecisionSheetTest, TheLicensingExportHasTheFormatsHeadersAndTheRecordInOrder) {
  auto c = db_->lease();
  credit::record_decision(*c, officer_, today_, licence());
  const std::string csv = credit::decisions_csv(credit::DecisionKind::kLicensing,
                                                exported(credit::DecisionKind::kLicensing));
  EXPECT_EQ(csv, "\xEF\xBB\xBF" + kLicensingHeader +
                     "吴忠市测试协会,法人及非法人组织,51640300MJ0000011P,,,,,,马建国,,,社会团体准予成立登记决定书,"
                     "吴民社登〔2017〕1号,登记,社会团体法人登记证书,51640300MJ0000011P,"
                     "准予成立登记。业务范围：开展交流活动,2017-03-01,2017-03-01,2022-02-28,吴忠市民政局,"
                     "11640300010423576U,吴忠市民政局,11640300010423576U,\r\n");
}

// 0.5 万元 is stored as 500,000 fen and written back as 0.5; the ASCII comma
// of 违法事实 is quoted; the 证件号码 is in the file sent to the credit platform.
TEST_P(DecisionSheetTest, ThePenaltyExportWritesAmountsInWanYuanAndQuotesCommas) {
  auto c = db_->lease();
  const int64_t id = credit::record_decision(*c, officer_, today_, penalty_of_person());
  EXPECT_EQ(credit::find_decision(*c, agency_id_, id).field("fine_amount"), "500000");
  const std::string csv = credit::decisions_csv(credit::DecisionKind::kPenalty,
                                                exported(credit::DecisionKind::kPenalty));
  EXPECT_EQ(csv, "\xEF\xBB\xBF" + kPenaltyHeader +
                     "王建军,自然人,,,,,,,,身份证,640302198505120011,吴民罚〔2017〕1号,"
                     "未经登记擅自以社会组织名义开展活动,\"以协会名义收取会费,开展活动\","
                     "《社会团体登记管理条例》第三十二条,警告；罚款,警告，并处罚款伍仟元,0.5,,,2017-05-10,2017-11-09,"
                     "2099-12-31,吴忠市民政局,11640300010423576U,吴忠市民政局,11640300010423576U,\r\n");
}

TEST_P(DecisionSheetTest, TheExportReadsBackThroughTheImport) {
  auto c = db_->lease();
  credit::record_decision(*c, officer_, today_, licence());
  const std::string csv = credit::decisions_csv(credit::DecisionKind::kLicensing,
                                                exported(credit::DecisionKind::kLicensing));
  const auto rows = credit::parse_decision_file(csv);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(rows[0].input.kind, "licensing");
  EXPECT_EQ(rows[0].input.values.at("document_number"), "吴民社登〔2017〕1号");
}

std::string licence_row(const std::string& name, const std::string& code, const std::string& number) {
  return name + ",法人及非法人组织," + code + ",,,,,,马建国,,,社会团体准予成立登记决定书," + number +
         ",登记,,,准予成立登记,2017-03-01,2017-03-01,2022-02-28,吴忠市民政局,11640300010423576U,吴忠市民政局,"
         "11640300010423576U,\r\n";
}

TEST_P(DecisionSheetTest, AnImportWithBadRowsStoresNothingAndNamesEachRow) {
  const std::string file = kLicensingHeader + licence_row("吴忠市甲协会", kPartyCode, "吴民社登〔2017〕1号") +
                           licence_row("吴忠市乙协会", "51640300MJ0000011Q", "吴民社登〔2017〕2号") +
                           licence_row("吴忠市丙协会", kPartyCode, "吴民社登〔2017〕1号");
  auto c = db_->lease();
  const auto report = credit::import_decisions(*c, officer_, today_, credit::parse_decision_file(file));
  EXPECT_EQ(report.imported, 0);
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(report.problems[0].row, 3);
  EXPECT_NE(report.problems[0].reason.find("统一社会信用代码校验位错误"), std::string::npos);
  EXPECT_EQ(report.problems[1].row, 4);
  EXPECT_NE(report.problems[1].reason.find("与文件中前面的行重复"), std::string::npos);
  EXPECT_EQ(decisions(), 0);
  EXPECT_EQ(audits(), 0);
}

TEST_P(DecisionSheetTest, AGoodImportRecordsEveryRowUnpublished) {
  const std::string file = "\xEF\xBB\xBF" + kLicensingHeader +
                           licence_row("吴忠市甲协会", kPartyCode, "吴民社登〔2017〕1号") + "\r\n" +
                           licence_row("吴忠市乙协会", kPartyCode, "吴民社登〔2017〕2号");
  auto c = db_->lease();
  const auto report = credit::import_decisions(*c, officer_, today_, credit::parse_decision_file(file));
  EXPECT_TRUE(report.problems.empty());
  EXPECT_EQ(report.imported, 2);
  credit::DecisionQuery unpublished;
  unpublished.published = "unpublished";
  EXPECT_EQ(credit::search_decisions(*c, agency_id_, unpublished).total, 2);
  // A second import of the same file: both numbers are taken; nothing more stored.
  const auto again = credit::import_decisions(*c, officer_, today_, credit::parse_decision_file(file));
  EXPECT_EQ(again.problems.size(), 2u);
  EXPECT_EQ(decisions(), 2);
}

TEST_P(DecisionSheetTest, AFileOfUnknownLayoutIsRefusedNamingTheColumn) {
  EXPECT_THROW(credit::parse_decision_file(""), InvalidInput);
  try {
    credit::parse_decision_file("行政相对人名称,行政许可决定文书号,批准人\r\n");
    ADD_FAILURE();
  } catch (const InvalidInput& error) {
    EXPECT_NE(std::string(error.what()).find("未知的列“批准人”"), std::string::npos) << error.what();
  }
  try {
    credit::parse_decision_file("行政相对人名称,说明\r\n");
    ADD_FAILURE();
  } catch (const InvalidInput& error) {
    EXPECT_NE(std::string(error.what()).find("无法识别文件类别"), std::string::npos) << error.what();
  }
  try {
    credit::parse_decision_file("行政相对人名称,行政处罚决定书文号\r\n");
    ADD_FAILURE();
  } catch (const InvalidInput& error) {
    EXPECT_NE(std::string(error.what()).find("缺少“行政相对人类别”列"), std::string::npos) << error.what();
  }
}

// "a,b,,c\r\n" → {"a", "b", "", "c"} (the rows above hold no quoted commas).
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells{""};
  for (const char c : line.substr(0, line.find("\r\n"))) {
    if (c == ',') cells.emplace_back();
    else cells.back() += c;
  }
  return cells;
}

// A workbook of one sheet holding `rows` as text cells, as a spreadsheet
// program saves the XLSX template once filled in.
std::string workbook_of(const std::vector<std::vector<std::string>>& rows) {
  return write_xlsx([&](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "行政许可");
    for (size_t r = 0; r < rows.size(); ++r) {
      for (size_t c = 0; c < rows[r].size(); ++c) {
        if (rows[r][c].empty()) continue;
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(), nullptr);
      }
    }
  });
}

TEST_P(DecisionSheetTest, TheXlsxTemplateHasTheFormatsHeadersAsText) {
  const std::string xlsx = credit::decisions_xlsx_template(credit::DecisionKind::kLicensing);
  ASSERT_TRUE(looks_like_xlsx(xlsx));
  const auto rows = read_first_sheet(xlsx);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, cells_of(kLicensingHeader));
  EXPECT_TRUE(credit::parse_decision_file(xlsx, "sgs-licensing-template.xlsx").empty());
}

TEST_P(DecisionSheetTest, AnXlsxFileImportsLikeTheCsv) {
  // Row 3 repeats row 2's document number: refused by its row number, nothing stored.
  const auto first = cells_of(licence_row("吴忠市甲协会", kPartyCode, "吴民社登〔2017〕1号"));
  const auto repeated = cells_of(licence_row("吴忠市丙协会", kPartyCode, "吴民社登〔2017〕1号"));
  auto c = db_->lease();
  const auto bad = credit::import_decisions(
      *c, officer_, today_, credit::parse_decision_file(workbook_of({cells_of(kLicensingHeader), first, repeated}), "双公示.xlsx"));
  EXPECT_EQ(bad.imported, 0);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(bad.problems[0].row, 3);
  EXPECT_EQ(decisions(), 0);
  const auto rows = credit::parse_decision_file(workbook_of({cells_of(kLicensingHeader), first}), "双公示.xlsx");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(rows[0].input.kind, "licensing");
  EXPECT_EQ(rows[0].input.values.at("party_name"), "吴忠市甲协会");
  EXPECT_EQ(rows[0].input.values.at("decision_date"), "2017-03-01");
  const auto report = credit::import_decisions(*c, officer_, today_, rows);
  EXPECT_TRUE(report.problems.empty());
  EXPECT_EQ(report.imported, 1);
  EXPECT_EQ(decisions(), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, DecisionSheetTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
