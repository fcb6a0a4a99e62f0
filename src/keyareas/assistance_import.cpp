#include "keyareas/assistance_import.h"

#include <map>
#include <optional>

#include "core/errors.h"
#include "core/import_sheet.h"

namespace gongkai::keyareas {
namespace {

enum class Column { kProgramme, kPeriod, kHouseholds, kPersons, kPersonTimes, kAmount, kSource, kPublishedOn };

const std::vector<HeaderAlias<Column>>& column_names() {
  using enum Column;
  static const std::vector<HeaderAlias<Column>> names{
      {"项目", kProgramme, true},        {"统计期", kPeriod, true},       {"户数", kHouseholds, true},
      {"人数", kPersons, true},          {"人次", kPersonTimes, true},    {"金额（元）", kAmount, true},
      {"金额(元)", kAmount, true},       {"金额", kAmount, true},         {"数据来源", kSource, false},
      {"公开日期", kPublishedOn, false},
  };
  return names;
}

ImportRow to_import_row(const SheetRow& row, const std::map<Column, size_t>& positions) {
  auto cell = [&](Column column) { return field_cell(row, positions, column); };
  ImportRow out;
  out.row = row.row;
  out.input = {cell(Column::kProgramme), cell(Column::kPeriod), cell(Column::kHouseholds), cell(Column::kPersons),
               cell(Column::kPersonTimes), cell(Column::kAmount), cell(Column::kSource)};
  out.published_on = cell(Column::kPublishedOn);
  return out;
}

}  // namespace

const std::vector<std::string_view>& import_columns() {
  static const std::vector<std::string_view> columns{"项目", "统计期", "户数", "人数", "人次", "金额（元）", "数据来源"};
  return columns;
}

std::vector<ImportRow> parse_import_file(std::string_view bytes, std::string_view file_name) {
  const std::vector<SheetRow> rows = read_import_rows(bytes, file_name);
  if (rows.empty()) throw InvalidInput("文件是空的：第一行应为列名（" + std::string("项目、统计期、户数、人数、人次、金额（元）") + "）");
  const auto positions = read_header(rows.front(), column_names());
  std::vector<ImportRow> out;
  for (size_t i = 1; i < rows.size(); ++i) out.push_back(to_import_row(rows[i], positions));
  return out;
}

}  // namespace gongkai::keyareas
