// gongkai/core/import_sheet.h
//
// The sheet of an import file (CSV or XLSX) and its header, shared by the
// imports (social assistance, recipient lists, 双公示). A file is XLSX when
// its bytes look like a workbook or its name ends in .xlsx, CSV otherwise;
// blank rows are left out; each row keeps the number the user sees. The header row names the columns, each
// through one of a field's accepted headers (aliases): an unknown, repeated or
// missing required column is refused with the header row's number.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"
#include "core/field_text.h"
#include "core/xlsx_reader.h"

namespace gongkai {

// The non-blank rows of the file, header first.
std::vector<SheetRow> read_import_rows(std::string_view bytes, std::string_view file_name);

// A header the import accepts and the field it fills.
template <typename Field>
struct HeaderAlias {
  std::string_view header;
  Field field;
  bool required;
};

// Field → column position, from the header row.
template <typename Field>
std::map<Field, size_t> read_header(const SheetRow& header, const std::vector<HeaderAlias<Field>>& aliases) {
  std::map<Field, size_t> positions;
  const std::string at = "第" + std::to_string(header.row) + "行：";
  for (size_t i = 0; i < header.cells.size(); ++i) {
    const std::string name = trimmed(header.cells[i]);
    if (name.empty()) continue;
    const HeaderAlias<Field>* known = nullptr;
    for (const auto& alias : aliases) {
      if (alias.header == name) known = &alias;
    }
    if (!known) throw InvalidInput(at + "未知的列“" + name + "”");
    if (positions.contains(known->field)) throw InvalidInput(at + "列“" + name + "”重复");
    positions[known->field] = i;
  }
  for (const auto& alias : aliases) {
    if (alias.required && !positions.contains(alias.field)) {
      throw InvalidInput(at + "缺少“" + std::string(alias.header) + "”列");
    }
  }
  return positions;
}

// The trimmed text of `field` in `row`; "" when the file has no such column
// or the row stops short of it.
template <typename Field>
std::string field_cell(const SheetRow& row, const std::map<Field, size_t>& positions, Field field) {
  const auto at = positions.find(field);
  if (at == positions.end() || at->second >= row.cells.size()) return "";
  return trimmed(row.cells[at->second]);
}

}  // namespace gongkai
