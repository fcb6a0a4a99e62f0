// Reading and writing the tables' JSON; see report_json.h.
#include "reports/report_json.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace gongkai::reports {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

[[noreturn]] void fail(const std::string& message) { throw UnreadableReport(message); }

std::string json_type_name(const Json& value) {
  if (value.is_string()) return fmt::format("文本“{}”", value.get<std::string>());
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_array()) return "数组";
  if (value.is_object()) return "对象";
  return "其他值";
}

const Json& member(const Json& object, const std::string& key, const std::string& path,
                   const std::string& what) {
  const auto found = object.find(key);
  if (found == object.end()) fail(fmt::format("缺少{}：{}", what, path));
  return *found;
}

const Json& object_member(const Json& object, const std::string& key, const std::string& path,
                          const std::string& what) {
  const Json& value = member(object, key, path, what);
  if (!value.is_object()) fail(fmt::format("{}应为对象，实为{}", path, json_type_name(value)));
  return value;
}

Cell read_cell(const Json& value, const std::string& path) {
  if (value.is_null()) return std::nullopt;
  if (value.is_number()) return value.get<double>();
  fail(fmt::format("{}：应为数字或null（空白），实为{}", path, json_type_name(value)));
}

// Unknown keys are refused: they are usually another format's rows.
void refuse_unknown_keys(const Json& object, const std::string& path, const auto& known_keys,
                         ReportFormat format) {
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (const auto& expected : known_keys) known = known || expected.key == key;
    if (!known) {
      fail(fmt::format("{}.{}：{}格式（{}）没有这一项", path, key, format_key(format), format_document(format)));
    }
  }
}

std::map<std::string, Cell> read_columns(const Json& row, const std::string& path,
                                         std::span<const Column> columns, ReportFormat format) {
  std::map<std::string, Cell> cells;
  for (const auto& column : columns) {
    const std::string key{column.key};
    const std::string cell_path = path + "." + key;
    cells[key] = read_cell(member(row, key, cell_path, "单元格"), cell_path);
  }
  refuse_unknown_keys(row, path, columns, format);
  return cells;
}

ReportFormat read_format(const Json& root) {
  const Json& value = member(root, "format", "format", "报告格式");
  std::string key;
  if (value.is_string()) key = value.get<std::string>();
  else if (value.is_number_integer()) key = std::to_string(value.get<int64_t>());
  else fail(fmt::format("format：应为“2019”或“2021”，实为{}", json_type_name(value)));
  const auto format = format_from_key(key);
  if (!format) {
    fail(fmt::format("未知的报告格式“{}”：应为“2019”（国办公开办函〔2019〕60号）或“2021”（国办公开办函〔2021〕30号）",
                     key));
  }
  if (*format == ReportFormat::legacy) fail("2008—2018年度的报告（legacy）没有全国统一的表格，无法核对");
  return *format;
}

int read_year(const Json& root, ReportFormat format) {
  const Json& value = member(root, "year", "year", "报告年度");
  if (!value.is_number_integer()) fail(fmt::format("year：应为整数年度，实为{}", json_type_name(value)));
  const int year = value.get<int>();
  const auto expected = format_for_year(year);
  if (!expected || *expected == ReportFormat::legacy) {
    fail(fmt::format("year：{}年度的报告没有全国统一的表格（统一格式自2019年度起）", year));
  }
  if (*expected != format) {
    fail(fmt::format("{}年度的报告应使用{}格式（{}），文件声明的是{}格式", year, format_key(*expected),
                     format_document(*expected), format_key(format)));
  }
  return year;
}

void read_proactive(const Json& root, ReportTables& report) {
  const Json& table = object_member(root, "proactive", "proactive", "表二（主动公开政府信息情况）");
  for (const auto& row : proactive_rows(report.format)) {
    const std::string key{row.key};
    const std::string path = "proactive." + key;
    const Json& cells = object_member(table, key, path, fmt::format("表二的行“{}”", row.label));
    report.proactive[key] = read_columns(cells, path, row.columns, report.format);
  }
  refuse_unknown_keys(table, "proactive", proactive_rows(report.format), report.format);
}

void read_application_columns(const Json& table) {
  const auto found = table.find("columns");
  if (found == table.end()) return;
  const auto expected = application_columns();
  bool same = found->is_array() && found->size() == expected.size();
  for (size_t i = 0; same && i < expected.size(); ++i) {
    same = (*found)[i].is_string() && (*found)[i].get<std::string>() == expected[i].key;
  }
  if (!same) {
    fail("applications.columns：应为 [\"natural\", \"business\", \"research\", \"public_interest\", "
         "\"legal_service\", \"other\", \"total\"]");
  }
}

ApplicationCells read_application_row(const Json& value, const std::string& path) {
  if (!value.is_array()) fail(fmt::format("{}：应为7个数字的数组，实为{}", path, json_type_name(value)));
  if (value.size() != application_column_count) {
    fail(fmt::format("{}：应有7个数字（自然人、5类法人或其他组织、总计），实有{}个", path, value.size()));
  }
  ApplicationCells cells;
  for (size_t i = 0; i < application_column_count; ++i) {
    cells[i] = read_cell(value[i], fmt::format("{}[{}]", path, i));
  }
  return cells;
}

void read_applications(const Json& root, ReportTables& report) {
  const Json& table =
      object_member(root, "applications", "applications", "表三（收到和处理政府信息公开申请情况）");
  read_application_columns(table);
  const Json& rows = object_member(table, "rows", "applications.rows", "表三的行");
  for (const auto& row : application_rows(report.format)) {
    const std::string key{row.key};
    const std::string path = "applications.rows." + key;
    report.applications[key] = read_application_row(member(rows, key, path, fmt::format("表三的行“{}”", row.label)), path);
  }
  refuse_unknown_keys(rows, "applications.rows", application_rows(report.format), report.format);
}

void read_appeals(const Json& root, ReportTables& report) {
  const Json& table = object_member(root, "appeals", "appeals", "表四（政府信息公开行政复议、行政诉讼情况）");
  for (const auto& group : appeal_groups()) {
    const std::string key{group.key};
    const std::string path = "appeals." + key;
    const Json& cells = object_member(table, key, path, fmt::format("表四的“{}”", group.label));
    report.appeals[key] = read_columns(cells, path, appeal_columns(), report.format);
  }
  refuse_unknown_keys(table, "appeals", appeal_groups(), report.format);
}

void read_fees_collected(const Json& root, ReportTables& report) {
  const auto found = root.find("fees_collected");
  if (found == root.end() || found->is_null()) return;
  if (!found->is_object()) fail(fmt::format("fees_collected应为对象，实为{}", json_type_name(*found)));
  report.fees_collected = read_columns(*found, "fees_collected", fees_collected_columns(), report.format);
}

OrderedJson cell_json(const Cell& cell) {
  if (!cell) return nullptr;
  const double value = *cell;
  if (value == static_cast<double>(static_cast<int64_t>(value))) return static_cast<int64_t>(value);
  return value;
}

OrderedJson columns_json(const std::map<std::string, Cell>& cells, std::span<const Column> columns) {
  OrderedJson object = OrderedJson::object();
  for (const auto& column : columns) {
    const auto found = cells.find(std::string{column.key});
    object[std::string{column.key}] = found == cells.end() ? OrderedJson(nullptr) : cell_json(found->second);
  }
  return object;
}

}  // namespace

ReportTables read_report_json(std::string_view text) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    fail(fmt::format("文件不是有效的JSON（第{}字节附近有语法错误）", e.byte));
  }
  if (!root.is_object()) fail("文件应为一个JSON对象（年度报告的表格）");
  ReportTables report;
  report.format = read_format(root);
  report.year = read_year(root, report.format);
  const Json& agency = member(root, "agency", "agency", "机关名称");
  if (!agency.is_string()) fail(fmt::format("agency：应为机关名称文本，实为{}", json_type_name(agency)));
  report.agency = agency.get<std::string>();
  read_proactive(root, report);
  read_applications(root, report);
  read_appeals(root, report);
  read_fees_collected(root, report);
  return report;
}

ReportTables read_report_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(fmt::format("无法读取文件：{}", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return read_report_json(text.str());
}

std::string write_report_json(const ReportTables& report) {
  OrderedJson root = OrderedJson::object();
  root["format"] = std::string{format_key(report.format)};
  root["agency"] = report.agency;
  root["year"] = report.year;
  OrderedJson proactive = OrderedJson::object();
  for (const auto& row : proactive_rows(report.format)) {
    const auto found = report.proactive.find(std::string{row.key});
    proactive[std::string{row.key}] =
        columns_json(found == report.proactive.end() ? std::map<std::string, Cell>{} : found->second, row.columns);
  }
  root["proactive"] = proactive;
  OrderedJson columns = OrderedJson::array();
  for (const auto& column : application_columns()) columns.push_back(std::string{column.key});
  OrderedJson rows = OrderedJson::object();
  for (const auto& row : application_rows(report.format)) {
    const auto found = report.applications.find(std::string{row.key});
    OrderedJson cells = OrderedJson::array();
    for (size_t i = 0; i < application_column_count; ++i) {
      cells.push_back(found == report.applications.end() ? OrderedJson(nullptr) : cell_json(found->second[i]));
    }
    rows[std::string{row.key}] = cells;
  }
  root["applications"] = OrderedJson{{"columns", columns}, {"rows", rows}};
  OrderedJson appeals = OrderedJson::object();
  for (const auto& group : appeal_groups()) {
    const auto found = report.appeals.find(std::string{group.key});
    appeals[std::string{group.key}] =
        columns_json(found == report.appeals.end() ? std::map<std::string, Cell>{} : found->second, appeal_columns());
  }
  root["appeals"] = appeals;
  if (report.fees_collected) root["fees_collected"] = columns_json(*report.fees_collected, fees_collected_columns());
  return root.dump(2) + "\n";
}

}  // namespace gongkai::reports
