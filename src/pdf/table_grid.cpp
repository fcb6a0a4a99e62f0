#include "pdf/table_grid.h"

#include <algorithm>
#include <string>

#include "core/errors.h"

namespace gongkai::pdf {

namespace {

std::string row_label(int row) { return "表格第 " + std::to_string(row + 1) + " 行"; }

void check_columns(const Table& table) {
  if (table.column_weights.empty()) throw InvalidInput("表格没有列，无法生成 PDF");
  for (double weight : table.column_weights) {
    if (!(weight > 0.0)) throw InvalidInput("表格的列宽比例必须为正数");
  }
  const int row_count = static_cast<int>(table.rows.size());
  if (table.header_rows < 0 || table.header_rows > row_count) {
    throw InvalidInput("表格的表头行数（" + std::to_string(table.header_rows) +
                       "）超出了表格行数（" + std::to_string(row_count) + "）");
  }
}

// covered[row][column]: a cell already occupies that slot.
using Coverage = std::vector<std::vector<bool>>;

int place_row(const Table& table, int row, Coverage& covered, std::vector<PlacedCell>& cells) {
  const int columns = static_cast<int>(table.column_weights.size());
  const int row_count = static_cast<int>(table.rows.size());
  int column = 0;
  for (const TableCell& cell : table.rows[static_cast<size_t>(row)]) {
    if (cell.colspan < 1 || cell.rowspan < 1) {
      throw InvalidInput(row_label(row) + "的单元格合并数必须至少为 1");
    }
    while (column < columns && covered[row][column]) ++column;
    if (column + cell.colspan > columns) {
      throw InvalidInput(row_label(row) + "的单元格超过了表格的 " + std::to_string(columns) +
                         " 列");
    }
    if (row + cell.rowspan > row_count) {
      throw InvalidInput(row_label(row) + "的单元格向下合并超出了表格末行");
    }
    for (int r = row; r < row + cell.rowspan; ++r) {
      for (int c = column; c < column + cell.colspan; ++c) {
        if (covered[r][c]) throw InvalidInput(row_label(row) + "的合并单元格相互重叠");
        covered[r][c] = true;
      }
    }
    cells.push_back(PlacedCell{&cell, row, column, cell.colspan, cell.rowspan});
    column += cell.colspan;
  }
  return static_cast<int>(std::count(covered[row].begin(), covered[row].end(), true));
}

std::vector<RowGroup> group_rows(const std::vector<PlacedCell>& cells, int rows) {
  std::vector<int> reach(static_cast<size_t>(rows), 0);  // last row + 1 bound to row
  for (const PlacedCell& cell : cells) {
    int& end = reach[static_cast<size_t>(cell.row)];
    end = std::max(end, cell.row + cell.rowspan);
  }
  std::vector<RowGroup> groups;
  int first = 0;
  int end = 0;
  for (int row = 0; row < rows; ++row) {
    end = std::max({end, row + 1, reach[static_cast<size_t>(row)]});
    if (end == row + 1) {
      groups.push_back(RowGroup{first, end});
      first = end;
    }
  }
  return groups;
}

void check_header_is_whole(const std::vector<RowGroup>& groups, int header_rows) {
  for (const RowGroup& group : groups) {
    if (group.first < header_rows && group.last > header_rows) {
      throw InvalidInput("表头的合并单元格延伸到了表体，无法在每页重复表头");
    }
  }
}

}  // namespace

TableGrid place_cells(const Table& table) {
  check_columns(table);
  TableGrid grid;
  grid.columns = static_cast<int>(table.column_weights.size());
  grid.rows = static_cast<int>(table.rows.size());
  grid.header_rows = table.header_rows;
  Coverage covered(static_cast<size_t>(grid.rows),
                   std::vector<bool>(static_cast<size_t>(grid.columns), false));
  for (int row = 0; row < grid.rows; ++row) {
    const int filled = place_row(table, row, covered, grid.cells);
    if (filled != grid.columns) {
      throw InvalidInput(row_label(row) + "只有 " + std::to_string(filled) + " 列，应为 " +
                         std::to_string(grid.columns) + " 列");
    }
  }
  grid.groups = group_rows(grid.cells, grid.rows);
  check_header_is_whole(grid.groups, grid.header_rows);
  return grid;
}

}  // namespace gongkai::pdf
