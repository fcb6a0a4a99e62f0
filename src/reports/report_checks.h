// gongkai/reports/report_checks.h
//
// The consistency checks (勾稽关系) of the national tables, C1–C7 exactly as
// the format spec states them (docs/report-json.md):
//   C1 every column of table 三: new + carried_in = total + carried_over
//   C2 every column of table 三: total = the sum of all outcome rows
//   C3 every row of table 三: the 总计 column = the six applicant columns
//   C4 table 四, each group: total = upheld + corrected + other + pending
//   C5 counts are whole numbers ≥ 0, amounts ≥ 0 (2019 本年增/减 may be < 0)
//   C6 with last year's report: carried_in = last year's carried_over
//   C7 with last year's report (2021 format): in_force = last in_force + issued − repealed
// A blank cell is a warning; a rule that needs a blank cell is skipped and the
// skip is reported. Each finding names its rule, row and column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/report_tables.h"

namespace gongkai::reports {

enum class Severity {
  error,    // 错误: a broken rule
  warning,  // 警告: a blank cell
  skipped,  // 跳过: a rule not checked because a cell it needs is blank
};

struct Finding {
  std::string rule;  // "C1" … "C7"
  Severity severity = Severity::error;
  std::string row_key;
  std::string row_label;
  std::string column_key;
  std::string column_label;
  std::string detail;  // Chinese, e.g. "新收 3 + 上年结转 1 ≠ 总计 2 + 结转下年度 1"
};

// All findings, in the order C5 (cells), C1, C2, C3, C4, C6, C7.
// `previous` is last year's report; with it C6 and C7 run. It must be the
// report for the year before (InvalidInput otherwise).
std::vector<Finding> check_report(const ReportTables& report, const ReportTables* previous = nullptr);

bool has_errors(const std::vector<Finding>& findings);

// One line: `C1 错误 行“一、本年新收…”(new) 列“自然人”(natural)：新收 3 + …`.
std::string describe(const Finding& finding);

// A cell value as printed: whole numbers without decimals, others trimmed.
std::string format_number(double value);

}  // namespace gongkai::reports
