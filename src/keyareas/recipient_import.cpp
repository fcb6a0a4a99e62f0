#include "keyareas/recipient_import.h"

#include <map>

#include "core/errors.h"
#include "core/import_sheet.h"

namespace gongkai::keyareas {
namespace {

enum class Column { kName, kIdNumber, kTownship, kVillage, kHouseholdSize, kAmount, kChange };

const std::vector<HeaderAlias<Column>>& column_names() {
  using enum Column;
  static const std::vector<HeaderAlias<Column>> names{
      {"户主姓名", kName, true},           {"申请人姓名", kName, true},        {"姓名", kName, true},
      {"身份证号码", kIdNumber, true},     {"公民身份号码", kIdNumber, true},  {"身份证号", kIdNumber, true},
      {"乡镇（街道）", kTownship, false},  {"乡镇(街道)", kTownship, false},   {"乡镇", kTownship, false},
      {"街道", kTownship, false},          {"村（社区）", kVillage, true},     {"村(社区)", kVillage, true},
      {"村", kVillage, true},              {"社区", kVillage, true},           {"家庭人口", kHouseholdSize, true},
      {"家庭成员数量", kHouseholdSize, true}, {"保障人数", kHouseholdSize, true}, {"保障金额（元）", kAmount, true},
      {"保障金额(元)", kAmount, true},     {"保障金额", kAmount, true},        {"金额（元）", kAmount, true},
      {"变动情况", kChange, false},
  };
  return names;
}

// Columns a list must never hold (spec/conventions.md, 低保 lists: never the
// phone, detailed address, health or disability, income, assets, bank
// account or the reason for hardship).
constexpr std::string_view kForbidden[] = {"联系电话", "电话", "手机", "手机号码", "详细地址", "家庭住址", "住址",
                                           "地址", "健康状况", "残疾情况", "残疾类别", "家庭收入", "收入", "财产",
                                           "家庭财产", "银行账号", "银行卡号", "开户银行", "困难原因", "致贫原因"};

// Refuses a header that names a column a list must never hold.
void refuse_forbidden_columns(const SheetRow& header) {
  for (const auto& cell : header.cells) {
    const std::string name = trimmed(cell);
    for (auto forbidden : kForbidden) {
      if (forbidden == name) {
        throw InvalidInput("第" + std::to_string(header.row) + "行：公示名单不得包含“" + name + "”，请删除该列后重新导入");
      }
    }
  }
}

RecipientRowInput to_row(const SheetRow& row, const std::map<Column, size_t>& positions) {
  auto cell = [&](Column column) { return field_cell(row, positions, column); };
  using enum Column;
  return {row.row,           cell(kName),           cell(kIdNumber), cell(kTownship), cell(kVillage),
          cell(kHouseholdSize), cell(kAmount), cell(kChange)};
}

}  // namespace

const std::vector<std::string_view>& recipient_import_columns() {
  static const std::vector<std::string_view> columns{"户主姓名", "身份证号码",     "乡镇（街道）", "村（社区）",
                                                     "家庭人口", "保障金额（元）", "变动情况"};
  return columns;
}

std::vector<RecipientRowInput> parse_recipient_file(std::string_view bytes, std::string_view file_name) {
  const std::vector<SheetRow> rows = read_import_rows(bytes, file_name);
  if (rows.empty()) throw InvalidInput("文件是空的：第一行应为列名（户主姓名、身份证号码、村（社区）、家庭人口、保障金额（元）…）");
  refuse_forbidden_columns(rows.front());
  const auto positions = read_header(rows.front(), column_names());
  std::vector<RecipientRowInput> out;
  for (size_t i = 1; i < rows.size(); ++i) out.push_back(to_row(rows[i], positions));
  return out;
}

}  // namespace gongkai::keyareas
