// gongkai/annualreport/report_workbook.cpp
#include "annualreport/report_workbook.h"

#include <xlsxwriter.h>

#include "annualreport/figures_grid.h"
#include "annualreport/table_grid.h"
#include "core/errors.h"
#include "core/xlsx_writer.h"

namespace gongkai::annualreport {
namespace {

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* label = nullptr;
  lxw_format* figure = nullptr;
};

Formats make_formats(lxw_workbook* workbook) {
  Formats f;
  f.title = workbook_add_format(workbook);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(workbook);
  format_set_bold(f.header);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.header);
  f.label = workbook_add_format(workbook);
  format_set_border(f.label, LXW_BORDER_THIN);
  format_set_align(f.label, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.label);
  f.figure = workbook_add_format(workbook);
  format_set_border(f.figure, LXW_BORDER_THIN);
  format_set_align(f.figure, LXW_ALIGN_RIGHT);
  return f;
}

void write_cell(lxw_worksheet* sheet, const Formats& formats, int row, int column, const GridCell& cell) {
  lxw_format* format = cell.header ? formats.header : cell.figure ? formats.figure : formats.label;
  const auto r = static_cast<lxw_row_t>(row);
  const auto c = static_cast<lxw_col_t>(column);
  if (cell.colspan > 1 || cell.rowspan > 1) {
    worksheet_merge_range(sheet, r, c, static_cast<lxw_row_t>(row + cell.rowspan - 1),
                          static_cast<lxw_col_t>(column + cell.colspan - 1), cell.value ? "" : cell.text.c_str(),
                          format);
  }
  if (cell.value) {
    worksheet_write_number(sheet, r, c, *cell.value, format);
  } else if (cell.colspan == 1 && cell.rowspan == 1) {
    if (cell.text.empty()) worksheet_write_blank(sheet, r, c, format);
    else worksheet_write_string(sheet, r, c, cell.text.c_str(), format);
  }
}

void write_sheet(lxw_workbook* workbook, const Formats& formats, const ReportVersion& version, const TableGrid& grid) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, grid.sheet.c_str());
  if (!sheet) throw StoreError("cannot add the worksheet " + grid.sheet);
  worksheet_write_string(sheet, 0, 0, grid.title.c_str(), formats.title);
  const std::string subtitle = version.agency_name + " " + std::to_string(version.year) + "年度";
  worksheet_write_string(sheet, 1, 0, subtitle.c_str(), nullptr);
  for (const auto& placed : place_cells(grid)) {
    write_cell(sheet, formats, kWorkbookTableFirstRow + placed.row, placed.column, *placed.cell);
  }
  for (size_t c = 0; c < grid.column_weights.size(); ++c) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 10 * grid.column_weights[c],
                         nullptr);
  }
}

}  // namespace

std::string report_workbook(const ReportVersion& version) {
  std::vector<TableGrid> grids;
  if (version.tables) grids = table_grids(*version.tables);
  grids.push_back(figures_grid(version.figures));
  return write_xlsx([&](lxw_workbook* workbook) {
    const Formats formats = make_formats(workbook);
    for (const auto& grid : grids) write_sheet(workbook, formats, version, grid);
  });
}

}  // namespace gongkai::annualreport
