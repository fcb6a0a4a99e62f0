// The consistency checks C1–C7 on the constructed sample reports: a consistent
// report has no findings; each rule broken on purpose gives exactly its
// findings (rule, row, column); blank cells warn and skip, never fail.
#include <gtest/gtest.h>

#include "reports/report_checks.h"
#include "report_samples.h"

namespace gongkai::reports {
namespace {

using testing::sample_json;
using testing::sample_tables;
using testing::tables_of;

// "C1 错误 new natural" for each finding, in order.
std::vector<std::string> summary(const std::vector<Finding>& findings) {
  std::vector<std::string> lines;
  const char* words[] = {"错误", "警告", "跳过"};
  for (const auto& f : findings) {
    lines.push_back(f.rule + " " + words[static_cast<int>(f.severity)] + " " + f.row_key + " " + f.column_key);
  }
  return lines;
}

using Lines = std::vector<std::string>;

TEST(ReportChecks, AConsistentReportHasNoFindings) {
  EXPECT_EQ(summary(check_report(sample_tables("consistent_2022.json"))), Lines{});
}

TEST(ReportChecks, AConsistentReportAgreesWithLastYear) {
  const auto current = sample_tables("consistent_2022.json");
  const auto previous = sample_tables("consistent_2021.json");
  EXPECT_EQ(summary(check_report(current, &previous)), Lines{});
  EXPECT_EQ(summary(check_report(previous)), Lines{});
}

// 新收: one more 自然人, one fewer 商业企业; the row's total still holds (C3),
// but columns 自然人 (11 + 1 ≠ 9 + 2) and 商业企业 (1 + 0 ≠ 2 + 0) do not.
TEST(ReportChecks, C1ReceivedPlusCarriedInMustEqualTotalPlusCarriedOver) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["new"] = {11, 1, 0, 1, 0, 1, 14};
  const auto findings = check_report(tables_of(json));
  EXPECT_EQ(summary(findings), (Lines{"C1 错误 new natural", "C1 错误 new business"}));
  EXPECT_EQ(describe(findings[0]),
            "C1 错误 行“一、本年新收政府信息公开申请数量”(new) 列“自然人”(natural)："
            "新收 11 + 上年结转 1 ≠ 总计 9 + 结转下年度 2");
  EXPECT_TRUE(has_errors(findings));
}

// 予以公开: one 商业企业 case moved to 自然人; the row total (5) holds, the
// column sums of the outcomes no longer meet the 总计 row: 自然人 10 ≠ 9, 商业企业 1 ≠ 2.
TEST(ReportChecks, C2TotalMustEqualTheSumOfTheOutcomes) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["disclosed"] = {5, 0, 0, 0, 0, 0, 5};
  const auto findings = check_report(tables_of(json));
  EXPECT_EQ(summary(findings), (Lines{"C2 错误 total natural", "C2 错误 total business"}));
  EXPECT_EQ(describe(findings[0]),
            "C2 错误 行“三、本年度办理结果（七）总计”(total) 列“自然人”(natural)：总计 9 ≠ 各项办理结果之和 10");
}

// 总计 column: 予以公开 says 6 (should be 5), 部分公开 says 1 (should be 2); the
// column total 13 still holds, so only the two rows break C3.
TEST(ReportChecks, C3TheTotalColumnMustEqualTheSixApplicantColumns) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["disclosed"][6] = 6;
  json["applications"]["rows"]["partial"][6] = 1;
  const auto findings = check_report(tables_of(json));
  EXPECT_EQ(summary(findings), (Lines{"C3 错误 disclosed total", "C3 错误 partial total"}));
  EXPECT_EQ(describe(findings[0]),
            "C3 错误 行“三、本年度办理结果（一）予以公开”(disclosed) 列“总计”(total)：总计 6 ≠ 六类申请人之和 5"
            "（自然人 4 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0）");
}

TEST(ReportChecks, C4EachAppealGroupMustAddUp) {
  auto json = sample_json("consistent_2022.json");
  json["appeals"]["reconsideration"]["total"] = 3;
  const auto findings = check_report(tables_of(json));
  EXPECT_EQ(summary(findings), (Lines{"C4 错误 reconsideration total"}));
  EXPECT_EQ(describe(findings[0]),
            "C4 错误 行“行政复议”(reconsideration) 列“总计”(total)："
            "总计 3 ≠ 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1");
}

TEST(ReportChecks, C5CountsAreWholeAndNotNegativeAmountsNotNegative) {
  auto json = sample_json("consistent_2022.json");
  json["proactive"]["licensing"]["decisions"] = -1;
  json["proactive"]["penalty"]["decisions"] = 2.5;
  json["proactive"]["fees"]["amount_wan"] = -0.5;
  json["fees_collected"]["amount_yuan"] = 12.5;  // an amount may have decimals
  const auto findings = check_report(tables_of(json));
  EXPECT_EQ(summary(findings),
            (Lines{"C5 错误 licensing decisions", "C5 错误 penalty decisions", "C5 错误 fees amount_wan"}));
  EXPECT_EQ(describe(findings[0]),
            "C5 错误 行“第二十条第（五）项 行政许可”(licensing) 列“本年处理决定数量”(decisions)："
            "件数应为不小于0的整数，实为 -1");
  EXPECT_NE(describe(findings[2]).find("金额应不小于0，实为 -0.5"), std::string::npos);
}

// Last year carried over 2 自然人 cases, this year carried in 1.
TEST(ReportChecks, C6CarriedInMustEqualLastYearsCarriedOver) {
  auto last_year = sample_json("consistent_2021.json");
  last_year["applications"]["rows"]["carried_over"] = {2, 0, 0, 0, 0, 0, 1};
  const auto previous = tables_of(last_year);
  const auto findings = check_report(sample_tables("consistent_2022.json"), &previous);
  EXPECT_EQ(summary(findings), (Lines{"C6 错误 carried_in natural"}));
  EXPECT_NE(describe(findings[0]).find("上年结转 1 ≠ 上一年度报告的结转下年度 2"), std::string::npos);
}

// 10 in force last year + 3 issued − 1 repealed = 12, not 13.
TEST(ReportChecks, C7InForceMustFollowFromLastYear) {
  auto json = sample_json("consistent_2022.json");
  json["proactive"]["normative_docs"]["in_force"] = 13;
  const auto previous = sample_tables("consistent_2021.json");
  const auto findings = check_report(tables_of(json), &previous);
  EXPECT_EQ(summary(findings), (Lines{"C7 错误 normative_docs in_force"}));
  EXPECT_NE(describe(findings[0]).find("现行有效 13 ≠ 上年现行有效 10 + 本年制发 3 − 本年废止 1"), std::string::npos);
  // Without last year's report C6 and C7 do not run.
  EXPECT_EQ(summary(check_report(tables_of(json))), Lines{});
}

TEST(ReportChecks, C7IsSkippedWhenLastYearUsedThe2019Format) {
  auto json = sample_json("consistent_2021.json");
  const auto previous = sample_tables("format2019_2020.json");
  const auto findings = check_report(tables_of(json), &previous);
  EXPECT_EQ(summary(findings), (Lines{"C7 跳过 rules in_force", "C7 跳过 normative_docs in_force"}));
  EXPECT_FALSE(has_errors(findings));
}

TEST(ReportChecks, LastYearMustBeTheYearBefore) {
  const auto current = sample_tables("consistent_2022.json");
  EXPECT_THROW(check_report(current, &current), InvalidInput);
}

// One blank cell: a warning, and the two rules that need it (C2 in its column,
// C3 in its row) are skipped and say so; nothing is an error.
TEST(ReportChecks, ABlankCellWarnsAndSkipsTheRulesThatNeedIt) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["disclosed"][0] = nullptr;
  const auto findings = check_report(tables_of(json));
  EXPECT_EQ(summary(findings), (Lines{"C5 警告 disclosed natural", "C2 跳过 total natural", "C3 跳过 disclosed total"}));
  EXPECT_FALSE(has_errors(findings));
  EXPECT_EQ(describe(findings[0]),
            "C5 警告 行“三、本年度办理结果（一）予以公开”(disclosed) 列“自然人”(natural)：单元格空白");
  EXPECT_NE(describe(findings[1]).find("所需单元格空白：三、本年度办理结果（一）予以公开(disclosed)，本条未核对"), std::string::npos)
      << describe(findings[1]);
}

// As one real report did: the whole 总计 column of the result rows left blank.
TEST(ReportChecks, ABlankTotalColumnIsWarningsAndSkipsNotErrors) {
  auto json = sample_json("consistent_2022.json");
  auto& rows = json["applications"]["rows"];
  int blanks = 0;
  for (auto& [key, cells] : rows.items()) {
    if (key == "new" || key == "carried_in" || key == "carried_over") continue;
    cells[6] = nullptr;
    ++blanks;
  }
  const auto findings = check_report(tables_of(json));
  EXPECT_FALSE(has_errors(findings));
  int warnings = 0;
  int skips = 0;
  for (const auto& f : findings) {
    if (f.severity == Severity::warning) ++warnings;
    if (f.severity == Severity::skipped) ++skips;
  }
  EXPECT_EQ(blanks, 22);  // 21 outcome rows of the 2021 format and the 总计 row
  EXPECT_EQ(warnings, blanks);
  // Skipped: C1 and C2 in the 总计 column, C3 in each of the 22 rows.
  EXPECT_EQ(skips, 2 + blanks);
}

// A 2019-format report: one 其他处理 row, the 2019 table 二, and 本年增/减 may be negative.
TEST(ReportChecks, A2019FormatReportChecksWithItsOwnRows) {
  const auto report = sample_tables("format2019_2020.json");
  EXPECT_EQ(report.format, ReportFormat::national_2019);
  EXPECT_TRUE(report.applications.contains("other"));
  EXPECT_FALSE(report.applications.contains("other.other"));
  EXPECT_EQ(cell_at(report.proactive, "licensing", "change"), -2.0);
  EXPECT_EQ(cell_at(report.proactive, "procurement", "amount_yuan"), 356000.5);
  EXPECT_EQ(summary(check_report(report)), Lines{});
}

TEST(ReportChecks, A2019ChangeMustStillBeWhole) {
  auto json = sample_json("format2019_2020.json");
  json["proactive"]["fees"]["change"] = -1.5;
  json["applications"]["rows"]["other"] = {2, 0, 0, 0, 0, 0, 2};
  const auto findings = check_report(tables_of(json));
  // The 其他处理 row now says 2: C2 breaks in 自然人 and 总计 (3 ≠ 4).
  EXPECT_EQ(summary(findings), (Lines{"C5 错误 fees change", "C2 错误 total natural", "C2 错误 total total"}));
}

}  // namespace
}  // namespace gongkai::reports
