#include "catalog/catalog_commands.h"

#include <nlohmann/json.hpp>

#include <regex>

#include "catalog/attachment_types.h"
#include "core/digest.h"
#include "catalog/item_row.h"
#include "catalog/withholding_grounds.h"
#include "core/civil_date.h"
#include "core/errors.h"
#include "core/index_number.h"
#include "core/masking.h"
#include "core/text.h"

namespace gongkai::catalog {
namespace {

constexpr size_t kMaxTitleChars = 200;
constexpr size_t kMaxSummaryChars = 100;

struct AgencyNumbering {
  std::string name;
  std::string index_code;
  std::string index_pattern;
};

std::optional<AgencyNumbering> agency_numbering(store::Connection& connection, int64_t agency_id) {
  auto row = connection.query_one("SELECT name, index_code, index_pattern FROM agencies WHERE id = ?", {agency_id});
  if (!row) return std::nullopt;
  return AgencyNumbering{row->text(0), row->text(1), row->text(2)};
}

std::optional<int64_t> category_id(store::Connection& connection, int64_t agency_id, const std::string& code) {
  auto row = connection.query_one("SELECT id FROM categories WHERE agency_id = ? AND code = ?", {agency_id, code});
  if (!row) return std::nullopt;
  return row->integer(0);
}

std::optional<int64_t> department_id(store::Connection& connection, int64_t agency_id, const std::string& code) {
  auto row = connection.query_one("SELECT id FROM departments WHERE agency_id = ? AND code = ?", {agency_id, code});
  if (!row) return std::nullopt;
  return row->integer(0);
}

// The item as the caller gave it, with text normalised.
NewItem normalized(const NewItem& in) {
  NewItem item = in;
  for (std::string* field : {&item.category_code, &item.index_number, &item.title, &item.doc_number,
                             &item.publisher, &item.department_code, &item.written_date, &item.published_date,
                             &item.topic, &item.genre, &item.validity, &item.attribute, &item.withholding_ground,
                             &item.summary}) {
    *field = normalize_text(*field);
  }
  item.body = normalize_text(item.body, true);
  item.public_body = normalize_text(item.public_body, true);
  return item;
}

void check_dates(const NewItem& item, std::vector<std::string>& problems) {
  const auto written = parse_date(item.written_date);
  if (!written) {
    problems.push_back("成文日期格式应为YYYY-MM-DD：" + item.written_date);
  }
  if (item.published_date.empty()) return;
  const auto published = parse_date(item.published_date);
  if (!published) {
    problems.push_back("发布日期格式应为YYYY-MM-DD：" + item.published_date);
  } else if (written && *published < *written) {
    problems.push_back("发布日期不能早于成文日期");
  }
}

void check_attribute(const NewItem& item, std::vector<std::string>& problems) {
  const auto attribute = parse_disclosure_attribute(item.attribute);
  if (!attribute) {
    problems.push_back("公开属性无效（应为主动公开、部分公开、依申请公开或不予公开）：" + item.attribute);
    return;
  }
  if (needs_withholding_ground(*attribute)) {
    if (item.withholding_ground.empty()) {
      problems.push_back(std::string(to_label(*attribute)) + "的信息须注明不予主动公开的法定依据");
    } else if (!find_withholding_ground(item.withholding_ground)) {
      problems.push_back("不予公开依据无效：" + item.withholding_ground);
    }
    if (!item.published_date.empty()) {
      problems.push_back(std::string(to_label(*attribute)) + "的信息不能在门户网站发布");
    }
  } else if (!item.withholding_ground.empty()) {
    problems.push_back("主动公开或部分公开的信息不应填写不予公开依据");
  }
  if (*attribute == DisclosureAttribute::kPartial) {
    if (item.public_body.empty()) problems.push_back("部分公开的信息须提供删减后的公开文本");
    if (!item.public_body.empty() && item.public_body == item.body) {
      problems.push_back("部分公开的公开文本与原文相同，请确认删减内容或改为主动公开");
    }
  } else if (!item.public_body.empty()) {
    problems.push_back("只有部分公开的信息才有删减后的公开文本");
  }
}

// What the public would read must not carry unmasked personal data.
void check_personal_data(const NewItem& item, std::vector<std::string>& problems) {
  const auto attribute = parse_disclosure_attribute(item.attribute);
  if (!attribute || !may_be_published(*attribute)) return;
  const std::string& public_text = *attribute == DisclosureAttribute::kPartial ? item.public_body : item.body;
  for (const std::string* text : {&item.title, &item.summary, &public_text}) {
    if (!find_personal_data(*text).empty()) {
      problems.push_back("公开内容中发现未脱敏的个人信息（身份证号、手机号或银行卡号），请脱敏后再提交");
      return;
    }
  }
}

std::vector<std::string> validate_normalized(store::Connection& connection, const NewItem& item) {
  std::vector<std::string> problems;
  if (!agency_numbering(connection, item.agency_id)) {
    problems.push_back("机关不存在");
    return problems;
  }
  if (item.category_code.empty()) {
    problems.push_back("栏目不能为空");
  } else if (!category_id(connection, item.agency_id, item.category_code)) {
    problems.push_back("栏目不存在：" + item.category_code);
  }
  if (item.title.empty()) problems.push_back("标题不能为空");
  if (utf8_length(item.title) > kMaxTitleChars) problems.push_back("标题不能超过200字");
  if (utf8_length(item.summary) > kMaxSummaryChars) problems.push_back("内容概述不能超过100字");
  if (item.body.empty()) problems.push_back("正文不能为空");
  if (!item.department_code.empty() && !department_id(connection, item.agency_id, item.department_code)) {
    problems.push_back("科室不存在：" + item.department_code);
  }
  if (!parse_validity(item.validity)) problems.push_back("有效性无效（应为有效、失效或废止）：" + item.validity);
  check_dates(item, problems);
  check_attribute(item, problems);
  check_personal_data(item, problems);
  if (!item.index_number.empty() &&
      connection.query_one("SELECT id FROM items WHERE index_number = ?", {item.index_number})) {
    problems.push_back("索引号已存在：" + item.index_number);
  }
  return problems;
}

nlohmann::json snapshot(const NewItem& item, const std::string& index_number, const std::string& publisher) {
  return {{"index_number", index_number},     {"category", item.category_code}, {"title", item.title},
          {"doc_number", item.doc_number},    {"publisher", publisher},         {"department", item.department_code},
          {"written_date", item.written_date}, {"published_date", item.published_date},
          {"topic", item.topic},              {"genre", item.genre},            {"validity", item.validity},
          {"attribute", item.attribute},      {"withholding_ground", item.withholding_ground},
          {"summary", item.summary},          {"body", item.body},              {"public_body", item.public_body}};
}

store::Value text_or_null(const std::string& text) {
  return text.empty() ? store::Value{} : store::Value{text};
}

}  // namespace

// On PostgreSQL the table is locked first, so that sequence numbers are
// handed out in the order the transactions commit: a follower that has applied number N never later
// meets a smaller number committed after it. (SQLite's writers are serial.)
void record_search_change(store::Connection& connection, int64_t item_id, const std::string& now) {
  if (connection.engine() == store::Engine::kPostgres) {
    connection.execute("LOCK TABLE search_changes IN SHARE ROW EXCLUSIVE MODE");
  }
  connection.execute("INSERT INTO search_changes (item_id, changed_at) VALUES (?, ?)", {item_id, now});
}

int64_t create_category(store::Connection& connection, const audit::Actor& actor, const NewCategory& in) {
  static const std::regex code_pattern("[a-z0-9_-]{1,32}");
  if (!std::regex_match(in.code, code_pattern)) {
    throw InvalidInput("栏目代码须为1至32位小写字母、数字、下划线或连字符：" + in.code);
  }
  const std::string name = normalize_text(in.name);
  if (name.empty()) throw InvalidInput("栏目名称不能为空");
  if (category_id(connection, in.agency_id, in.code)) throw Conflict("栏目代码已存在：" + in.code);
  std::optional<int64_t> parent;
  if (in.parent_code) {
    parent = category_id(connection, in.agency_id, *in.parent_code);
    if (!parent) throw InvalidInput("上级栏目不存在：" + *in.parent_code);
  }
  const int64_t sort_order =
      connection.query_one("SELECT COUNT(*) FROM categories WHERE agency_id = ?", {in.agency_id})->integer(0) + 1;
  const auto row = connection.query_one(
      "INSERT INTO categories (agency_id, code, parent_id, name, description, sort_order) VALUES (?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {in.agency_id, in.code, parent ? store::Value{*parent} : store::Value{}, name,
       normalize_text(in.description), sort_order});
  const int64_t id = row->integer(0);
  audit::record(connection, actor,
                {"category.create", "category", std::to_string(id), "",
                 nlohmann::json{{"code", in.code}, {"name", name}, {"parent", in.parent_code.value_or("")}}.dump()});
  return id;
}

std::vector<std::string> validate_new_item(store::Connection& connection, const NewItem& item) {
  try {
    return validate_normalized(connection, normalized(item));
  } catch (const InvalidInput& e) {  // invalid UTF-8
    return {e.what()};
  }
}

int64_t create_item(store::Connection& connection, const audit::Actor& actor, const NewItem& input) {
  const NewItem item = normalized(input);
  const auto problems = validate_normalized(connection, item);
  if (!problems.empty()) throw InvalidInput(problems.front());

  const AgencyNumbering agency = *agency_numbering(connection, item.agency_id);
  const CivilDate written = *parse_date(item.written_date);
  const int year = static_cast<int>(written.year());
  const int serial = static_cast<int>(
      connection
          .query_one("SELECT COALESCE(MAX(index_serial), 0) FROM items WHERE agency_id = ? AND index_year = ?",
                     {item.agency_id, static_cast<int64_t>(year)})
          ->integer(0) + 1);
  const std::string index_number = item.index_number.empty()
                                       ? IndexNumberPattern(agency.index_pattern).format(agency.index_code, year, serial)
                                       : item.index_number;
  const std::string publisher = item.publisher.empty() ? agency.name : item.publisher;
  const auto attribute = *parse_disclosure_attribute(item.attribute);
  const auto validity = *parse_validity(item.validity);
  const std::string now = now_iso8601_china();
  const std::optional<int64_t> department =
      item.department_code.empty() ? std::nullopt : department_id(connection, item.agency_id, item.department_code);

  const auto row = connection.query_one(
      "INSERT INTO items (agency_id, category_id, index_number, index_year, index_serial, title, doc_number, "
      "publisher, department_id, written_date, published_date, topic, genre, validity, attribute, "
      "withholding_ground, summary, body, public_body, status, workflow_state, formed_date, version, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id",
      {item.agency_id, *category_id(connection, item.agency_id, item.category_code), index_number,
       static_cast<int64_t>(year), static_cast<int64_t>(serial), item.title, item.doc_number, publisher,
       department ? store::Value{*department} : store::Value{}, item.written_date, text_or_null(item.published_date),
       item.topic, item.genre, std::string(to_code(validity)), std::string(to_code(attribute)),
       text_or_null(item.withholding_ground), item.summary, item.body, text_or_null(item.public_body),
       std::string(item.published_date.empty() ? "draft" : "published"),
       std::string(item.published_date.empty() ? "draft" : "published"), item.written_date, now, now});
  const int64_t id = row->integer(0);

  const std::string after = snapshot(item, index_number, publisher).dump();
  connection.execute(
      "INSERT INTO item_versions (item_id, version, snapshot, changed_at, changed_by, note) VALUES (?, 1, ?, ?, ?, ?)",
      {id, after, now, actor.name, std::string("创建")});
  record_search_change(connection, id, now);
  audit::record(connection, actor, {"item.create", "item", std::to_string(id), "", after});
  return id;
}

void link_interpretation(store::Connection& connection, const audit::Actor& actor, int64_t interpretation_id,
                         int64_t policy_id) {
  if (interpretation_id == policy_id) throw InvalidInput("政策解读不能关联到自身");
  for (int64_t id : {interpretation_id, policy_id}) {
    if (!connection.query_one("SELECT id FROM items WHERE id = ?", {id})) {
      throw NotFound("信息不存在：" + std::to_string(id));
    }
  }
  connection.execute("INSERT INTO item_links (from_item_id, to_item_id, kind) VALUES (?, ?, 'interprets')",
                     {interpretation_id, policy_id});
  const std::string now = now_iso8601_china();
  for (int64_t id : {interpretation_id, policy_id}) {
    record_search_change(connection, id, now);
  }
  audit::record(connection, actor,
                {"item.link", "item", std::to_string(interpretation_id), "",
                 nlohmann::json{{"interprets", policy_id}}.dump()});
}

int64_t add_attachment(store::Connection& connection, const audit::Actor& actor, int64_t item_id,
                       const std::string& file_name, const std::string& bytes) {
  const std::string name = normalize_text(file_name);
  if (name.empty() || name.find_first_of("/\\") != std::string::npos) throw InvalidInput("附件文件名无效");
  const auto media_type = detail::accepted_media_type(name);
  if (!media_type) throw InvalidInput("不支持的附件类型：" + name + "（允许PDF、Word、Excel、WPS、OFD、图片、ZIP、TXT、CSV）");
  if (bytes.empty()) throw InvalidInput("附件为空：" + name);
  if (bytes.size() > kMaxAttachmentBytes) throw InvalidInput("附件超过20MB：" + name);
  if (!connection.query_one("SELECT id FROM items WHERE id = ?", {item_id})) {
    throw NotFound("信息不存在：" + std::to_string(item_id));
  }
  const std::string sha = sha256_hex(bytes);
  const auto row = connection.query_one(
      "INSERT INTO attachments (item_id, file_name, media_type, size_bytes, sha256, content_base64, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {item_id, name, *media_type, static_cast<int64_t>(bytes.size()), sha, encode_base64(bytes),
       now_iso8601_china()});
  const int64_t id = row->integer(0);
  audit::record(connection, actor,
                {"attachment.add", "attachment", std::to_string(id), "",
                 nlohmann::json{{"item_id", item_id}, {"file_name", name}, {"size", bytes.size()}, {"sha256", sha}}
                     .dump()});
  return id;
}

}  // namespace gongkai::catalog
