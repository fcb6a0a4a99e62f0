// gongkai/annualreport/report_document.cpp
#include "annualreport/report_document.h"

#include <set>

#include "annualreport/table_grid.h"
#include "core/civil_date.h"

namespace gongkai::annualreport {
namespace {

pdf::Table pdf_table(const TableGrid& grid) {
  pdf::Table table;
  table.column_weights = grid.column_weights;
  table.header_rows = grid.header_rows;
  for (const auto& row : grid.rows) {
    std::vector<pdf::TableCell> cells;
    for (const auto& cell : row) cells.push_back({cell.text, cell.colspan, cell.rowspan, cell.header, cell.figure});
    table.rows.push_back(std::move(cells));
  }
  return table;
}

std::string closing_date(const ReportVersion& version) {
  const auto date = parse_date(version.published_on);
  return date ? format_date_chinese(*date) : "（草稿）";
}

}  // namespace

pdf::Document report_document(const ReportVersion& version) {
  pdf::Document document;
  document.title = version.title();
  document.author = version.agency_name;
  document.blocks.push_back(pdf::Paragraph{pdf::BlockStyle::kTitle, version.title()});
  std::set<std::string> printed;
  for (const auto& section : version.sections) {
    if (!section.heading.empty()) {
      const auto style = section.level <= 1 ? pdf::BlockStyle::kHeading1 : pdf::BlockStyle::kHeading2;
      document.blocks.push_back(pdf::Paragraph{style, section.heading});
    }
    for (const auto& paragraph : section.paragraphs) {
      document.blocks.push_back(pdf::Paragraph{pdf::BlockStyle::kBody, paragraph});
    }
    if (section.table.empty() || !version.tables) continue;
    if (const auto grid = table_grid(*version.tables, section.table)) {
      document.blocks.push_back(pdf_table(*grid));
      printed.insert(grid->key);
    }
  }
  // A table no part names is printed after the text, under its own title.
  for (const auto& grid : version.tables ? table_grids(*version.tables) : std::vector<TableGrid>{}) {
    if (printed.contains(grid.key)) continue;
    document.blocks.push_back(pdf::Paragraph{pdf::BlockStyle::kHeading2, grid.title});
    document.blocks.push_back(pdf_table(grid));
  }
  document.blocks.push_back(pdf::Paragraph{pdf::BlockStyle::kRight, version.agency_name});
  document.blocks.push_back(pdf::Paragraph{pdf::BlockStyle::kRight, closing_date(version)});
  return document;
}

std::string report_pdf(const ReportVersion& version) { return pdf::render_pdf(report_document(version)); }

}  // namespace gongkai::annualreport
