#include "credit/decision_sheet.h"

#include <xlsxwriter.h>

#include <map>
#include <optional>

#include "core/errors.h"
#include "core/field_text.h"
#include "core/import_sheet.h"
#include "core/xlsx_writer.h"

namespace gongkai::credit {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

std::string quoted(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string header_row(DecisionKind kind) {
  std::string row;
  for (const auto& field : kind_info(kind).fields) row += (row.empty() ? "" : ",") + quoted(std::string(field.header));
  return row + "\r\n";
}

// "罚款金额(万元)" → "罚款金额（万元）".
std::string normalised_header(const std::string& raw) {
  std::string text = trimmed(raw);
  std::string out;
  for (const char c : text) {
    if (c == '(') {
      out += "（";
    } else if (c == ')') {
      out += "）";
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<DecisionKind> kind_of_header(const std::vector<std::string>& headers) {
  for (const auto& kind : decision_kinds()) {
    const auto* number = find_field(kind.kind, "document_number");
    for (const auto& header : headers) {
      if (header == number->header) return kind.kind;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string decisions_csv(DecisionKind kind, const std::vector<CreditDecision>& decisions) {
  std::string text = kBom + header_row(kind);
  for (const auto& d : decisions) {
    std::string row;
    bool first = true;
    for (const auto& field : kind_info(kind).fields) {
      if (!first) row += ",";
      first = false;
      row += quoted(display_value(d, field));
    }
    text += row + "\r\n";
  }
  return text;
}

std::string decisions_csv_template(DecisionKind kind) { return kBom + header_row(kind); }

std::string decisions_xlsx_template(DecisionKind kind) {
  const KindInfo& info = kind_info(kind);
  return write_xlsx([&](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, std::string(info.name).c_str());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_num_format(bold, "@");
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    const auto& fields = info.fields;
    worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(fields.size() - 1), 20, text);
    for (size_t c = 0; c < fields.size(); ++c) {
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), std::string(fields[c].header).c_str(), bold);
    }
  });
}

std::vector<ImportRow> parse_decision_file(std::string_view bytes, std::string_view file_name) {
  const auto records = read_import_rows(bytes, file_name);
  if (records.empty()) throw InvalidInput("文件是空的：第一行应为列名（按全国信用信息公示格式）");
  const auto& header = records.front();
  std::vector<std::string> headers;
  for (const auto& cell : header.cells) headers.push_back(normalised_header(cell));
  const auto kind = kind_of_header(headers);
  if (!kind) {
    throw InvalidInput("第" + std::to_string(header.row) +
                       "行：无法识别文件类别，应含“行政许可决定文书号”“行政处罚决定书文号”或“行政强制决定书文号”列");
  }
  std::map<size_t, std::string> keys;  // column position → field key
  std::map<std::string, size_t> positions;
  for (size_t i = 0; i < headers.size(); ++i) {
    if (headers[i].empty()) continue;
    const PublicityField* known = nullptr;
    for (const auto& field : kind_info(*kind).fields) {
      if (field.header == headers[i]) known = &field;
    }
    const std::string where = "第" + std::to_string(header.row) + "行：";
    if (!known) throw InvalidInput(where + "未知的列“" + headers[i] + "”（" + std::string(kind_info(*kind).name) + "）");
    if (!positions.emplace(std::string(known->key), i).second) throw InvalidInput(where + "列“" + headers[i] + "”重复");
    keys[i] = std::string(known->key);
  }
  for (const auto& field : kind_info(*kind).fields) {
    if (field.required && !positions.contains(std::string(field.key))) {
      throw InvalidInput("第" + std::to_string(header.row) + "行：缺少“" + std::string(field.header) + "”列");
    }
  }
  std::vector<ImportRow> rows;
  for (size_t r = 1; r < records.size(); ++r) {
    ImportRow row;
    row.row = records[r].row;
    row.input.kind = std::string(kind_info(*kind).key);
    for (const auto& [position, key] : keys) {
      if (position < records[r].cells.size()) row.input.values[key] = records[r].cells[position];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace gongkai::credit
