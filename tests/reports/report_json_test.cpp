// The JSON form of the tables: the formats chosen by year, reading and writing
// the spec's shape, and a clear message with the path for what is wrong.
#include <gtest/gtest.h>

#include "report_samples.h"
#include "reports/report_format.h"

namespace gongkai::reports {
namespace {

using testing::sample_json;
using testing::sample_tables;
using testing::tables_of;

// The message of the UnreadableReport that reading `json` throws.
std::string refusal_of_text(const std::string& text) {
  try {
    read_report_json(text);
  } catch (const UnreadableReport& e) {
    return e.what();
  }
  return "(read without complaint)";
}

std::string refusal(const nlohmann::json& json) { return refusal_of_text(json.dump()); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ReportFormat, TheYearChoosesTheFormat) {
  EXPECT_EQ(format_for_year(2007), std::nullopt);
  EXPECT_EQ(format_for_year(2008), ReportFormat::legacy);
  EXPECT_EQ(format_for_year(2018), ReportFormat::legacy);
  EXPECT_EQ(format_for_year(2019), ReportFormat::national_2019);
  EXPECT_EQ(format_for_year(2020), ReportFormat::national_2019);
  EXPECT_EQ(format_for_year(2021), ReportFormat::national_2021);
  EXPECT_EQ(format_for_year(2025), ReportFormat::national_2021);
  EXPECT_EQ(format_document(ReportFormat::national_2021), "国办公开办函〔2021〕30号");
  EXPECT_EQ(format_document(ReportFormat::national_2019), "国办公开办函〔2019〕60号");
}

// Table 三: 2 + 2 + 8 + 3 + 5 outcome rows + 其他处理 (3 rows in 2021, 1 in 2019) + 总计 + 结转.
TEST(ReportFormat, TableThreeRowsInOrder) {
  const auto rows_2021 = application_rows(ReportFormat::national_2021);
  ASSERT_EQ(rows_2021.size(), 25u);
  EXPECT_EQ(rows_2021.front().key, "new");
  EXPECT_EQ(rows_2021[4].key, "withheld.state_secret");
  EXPECT_EQ(rows_2021[22].key, "other.other");
  EXPECT_EQ(rows_2021[23].key, "total");
  EXPECT_EQ(rows_2021.back().key, "carried_over");
  EXPECT_EQ(rows_2021.back().label, "四、结转下年度继续办理");
  const auto rows_2019 = application_rows(ReportFormat::national_2019);
  ASSERT_EQ(rows_2019.size(), 23u);
  EXPECT_EQ(rows_2019[20].key, "other");
  EXPECT_EQ(application_columns().size(), 7u);
  EXPECT_EQ(application_columns().back().label, "总计");
  EXPECT_EQ(proactive_rows(ReportFormat::national_2021).size(), 6u);
  EXPECT_EQ(proactive_rows(ReportFormat::national_2019).size(), 8u);
  EXPECT_EQ(appeal_groups().size() * appeal_columns().size(), 15u);
}

TEST(ReportJson, ReadsTheSpecShape) {
  const auto report = sample_tables("consistent_2022.json");
  EXPECT_EQ(report.format, ReportFormat::national_2021);
  EXPECT_EQ(report.year, 2022);
  EXPECT_EQ(report.agency, "示例市民政局（构造数据）");
  EXPECT_EQ(cell_at(report.proactive, "normative_docs", "in_force"), 12.0);
  EXPECT_EQ(report.applications.at("new")[0], 10.0);
  EXPECT_EQ(report.applications.at("new")[6], 14.0);
  EXPECT_EQ(cell_at(report.appeals, "reconsideration", "pending"), 1.0);
  ASSERT_TRUE(report.fees_collected.has_value());
}

TEST(ReportJson, WritesWhatItReadsInTheSpecOrder) {
  for (const std::string name : {"consistent_2022.json", "format2019_2020.json"}) {
    const auto report = sample_tables(name);
    const std::string written = write_report_json(report);
    const auto again = read_report_json(written);
    EXPECT_EQ(write_report_json(again), written);
    EXPECT_EQ(nlohmann::json::parse(written), sample_json(name)) << name;
    EXPECT_EQ(written.rfind("{\n  \"format\": ", 0), 0u);
  }
}

TEST(ReportJson, ABlankCellIsNullBothWays) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["partial"][3] = nullptr;
  const auto report = tables_of(json);
  EXPECT_EQ(report.applications.at("partial")[3], std::nullopt);
  EXPECT_TRUE(nlohmann::json::parse(write_report_json(report))["applications"]["rows"]["partial"][3].is_null());
}

TEST(ReportJson, MalformedJsonIsRefused) {
  EXPECT_TRUE(contains(refusal_of_text("{\"format\": \"2021\", "), "不是有效的JSON"));
  EXPECT_TRUE(contains(refusal_of_text("[1, 2]"), "应为一个JSON对象"));
}

TEST(ReportJson, AMissingTableNamesIt) {
  auto json = sample_json("consistent_2022.json");
  json.erase("appeals");
  EXPECT_EQ(refusal(json), "缺少表四（政府信息公开行政复议、行政诉讼情况）：appeals");
  json = sample_json("consistent_2022.json");
  json["applications"]["rows"].erase("withheld.inquiry");
  EXPECT_TRUE(contains(refusal(json), "缺少表三的行“（三）不予公开 8.属于行政查询事项”：applications.rows.withheld.inquiry"))
      << refusal(json);
  json = sample_json("consistent_2022.json");
  json["proactive"]["normative_docs"].erase("repealed");
  EXPECT_EQ(refusal(json), "缺少单元格：proactive.normative_docs.repealed");
}

TEST(ReportJson, TextWhereANumberBelongsNamesThePath) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["partial"][3] = "一";
  EXPECT_EQ(refusal(json), "applications.rows.partial[3]：应为数字或null（空白），实为文本“一”");
  json = sample_json("consistent_2022.json");
  json["appeals"]["litigation_direct"]["upheld"] = true;
  EXPECT_TRUE(contains(refusal(json), "appeals.litigation_direct.upheld")) << refusal(json);
  json = sample_json("consistent_2022.json");
  json["year"] = "2022";
  EXPECT_TRUE(contains(refusal(json), "year：应为整数年度")) << refusal(json);
}

TEST(ReportJson, ARowMustHaveSevenCells) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["new"] = {10, 2, 0, 1, 0, 14};
  EXPECT_TRUE(contains(refusal(json), "applications.rows.new：应有7个数字")) << refusal(json);
  json["applications"]["rows"]["new"] = 14;
  EXPECT_TRUE(contains(refusal(json), "applications.rows.new：应为7个数字的数组")) << refusal(json);
}

TEST(ReportJson, TheFormatMustBeKnownAndFitTheYear) {
  auto json = sample_json("consistent_2022.json");
  json["format"] = "2020";
  EXPECT_TRUE(contains(refusal(json), "未知的报告格式“2020”")) << refusal(json);
  json["format"] = "legacy";
  EXPECT_TRUE(contains(refusal(json), "没有全国统一的表格")) << refusal(json);
  json["format"] = "2019";
  EXPECT_TRUE(contains(refusal(json), "2022年度的报告应使用2021格式（国办公开办函〔2021〕30号）")) << refusal(json);
  json.erase("format");
  EXPECT_EQ(refusal(json), "缺少报告格式：format");
}

// A 2019 row in a 2021 report (and the other way round) is another format's row.
TEST(ReportJson, AnotherFormatsRowIsRefused) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["other"] = {0, 0, 0, 0, 0, 0, 0};
  EXPECT_TRUE(contains(refusal(json), "applications.rows.other：2021格式（国办公开办函〔2021〕30号）没有这一项"))
      << refusal(json);
  auto old = sample_json("format2019_2020.json");
  old["applications"]["rows"].erase("other");
  EXPECT_TRUE(contains(refusal(old), "applications.rows.other")) << refusal(old);
}

}  // namespace
}  // namespace gongkai::reports
