#include "keyareas/assistance_template.h"

#include <xlsxwriter.h>

#include "core/xlsx_writer.h"
#include "keyareas/assistance_import.h"
#include "keyareas/assistance_period.h"
#include "keyareas/assistance_programme.h"
#include "keyareas/recipient_import.h"
#include "keyareas/recipient_terms.h"

namespace gongkai::keyareas {
namespace {

std::string counts_of(const AssistanceProgramme& p) {
  std::string text;
  auto add = [&text](std::string_view part) { text += (text.empty() ? "" : "、") + std::string(part); };
  if (p.counts_households) add(std::string(p.households_label) + "数（可空）");
  if (p.counts_persons) add("人数");
  if (p.counts_person_times) add("人次");
  add("金额");
  return text;
}

void write_notes(lxw_worksheet* notes, lxw_format* bold) {
  const char* const header[] = {"项目", "公开频次", "统计期写法", "填写", "默认数据来源"};
  for (int c = 0; c < 5; ++c) worksheet_write_string(notes, 0, c, header[c], bold);
  int row = 1;
  for (const auto& p : assistance_programmes()) {
    worksheet_write_string(notes, row, 0, std::string(p.short_name).c_str(), nullptr);
    worksheet_write_string(notes, row, 1, std::string(frequency_label(p.frequency)).c_str(), nullptr);
    worksheet_write_string(notes, row, 2, std::string(period_format_hint(p.frequency)).c_str(), nullptr);
    worksheet_write_string(notes, row, 3, counts_of(p).c_str(), nullptr);
    std::string source(p.source_before);
    if (!p.source_change_date.empty()) source += "；" + std::string(p.source_change_date) + "起：" + std::string(p.source_after);
    worksheet_write_string(notes, row, 4, source.c_str(), nullptr);
    ++row;
  }
  worksheet_write_string(notes, row + 1, 0, "金额以元为单位，最多两位小数；不统计的项留空；每个项目每个统计期一行。", nullptr);
  worksheet_set_column(notes, 0, 0, 22, nullptr);
  worksheet_set_column(notes, 1, 3, 30, nullptr);
  worksheet_set_column(notes, 4, 4, 36, nullptr);
}

std::string csv_header(const std::vector<std::string_view>& columns) {
  std::string text = "\xEF\xBB\xBF";
  bool first = true;
  for (auto column : columns) {
    if (!first) text += ",";
    text += std::string(column);
    first = false;
  }
  return text + "\r\n";
}

void write_recipient_notes(lxw_worksheet* notes, lxw_format* bold) {
  const char* const lines[] = {
      "每户一行。只填本表各列：不得填写电话、详细地址、收入、财产、银行账号、健康或残疾状况、困难原因。",
      "身份证号码：18位，按GB 11643校验；仅用于查重，系统只保存其不可逆摘要，不保存也不公开号码本身。",
      "乡镇（街道）：可留空，留空即为名单的公示范围；填写时须与公示范围一致。",
      "村（社区）：只填村或社区名称，不填组、门牌号。",
      "家庭人口：1至30之间的整数。保障金额：元，最多两位小数；停发的可填0。",
  };
  worksheet_write_string(notes, 0, 0, "填写说明", bold);
  int row = 1;
  for (const char* line : lines) worksheet_write_string(notes, row++, 0, line, nullptr);
  std::string kinds = "变动情况：";
  for (const auto& k : change_kinds()) kinds += std::string(k.label) + " ";
  worksheet_write_string(notes, row++, 0, (kinds + "（留空为续保）").c_str(), nullptr);
  worksheet_set_column(notes, 0, 0, 100, nullptr);
}

// Columns first..last of a template sheet: their width, and whether they
// hold text (so that a spreadsheet keeps an ID number's digits and leading zeros).
struct ColumnLayout {
  int first;
  int last;
  double width;
  bool text;
};

// A workbook of one sheet headed by `columns` in bold, laid out by `layout`,
// and a second sheet 填写说明 written by `write_sheet_notes`.
std::string template_workbook(const char* sheet_name, const std::vector<std::string_view>& columns,
                              std::initializer_list<ColumnLayout> layout,
                              void (*write_sheet_notes)(lxw_worksheet*, lxw_format*)) {
  return write_xlsx([&](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name);
    lxw_worksheet* notes = workbook_add_worksheet(workbook, "填写说明");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    int column = 0;
    for (auto name : columns) worksheet_write_string(sheet, 0, column++, std::string(name).c_str(), bold);
    for (const ColumnLayout& c : layout) {
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c.first), static_cast<lxw_col_t>(c.last), c.width,
                           c.text ? text : nullptr);
    }
    write_sheet_notes(notes, bold);
  });
}

}  // namespace

std::string import_template_csv() { return csv_header(import_columns()); }

std::string recipient_template_csv() { return csv_header(recipient_import_columns()); }

std::string recipient_template_xlsx() {
  return template_workbook("名单", recipient_import_columns(),
                           {{0, 0, 14, true}, {1, 1, 22, true}, {2, 3, 16, true}, {4, 5, 14, false}, {6, 6, 12, true}},
                           write_recipient_notes);
}

std::string import_template_xlsx() {
  return template_workbook("数据", import_columns(),
                           {{0, 0, 22, true}, {1, 1, 14, true}, {2, 5, 14, false}, {6, 6, 24, true}}, write_notes);
}

}  // namespace gongkai::keyareas
