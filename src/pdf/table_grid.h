// gongkai/pdf/table_grid.h
//
// Where each cell of a Table sits once spans are taken into account: cells of
// a row fill the columns left to right, skipping columns still covered by a
// cell merged down (rowspan) from a row above. Validates the table: at least
// one column, positive weights, spans of at least 1, every row filling
// exactly the column count, no rowspan running past the last row, header rows
// not cut by a rowspan. Throws InvalidInput naming the row (1-based).
// Also groups rows that rowspans bind together, the units a page break must
// not cut.
#pragma once

#include <vector>

#include "pdf/official_document.h"

namespace gongkai::pdf {

struct PlacedCell {
  const TableCell* cell = nullptr;
  int row = 0;
  int column = 0;
  int colspan = 1;
  int rowspan = 1;
};

struct RowGroup {
  int first = 0;  // first row
  int last = 0;   // one past the last row
};

struct TableGrid {
  int columns = 0;
  int rows = 0;
  int header_rows = 0;
  std::vector<PlacedCell> cells;   // in row order
  std::vector<RowGroup> groups;    // consecutive, covering all rows
};

TableGrid place_cells(const Table& table);

}  // namespace gongkai::pdf
