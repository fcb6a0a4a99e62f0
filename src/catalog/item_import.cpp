#include "catalog/item_import.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/csv_reader.h"
#include "catalog/disclosure_attribute.h"
#include "catalog/item_row.h"
#include "core/errors.h"
#include "core/text.h"

namespace gongkai::catalog {
namespace {

// The columns of the import format, bound to the NewItem field they fill.
using FieldSetter = std::string NewItem::*;
const std::map<std::string, FieldSetter>& item_fields() {
  static const std::map<std::string, FieldSetter> fields = {
      {"category", &NewItem::category_code},
      {"index_number", &NewItem::index_number},
      {"title", &NewItem::title},
      {"doc_number", &NewItem::doc_number},
      {"publisher", &NewItem::publisher},
      {"department", &NewItem::department_code},
      {"written_date", &NewItem::written_date},
      {"published_date", &NewItem::published_date},
      {"topic", &NewItem::topic},
      {"genre", &NewItem::genre},
      {"validity", &NewItem::validity},
      {"attribute", &NewItem::attribute},
      {"withholding_ground", &NewItem::withholding_ground},
      {"summary", &NewItem::summary},
      {"body", &NewItem::body},
      {"public_body", &NewItem::public_body},
  };
  return fields;
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InvalidInput("无法读取文件：" + file.string());
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Sets a named column on the row; returns false for an unknown column.
bool set_column(ImportRow& row, const std::string& column, const std::string& value) {
  if (column == "key") {
    row.key = value;
    return true;
  }
  if (column == "interprets") {
    row.interprets = value;
    return true;
  }
  const auto& fields = item_fields();
  const auto it = fields.find(column);
  if (it == fields.end()) return false;
  row.item.*(it->second) = value;
  return true;
}

std::vector<ImportRow> parse_csv(const std::string& text, int64_t agency_id) {
  const auto records = read_csv(text);
  if (records.empty()) throw InvalidInput("CSV文件为空");
  const auto& header = records.front().fields;
  for (const auto& column : header) {
    ImportRow probe;
    if (!set_column(probe, column, "")) throw InvalidInput("CSV表头含未知列：" + column);
  }
  std::vector<ImportRow> rows;
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& record = records[r];
    ImportRow row;
    row.line = record.line;
    row.item.agency_id = agency_id;
    if (record.fields.size() != header.size()) {
      row.item.title.clear();
      row.key = "\x01column-count";  // reported by validation below
    }
    for (size_t c = 0; c < header.size() && c < record.fields.size(); ++c) set_column(row, header[c], record.fields[c]);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ImportRow> parse_json(const std::string& text, int64_t agency_id) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw InvalidInput("JSON格式错误（第" + std::to_string(e.byte) + "字节附近）");
  }
  if (!document.is_array()) throw InvalidInput("JSON文件须为对象数组");
  std::vector<ImportRow> rows;
  int number = 0;
  for (const auto& object : document) {
    ImportRow row;
    row.line = ++number;
    row.item.agency_id = agency_id;
    if (!object.is_object()) {
      row.key = "\x01not-object";
      rows.push_back(std::move(row));
      continue;
    }
    for (const auto& [column, value] : object.items()) {
      if (!value.is_string()) {
        row.key = "\x01not-string:" + column;
        break;
      }
      if (!set_column(row, column, value.get<std::string>())) {
        row.key = "\x01unknown:" + column;
        break;
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// Problems that come from the file's shape rather than the item's content.
std::optional<std::string> shape_problem(const ImportRow& row) {
  if (row.key.rfind("\x01", 0) != 0) return std::nullopt;
  const std::string marker = row.key.substr(1);
  if (marker == "column-count") return "列数与表头不一致";
  if (marker == "not-object") return "记录须为JSON对象";
  if (marker.rfind("not-string:", 0) == 0) return "字段“" + marker.substr(11) + "”须为字符串";
  return "未知字段“" + marker.substr(8) + "”";
}

std::vector<ImportProblem> validate_rows(store::Connection& connection, const std::vector<ImportRow>& rows) {
  std::vector<ImportProblem> problems;
  std::set<std::string> keys;
  std::set<std::string> index_numbers;
  for (const auto& row : rows) {
    if (auto shape = shape_problem(row)) {
      problems.push_back({row.line, *shape});
      continue;
    }
    for (const auto& reason : validate_new_item(connection, row.item)) problems.push_back({row.line, reason});
    if (!row.key.empty() && !keys.insert(row.key).second) problems.push_back({row.line, "key重复：" + row.key});
    if (!row.item.index_number.empty() && !index_numbers.insert(row.item.index_number).second) {
      problems.push_back({row.line, "索引号在文件中重复：" + row.item.index_number});
    }
  }
  for (const auto& row : rows) {
    if (!row.interprets.empty() && !keys.count(row.interprets)) {
      problems.push_back({row.line, "interprets引用的key不存在：" + row.interprets});
    }
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
  return problems;
}

}  // namespace

std::vector<ImportRow> parse_item_file(const std::filesystem::path& file, int64_t agency_id) {
  const std::string text = read_file(file);
  if (!is_valid_utf8(text)) throw InvalidInput("文件不是有效的UTF-8编码：" + file.string());
  const std::string extension = file.extension().string();
  if (extension == ".csv" || extension == ".CSV") return parse_csv(text, agency_id);
  if (extension == ".json" || extension == ".JSON") return parse_json(text, agency_id);
  throw InvalidInput("只能导入.csv或.json文件：" + file.string());
}

ImportResult import_items(store::Connection& connection, const audit::Actor& actor,
                          const std::vector<ImportRow>& rows) {
  store::Transaction transaction(connection);
  ImportResult result = import_rows(connection, actor, rows);
  if (result.problems.empty()) transaction.commit();
  return result;  // otherwise rolled back: nothing was written
}

ImportResult import_rows(store::Connection& connection, const audit::Actor& actor,
                         const std::vector<ImportRow>& rows) {
  ImportResult result;
  result.problems = validate_rows(connection, rows);
  if (!result.problems.empty()) return result;

  auto& ids_by_key = result.ids_by_key;
  for (const auto& row : rows) {
    const int64_t id = create_item(connection, actor, row.item);
    if (!row.key.empty()) ids_by_key[row.key] = id;
  }
  for (const auto& row : rows) {
    if (row.interprets.empty()) continue;
    link_interpretation(connection, actor, ids_by_key.at(row.key), ids_by_key.at(row.interprets));
  }
  result.imported = static_cast<int>(rows.size());
  return result;
}

std::string export_items_json(store::Connection& connection, int64_t agency_id) {
  std::map<int64_t, std::string> interprets;  // interpretation id -> policy 索引号
  for (const auto& row : connection.query(
           "SELECT item_links.from_item_id, items.index_number FROM item_links JOIN items ON items.id = "
           "item_links.to_item_id WHERE items.agency_id = ? AND item_links.kind = 'interprets'",
           {agency_id})) {
    interprets[row.integer(0)] = row.text(1);
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& row : connection.query(
           std::string("SELECT ") + detail::kItemColumns +
               ", categories.code, departments.code FROM items JOIN categories ON categories.id = items.category_id "
               "LEFT JOIN departments ON departments.id = items.department_id WHERE items.agency_id = ? "
               "ORDER BY items.id",
           {agency_id})) {
    const InformationItem item = detail::item_from_row(row);
    nlohmann::json o = {{"key", item.index_number},
                        {"category", row.text(20)},
                        {"index_number", item.index_number},
                        {"title", item.title},
                        {"doc_number", item.doc_number},
                        {"publisher", item.publisher},
                        {"department", row.text(21)},
                        {"written_date", format_date(item.written_date)},
                        {"published_date", item.published_date ? format_date(*item.published_date) : ""},
                        {"topic", item.topic},
                        {"genre", item.genre},
                        {"validity", std::string(to_label(item.validity))},
                        {"attribute", std::string(to_label(item.attribute))},
                        {"withholding_ground", item.withholding_ground},
                        {"summary", item.summary},
                        {"body", item.body},
                        {"public_body", item.public_body.value_or("")}};
    if (auto it = interprets.find(item.id); it != interprets.end()) o["interprets"] = it->second;
    out.push_back(std::move(o));
  }
  return out.dump(2);
}

}  // namespace gongkai::catalog
