// gongkai/keyareas/recipient_import.h
//
// The import file of a recipient list (公示名单导入), CSV (UTF-8, RFC 4180)
// or XLSX (the first worksheet), read as every import is
// (core/import_sheet.h). The first row names the columns, in any order:
//   户主姓名 身份证号码 [乡镇（街道）] 村（社区） 家庭人口 保障金额（元） [变动情况]
// (also accepted: 申请人姓名, 姓名; 公民身份号码; 乡镇, 街道; 村, 社区;
// 家庭成员数量, 保障人数; 保障金额, 金额（元）). A column the list may not
// hold — 联系电话, 详细地址, 收入, 银行账号, 困难原因, 健康状况 … — is
// refused by name, as is any unknown column. Rows keep the number the user's
// editor shows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "keyareas/recipient_list.h"

namespace gongkai::keyareas {

// The header the templates write, in order.
const std::vector<std::string_view>& recipient_import_columns();

// Throws InvalidInput for an unreadable file, a missing required column, a
// forbidden or unknown one (naming it).
std::vector<RecipientRowInput> parse_recipient_file(std::string_view bytes, std::string_view file_name);

}  // namespace gongkai::keyareas
