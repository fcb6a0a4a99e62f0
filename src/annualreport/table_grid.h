// gongkai/annualreport/table_grid.h
//
// The national tables laid out as printed (the layout of 国办公开办函〔2019〕
// 60号 and 〔2021〕30号): header rows with merged cells, category cells
// spanning their sub-rows (（三）不予公开 over its eight grounds), blank cells
// left blank. One layout serves the web page, the PDF and the XLSX, so the
// three print the same table. Cell positions follow HTML's rule: a cell takes
// the next column not covered by a rowspan from above.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/report_tables.h"

namespace gongkai::annualreport {

struct GridCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
  bool header = false;          // a heading cell (th)
  std::optional<double> value;  // a figure cell's number; nullopt for text or a blank
  bool figure = false;          // a figure cell (right-aligned), blank or not
};

struct TableGrid {
  std::string key;    // proactive | applications | appeals | fees
  std::string title;  // "三、收到和处理政府信息公开申请情况"
  std::string sheet;  // the XLSX sheet's name, e.g. "三、依申请公开"
  std::vector<double> column_weights;
  int header_rows = 0;  // repeated on each PDF page
  std::vector<std::vector<GridCell>> rows;
};

// The tables in the order of the report: 二, 三, 四, and 六 (信息处理费)
// when the report has it.
std::vector<TableGrid> table_grids(const reports::ReportTables& tables);
// The one named by a section's `table` key; nullopt for an unknown key.
std::optional<TableGrid> table_grid(const reports::ReportTables& tables, std::string_view key);

struct PlacedCell {
  int row = 0;
  int column = 0;
  const GridCell* cell = nullptr;
};
// Every cell with its row and first column.
std::vector<PlacedCell> place_cells(const TableGrid& grid);

}  // namespace gongkai::annualreport
