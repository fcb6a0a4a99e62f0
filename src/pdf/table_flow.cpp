#include "pdf/table_flow.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "core/errors.h"
#include "pdf/block_style.h"
#include "pdf/page_geometry.h"
#include "pdf/table_grid.h"

namespace gongkai::pdf {

namespace {

constexpr double kSpaceAfterTable = kBodyLinePitch / 2.0;

struct CellBox {
  const PlacedCell* placed;
  TextBlock text;
  double x;
  double width;
};

std::vector<double> column_edges(const Table& table) {
  const double total =
      std::accumulate(table.column_weights.begin(), table.column_weights.end(), 0.0);
  std::vector<double> edges{kTextLeft};
  double sum = 0.0;
  for (double weight : table.column_weights) {
    sum += weight;
    edges.push_back(kTextLeft + kTextWidth * sum / total);
  }
  return edges;
}

Alignment cell_alignment(const TableCell& cell) {
  if (cell.header) return Alignment::kCentre;
  return cell.align_right ? Alignment::kRight : Alignment::kLeft;
}

// One table laid out: its cells shaped and its row heights; draws rows.
class TableLayout {
 public:
  TableLayout(const Table& table, const TextShaper& shaper)
      : grid_(place_cells(table)), by_row_(static_cast<size_t>(grid_.rows)) {
    const std::vector<double> edges = column_edges(table);
    for (const PlacedCell& placed : grid_.cells) {
      const double x = edges[static_cast<size_t>(placed.column)];
      const double width = edges[static_cast<size_t>(placed.column + placed.colspan)] - x;
      const double text_width = std::max(width - 2.0 * kCellPaddingX, 1.0);
      by_row_[static_cast<size_t>(placed.row)].push_back(cells_.size());
      cells_.push_back(CellBox{&placed,
                               shaper.shape(placed.cell->text,
                                            table_cell_style(placed.cell->header), text_width,
                                            cell_alignment(*placed.cell)),
                               x, width});
    }
    size_rows();
  }

  const TableGrid& grid() const { return grid_; }

  double height(int first, int last) const {
    double sum = 0.0;
    for (int row = first; row < last; ++row) sum += row_heights_[static_cast<size_t>(row)];
    return sum;
  }

  // Rows [first, last) with their cells, top at the flow's y.
  void draw_rows(PageFlow& flow, int first, int last) const {
    const double top = flow.y();
    for (int row = first; row < last; ++row) {
      const double row_top = top + height(first, row);
      for (size_t index : by_row_[static_cast<size_t>(row)]) {
        const CellBox& box = cells_[index];
        const double box_height = height(row, row + box.placed->rowspan);
        const double text_top = row_top + (box_height - box.text.height()) / 2.0;
        draw_box(flow.cairo(), box, row_top, box_height);
        box.text.draw_lines(flow.cairo(), 0, box.text.line_count(), box.x + kCellPaddingX,
                            text_top);
      }
    }
    flow.advance(height(first, last));
  }

  // A single row too tall for a page, set in slices of whole text lines.
  void draw_split_row(PageFlow& flow, int row) const {
    const std::vector<size_t>& indexes = by_row_[static_cast<size_t>(row)];
    std::vector<int> next_line(indexes.size(), 0);
    for (;;) {
      const double room = flow.room() - 2.0 * kCellPaddingY + kFitTolerance;
      int slice_lines = 0;
      std::vector<int> take(indexes.size(), 0);
      for (size_t i = 0; i < indexes.size(); ++i) {
        const TextBlock& text = cells_[indexes[i]].text;
        const int fit = static_cast<int>(std::floor(room / text.pitch()));
        take[i] = std::clamp(text.line_count() - next_line[i], 0, std::max(fit, 0));
        slice_lines = std::max(slice_lines, take[i]);
      }
      if (slice_lines == 0) {
        restart_page(flow);
        continue;
      }
      const double slice_height =
          slice_lines * table_cell_style(false).line_pitch + 2.0 * kCellPaddingY;
      for (size_t i = 0; i < indexes.size(); ++i) {
        const CellBox& box = cells_[indexes[i]];
        draw_box(flow.cairo(), box, flow.y(), slice_height);
        box.text.draw_lines(flow.cairo(), next_line[i], next_line[i] + take[i],
                            box.x + kCellPaddingX, flow.y() + kCellPaddingY);
        next_line[i] += take[i];
      }
      flow.advance(slice_height);
      if (all_set(indexes, next_line)) return;
      restart_page(flow);
    }
  }

  // A new page that starts with the header rows.
  void restart_page(PageFlow& flow) const {
    flow.break_page();
    draw_rows(flow, 0, grid_.header_rows);
  }

 private:
  void size_rows() {
    const double minimum = table_cell_style(false).line_pitch + 2.0 * kCellPaddingY;
    row_heights_.assign(static_cast<size_t>(grid_.rows), minimum);
    for (const CellBox& box : cells_) {
      if (box.placed->rowspan != 1) continue;
      double& row_height = row_heights_[static_cast<size_t>(box.placed->row)];
      row_height = std::max(row_height, box.text.height() + 2.0 * kCellPaddingY);
    }
    // A merged cell taller than its rows stretches the last of them.
    for (const CellBox& box : cells_) {
      if (box.placed->rowspan == 1) continue;
      const int first = box.placed->row;
      const int last = first + box.placed->rowspan;
      const double deficit = box.text.height() + 2.0 * kCellPaddingY - height(first, last);
      if (deficit > 0.0) row_heights_[static_cast<size_t>(last - 1)] += deficit;
    }
  }

  bool all_set(const std::vector<size_t>& indexes, const std::vector<int>& next_line) const {
    for (size_t i = 0; i < indexes.size(); ++i) {
      if (next_line[i] < cells_[indexes[i]].text.line_count()) return false;
    }
    return true;
  }

  static void draw_box(cairo_t* cairo, const CellBox& box, double top, double height) {
    cairo_rectangle(cairo, box.x, top, box.width, height);
    if (box.placed->cell->header) {
      cairo_set_source_rgb(cairo, kHeaderShade, kHeaderShade, kHeaderShade);
      cairo_fill_preserve(cairo);
    }
    cairo_set_source_rgb(cairo, 0.0, 0.0, 0.0);
    cairo_set_line_width(cairo, kTableRuleWidth);
    cairo_stroke(cairo);
  }

  TableGrid grid_;
  std::vector<CellBox> cells_;
  std::vector<std::vector<size_t>> by_row_;  // cells starting in each row
  std::vector<double> row_heights_;
};

void flow_group(PageFlow& flow, const TableLayout& layout, const RowGroup& group,
                double header_height) {
  const double group_height = layout.height(group.first, group.last);
  if (flow.fits(group_height)) {
    layout.draw_rows(flow, group.first, group.last);
    return;
  }
  if (header_height + group_height <= kTextHeight + kFitTolerance) {
    layout.restart_page(flow);
    layout.draw_rows(flow, group.first, group.last);
    return;
  }
  if (group.last - group.first > 1) {
    throw InvalidInput("表格第 " + std::to_string(group.first + 1) + " 至 " +
                       std::to_string(group.last) + " 行的合并单元格超过一页，无法排版");
  }
  layout.draw_split_row(flow, group.first);
}

}  // namespace

void flow_table(PageFlow& flow, const TextShaper& shaper, const Table& table) {
  const TableLayout layout(table, shaper);
  const TableGrid& grid = layout.grid();
  if (grid.rows == 0) return;
  const double header_height = layout.height(0, grid.header_rows);
  if (header_height > kTextHeight / 2.0) {
    throw InvalidInput("表格的表头超过半页高度，无法在每页重复");
  }
  std::vector<RowGroup> body;
  std::copy_if(grid.groups.begin(), grid.groups.end(), std::back_inserter(body),
               [&](const RowGroup& group) { return group.first >= grid.header_rows; });
  // The header starts a page only with (a first slice of) the first body rows.
  const double first_rows =
      body.empty() ? 0.0 : layout.height(body.front().first, body.front().last);
  const double one_line = table_cell_style(false).line_pitch + 2.0 * kCellPaddingY;
  const bool first_rows_fit_a_page = header_height + first_rows <= kTextHeight;
  flow.make_room(header_height + (first_rows_fit_a_page ? first_rows : one_line));
  layout.draw_rows(flow, 0, grid.header_rows);
  for (const RowGroup& group : body) flow_group(flow, layout, group, header_height);
  flow.skip(kSpaceAfterTable);
}

}  // namespace gongkai::pdf
