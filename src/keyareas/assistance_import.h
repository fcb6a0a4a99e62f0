// gongkai/keyareas/assistance_import.h
//
// The import file of social-assistance figures (社会救助数据导入), CSV
// (UTF-8, RFC 4180) or XLSX (the first worksheet). The first row names the
// columns, in any order:
//   项目 统计期 户数 人数 人次 金额（元） [数据来源] [公开日期]
// (金额 may also be headed 金额 or 金额(元)). Every later non-empty row is one
// period of one programme; rows keep the number the user's editor shows, so
// the report of assistance_commands.h points at the right line. A row's
// 公开日期 is honoured only for the demo loader; the back office ignores it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "keyareas/assistance_commands.h"

namespace gongkai::keyareas {

// The header the template writes, in order.
const std::vector<std::string_view>& import_columns();

// Reads `bytes` as XLSX when they look like a zip archive (or the name ends
// in .xlsx), else as CSV. Throws InvalidInput for an unreadable file, a
// missing required column or an unknown one (naming it).
std::vector<ImportRow> parse_import_file(std::string_view bytes, std::string_view file_name);

}  // namespace gongkai::keyareas
