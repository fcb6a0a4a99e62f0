// gongkai/annualreport/table_grid.cpp
#include "annualreport/table_grid.h"

#include <algorithm>

#include "reports/report_checks.h"
#include "reports/report_format.h"

namespace gongkai::annualreport {
namespace {

using reports::Cell;

constexpr std::string_view kResultsPrefix = "三、本年度办理结果";
constexpr const char* kBalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

GridCell head(std::string text, int colspan = 1, int rowspan = 1) {
  return {std::move(text), colspan, rowspan, true, std::nullopt, false};
}

GridCell label(std::string text, int colspan = 1, int rowspan = 1) {
  return {std::move(text), colspan, rowspan, false, std::nullopt, false};
}

GridCell figure(const Cell& cell, int colspan = 1) {
  return {cell ? reports::format_number(*cell) : "", colspan, 1, false, cell, true};
}

// ---- 二、主动公开政府信息情况 ----
TableGrid proactive_grid(const reports::ReportTables& tables) {
  const auto rows = reports::proactive_rows(tables.format);
  size_t widest = 1;
  for (const auto& row : rows) widest = std::max(widest, row.columns.size());
  const int width = static_cast<int>(widest) + 1;
  TableGrid grid{"proactive", "二、主动公开政府信息情况", "二、主动公开", {}, 0, {}};
  grid.column_weights.assign(width, 1.0);
  grid.column_weights[0] = 1.4;
  std::string_view block;
  for (const auto& row : rows) {
    const int last_span = width - static_cast<int>(row.columns.size());
    if (row.block != block) {
      block = row.block;
      grid.rows.push_back({head(std::string(block), width)});
      std::vector<GridCell> header{head("信息内容")};
      for (size_t c = 0; c < row.columns.size(); ++c) {
        header.push_back(head(std::string(row.columns[c].label), c + 1 == row.columns.size() ? last_span : 1));
      }
      grid.rows.push_back(std::move(header));
    }
    std::vector<GridCell> cells{label(std::string(row.label))};
    for (size_t c = 0; c < row.columns.size(); ++c) {
      cells.push_back(figure(reports::cell_at(tables.proactive, std::string(row.key), std::string(row.columns[c].key)),
                             c + 1 == row.columns.size() ? last_span : 1));
    }
    grid.rows.push_back(std::move(cells));
  }
  return grid;
}

// ---- 三、收到和处理政府信息公开申请情况 ----
std::string category_of(std::string_view key) {
  const size_t dot = key.find('.');
  return dot == std::string_view::npos ? "" : std::string(key.substr(0, dot));
}

// "（三）不予公开 1.属于国家秘密" → {"（三）不予公开", "1.属于国家秘密"}.
std::pair<std::string, std::string> split_label(std::string_view text) {
  if (text.starts_with(kResultsPrefix)) text.remove_prefix(kResultsPrefix.size());
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return {std::string(text), ""};
  return {std::string(text.substr(0, space)), std::string(text.substr(space + 1))};
}

void push_figures(std::vector<GridCell>& cells, const reports::ApplicationCells& values) {
  for (const auto& value : values) cells.push_back(figure(value));
}

TableGrid applications_grid(const reports::ReportTables& tables) {
  TableGrid grid{"applications", "三、收到和处理政府信息公开申请情况", "三、依申请公开", {}, 3, {}};
  grid.column_weights = {1.5, 1.0, 3.6, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8};
  grid.rows.push_back({head(kBalanceNote, 3, 3), head("申请人情况", 7)});
  grid.rows.push_back({head("自然人", 1, 2), head("法人或其他组织", 5), head("总计", 1, 2)});
  grid.rows.push_back({head("商业企业"), head("科研机构"), head("社会公益组织"), head("法律服务机构"), head("其他")});
  const auto rows = reports::application_rows(tables.format);
  bool results_started = false;
  std::string open_category;
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const auto found = tables.applications.find(std::string(row.key));
    const reports::ApplicationCells values = found == tables.applications.end() ? reports::ApplicationCells{}
                                                                                : found->second;
    std::vector<GridCell> cells;
    const bool in_results =
        row.role == reports::ApplicationRowRole::outcome || row.role == reports::ApplicationRowRole::total;
    if (!in_results) {
      cells.push_back(label(std::string(row.label), 3));
    } else {
      // 三、本年度办理结果 is a category row across the table: a cell spanning
      // all its 22 rows could not be kept on one printed page.
      if (!results_started) {
        grid.rows.push_back({label(std::string(kResultsPrefix), 10)});
        results_started = true;
      }
      const std::string category = category_of(row.key);
      const auto [group, sub] = split_label(row.label);
      if (category.empty()) {
        cells.push_back(label(group, 3));
      } else {
        if (category != open_category) {
          int span = 0;
          for (size_t j = i; j < rows.size() && category_of(rows[j].key) == category; ++j) ++span;
          cells.push_back(label(group, 1, span));
          open_category = category;
        }
        cells.push_back(label(sub, 2));
      }
    }
    push_figures(cells, values);
    grid.rows.push_back(std::move(cells));
  }
  return grid;
}

// ---- 四、政府信息公开行政复议、行政诉讼情况 ----
TableGrid appeals_grid(const reports::ReportTables& tables) {
  TableGrid grid{"appeals", "四、政府信息公开行政复议、行政诉讼情况", "四、复议诉讼", {}, 3, {}};
  grid.column_weights.assign(15, 1.0);
  const auto columns = reports::appeal_columns();
  const auto groups = reports::appeal_groups();
  grid.rows.push_back({head("行政复议", 5), head("行政诉讼", 10)});
  std::vector<GridCell> second;
  for (const auto& c : columns) second.push_back(head(std::string(c.label), 1, 2));
  for (size_t g = 1; g < groups.size(); ++g) second.push_back(head(split_label(groups[g].label).second, 5));
  grid.rows.push_back(std::move(second));
  std::vector<GridCell> third;
  for (size_t g = 1; g < groups.size(); ++g) {
    for (const auto& c : columns) third.push_back(head(std::string(c.label)));
  }
  grid.rows.push_back(std::move(third));
  std::vector<GridCell> values;
  for (const auto& g : groups) {
    for (const auto& c : columns) values.push_back(figure(reports::cell_at(tables.appeals, std::string(g.key), std::string(c.key))));
  }
  grid.rows.push_back(std::move(values));
  return grid;
}

// ---- 六、其他需要报告的事项: 信息处理费 ----
TableGrid fees_grid(const reports::ReportTables& tables) {
  TableGrid grid{"fees", "六、其他需要报告的事项：收取信息处理费情况", "六、信息处理费", {}, 1, {}};
  const auto columns = reports::fees_collected_columns();
  grid.column_weights.assign(columns.size(), 1.0);
  std::vector<GridCell> header;
  std::vector<GridCell> values;
  for (const auto& c : columns) {
    header.push_back(head(std::string(c.label)));
    const auto found = tables.fees_collected->find(std::string(c.key));
    values.push_back(figure(found == tables.fees_collected->end() ? Cell{} : found->second));
  }
  grid.rows.push_back(std::move(header));
  grid.rows.push_back(std::move(values));
  return grid;
}

}  // namespace

std::vector<TableGrid> table_grids(const reports::ReportTables& tables) {
  std::vector<TableGrid> grids{proactive_grid(tables), applications_grid(tables), appeals_grid(tables)};
  if (tables.fees_collected) grids.push_back(fees_grid(tables));
  return grids;
}

std::optional<TableGrid> table_grid(const reports::ReportTables& tables, std::string_view key) {
  for (auto& grid : table_grids(tables)) {
    if (grid.key == key) return grid;
  }
  return std::nullopt;
}

std::vector<PlacedCell> place_cells(const TableGrid& grid) {
  std::vector<PlacedCell> placed;
  const int width = static_cast<int>(grid.column_weights.size());
  std::vector<int> covered_until(width, -1);  // the last row a rowspan from above covers
  for (int r = 0; r < static_cast<int>(grid.rows.size()); ++r) {
    int column = 0;
    for (const auto& cell : grid.rows[r]) {
      while (column < width && covered_until[column] >= r) ++column;
      placed.push_back({r, column, &cell});
      for (int c = column; c < std::min(width, column + cell.colspan); ++c) covered_until[c] = r + cell.rowspan - 1;
      column += cell.colspan;
    }
  }
  return placed;
}

}  // namespace gongkai::annualreport
