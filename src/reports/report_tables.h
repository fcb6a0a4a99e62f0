// gongkai/reports/report_tables.h
//
// The tables of one annual report in memory, keyed as in the JSON
// (docs/report-json.md) and shaped by its format (report_format.h). A cell is
// an optional number: nullopt is a cell the report left blank. The reader
// (report_json.h) guarantees every row and column of the format is present.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include "reports/report_format.h"

namespace gongkai::reports {

using Cell = std::optional<double>;  // nullopt = blank (空白)

// Table 三 row: the seven columns of application_columns().
using ApplicationCells = std::array<Cell, application_column_count>;

struct ReportTables {
  ReportFormat format = ReportFormat::national_2021;
  std::string agency;  // 机关名称
  int year = 0;        // 报告年度
  // 二、主动公开: row key → column key → cell.
  std::map<std::string, std::map<std::string, Cell>> proactive;
  // 三、依申请公开: row key → seven cells.
  std::map<std::string, ApplicationCells> applications;
  // 四、行政复议、行政诉讼: group key → column key → cell.
  std::map<std::string, std::map<std::string, Cell>> appeals;
  // 六、信息处理费 (optional in the JSON): column key → cell.
  std::optional<std::map<std::string, Cell>> fees_collected;
};

// The cell at (row, column) of a keyed table; nullopt when blank or absent.
Cell cell_at(const std::map<std::string, std::map<std::string, Cell>>& table, const std::string& row,
             const std::string& column);

}  // namespace gongkai::reports
