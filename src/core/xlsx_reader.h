// gongkai/core/xlsx_reader.h
//
// Reads the first worksheet of an Office Open XML workbook (.xlsx) into rows
// of cell texts, with minizip (the zip container) and pugixml (the sheet, the
// shared strings, the workbook's relationships). Shared, inline and formula
// strings are read as text; numbers as written in the file, except that a
// binary fraction such as 0.10000000000000001 is given back as "0.1" (up to
// six decimals). Cell styles, dates and formulas are not evaluated. Rows keep
// the row number the spreadsheet shows; empty rows are left out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

struct SheetRow {
  int row = 0;                     // 1-based, as the spreadsheet numbers it
  std::vector<std::string> cells;  // column A first; missing cells are ""
};

// Throws InvalidInput ("无法读取XLSX文件：…") when the bytes are not a workbook.
std::vector<SheetRow> read_first_sheet(std::string_view xlsx_bytes);

// True when the bytes start like a zip archive ("PK\x03\x04").
bool looks_like_xlsx(std::string_view bytes);

}  // namespace gongkai
