#include "keyareas/assistance_import.h"

#include <map>
#include <optional>

#include "catalog/csv_reader.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "keyareas/xlsx_reader.h"

namespace gongkai::keyareas {
namespace {

enum class Column { kProgramme, kPeriod, kHouseholds, kPersons, kPersonTimes, kAmount, kSource, kPublishedOn };

struct ColumnName {
  std::string_view header;
  Column column;
  bool required;
};

const std::vector<ColumnName>& column_names() {
  using enum Column;
  static const std::vector<ColumnName> names{
      {"项目", kProgramme, true},        {"统计期", kPeriod, true},       {"户数", kHouseholds, true},
      {"人数", kPersons, true},          {"人次", kPersonTimes, true},    {"金额（元）", kAmount, true},
      {"金额(元)", kAmount, true},       {"金额", kAmount, true},         {"数据来源", kSource, false},
      {"公开日期", kPublishedOn, false},
  };
  return names;
}

std::map<Column, size_t> read_header(const SheetRow& header) {
  std::map<Column, size_t> positions;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    const std::string name = trimmed(header.cells[i]);
    if (name.empty()) continue;
    const ColumnName* known = nullptr;
    for (const auto& c : column_names()) {
      if (c.header == name) known = &c;
    }
    if (!known) throw InvalidInput("第" + std::to_string(header.row) + "行：未知的列“" + name + "”");
    positions[known->column] = i;
  }
  for (const auto& c : column_names()) {
    if (c.required && !positions.contains(c.column)) {
      throw InvalidInput("第" + std::to_string(header.row) + "行：缺少“" + std::string(c.header) + "”列");
    }
  }
  return positions;
}

ImportRow to_import_row(const SheetRow& row, const std::map<Column, size_t>& positions) {
  auto cell = [&](Column column) -> std::string {
    const auto at = positions.find(column);
    if (at == positions.end() || at->second >= row.cells.size()) return "";
    return trimmed(row.cells[at->second]);
  };
  ImportRow out;
  out.row = row.row;
  out.input = {cell(Column::kProgramme), cell(Column::kPeriod), cell(Column::kHouseholds), cell(Column::kPersons),
               cell(Column::kPersonTimes), cell(Column::kAmount), cell(Column::kSource)};
  out.published_on = cell(Column::kPublishedOn);
  return out;
}

bool blank(const SheetRow& row) {
  for (const auto& cell : row.cells) {
    if (!trimmed(cell).empty()) return false;
  }
  return true;
}

std::vector<SheetRow> csv_rows(std::string_view bytes) {
  std::vector<SheetRow> rows;
  for (auto& record : catalog::detail::read_csv(bytes)) rows.push_back({record.line, std::move(record.fields)});
  return rows;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

const std::vector<std::string_view>& import_columns() {
  static const std::vector<std::string_view> columns{"项目", "统计期", "户数", "人数", "人次", "金额（元）", "数据来源"};
  return columns;
}

std::vector<ImportRow> parse_import_file(std::string_view bytes, std::string_view file_name) {
  const bool xlsx = looks_like_xlsx(bytes) || ends_with(file_name, ".xlsx") || ends_with(file_name, ".XLSX");
  std::vector<SheetRow> rows = xlsx ? read_first_sheet(bytes) : csv_rows(bytes);
  std::erase_if(rows, blank);
  if (rows.empty()) throw InvalidInput("文件是空的：第一行应为列名（" + std::string("项目、统计期、户数、人数、人次、金额（元）") + "）");
  const auto positions = read_header(rows.front());
  std::vector<ImportRow> out;
  for (size_t i = 1; i < rows.size(); ++i) out.push_back(to_import_row(rows[i], positions));
  return out;
}

}  // namespace gongkai::keyareas
