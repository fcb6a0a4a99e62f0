// gongkai/reports/report_format.h
//
// The national formats of the annual report (政府信息公开工作年度报告格式) as
// data: which report year uses which format, and the rows and columns of
// table 二 (主动公开), table 三 (依申请公开) and table 四 (行政复议、行政诉讼),
// each with its Chinese label and its JSON key. Two formats have tables:
//   国办公开办函〔2019〕60号 (reports for 2019 and 2020) and
//   国办公开办函〔2021〕30号 (reports for 2021 on).
// Reports for 2008–2018 follow the source document's own structure (legacy)
// and have no national tables. Nothing here reads files at run time.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace gongkai::reports {

enum class ReportFormat {
  legacy,         // 2008–2018: no national tables
  national_2019,  // 国办公开办函〔2019〕60号
  national_2021,  // 国办公开办函〔2021〕30号
};

// The format a report for `year` must use; nullopt before 2008.
std::optional<ReportFormat> format_for_year(int year);

// The "format" value of the JSON ("2019", "2021", "legacy").
std::string_view format_key(ReportFormat format);
// nullopt for an unknown key.
std::optional<ReportFormat> format_from_key(std::string_view key);
// The document that defines the format, e.g. "国办公开办函〔2021〕30号".
std::string_view format_document(ReportFormat format);

// What a number in a cell may be (rule C5).
enum class CellKind {
  count,         // whole number ≥ 0
  signed_count,  // whole number, may be negative (2019: 本年增/减)
  amount,        // ≥ 0, may have decimals (万元, 元)
};

// One column of a table: its JSON key, its printed label, its kind.
struct Column {
  std::string_view key;
  std::string_view label;
  CellKind kind = CellKind::count;
};

// Table 二: one row of a block (第二十条第（x）项) with its columns.
struct ProactiveRow {
  std::string_view key;    // e.g. "normative_docs"
  std::string_view label;  // e.g. "行政规范性文件"
  std::string_view block;  // e.g. "第二十条第（一）项"
  std::span<const Column> columns;
};
std::span<const ProactiveRow> proactive_rows(ReportFormat format);

// Table 三: what a row means for the checks C1 and C2.
enum class ApplicationRowRole {
  received,      // 一、本年新收
  carried_in,    // 二、上年结转
  outcome,       // one of the outcome rows summed by C2
  total,         // （七）总计
  carried_over,  // 四、结转下年度继续办理
};
struct ApplicationRow {
  std::string_view key;    // e.g. "withheld.state_secret"
  std::string_view label;  // e.g. "（三）不予公开 1.属于国家秘密"
  ApplicationRowRole role = ApplicationRowRole::outcome;
};
// The rows of table 三 in the order of the format.
std::span<const ApplicationRow> application_rows(ReportFormat format);

// Table 三's seven columns: 自然人, the five 法人或其他组织, 总计 (the last).
constexpr size_t application_column_count = 7;
std::span<const Column> application_columns();

// Table 四: the three groups (行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉)
// and their five columns (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
struct AppealGroup {
  std::string_view key;
  std::string_view label;
};
std::span<const AppealGroup> appeal_groups();
std::span<const Column> appeal_columns();

// 六、其他需要报告的事项: the 信息处理费 collected (fees_collected).
std::span<const Column> fees_collected_columns();

}  // namespace gongkai::reports
