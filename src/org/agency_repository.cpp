#include "org/agency_repository.h"

#include <nlohmann/json.hpp>

#include <regex>

#include "core/civil_date.h"
#include "core/errors.h"
#include "core/index_number.h"
#include "core/masking.h"
#include "core/text.h"

namespace gongkai::org {
namespace {

constexpr const char* kAgencyColumns =
    "id, code, name, credit_code, index_code, index_pattern, website, office_name, office_address, "
    "office_phone, office_fax, office_postcode, office_email, office_hours";

Agency agency_from_row(const store::Row& row) {
  Agency a;
  a.id = row.integer("id");
  a.code = row.text("code");
  a.name = row.text("name");
  a.credit_code = row.text("credit_code");
  a.index_code = row.text("index_code");
  a.index_pattern = row.text("index_pattern");
  a.website = row.text("website");
  a.office = DisclosureOffice{row.text("office_name"),     row.text("office_address"), row.text("office_phone"),
                              row.text("office_fax"),      row.text("office_postcode"), row.text("office_email"),
                              row.text("office_hours")};
  return a;
}

std::optional<Agency> first_agency(store::Connection& connection, const std::string& where,
                                   const std::vector<store::Value>& params) {
  auto row = connection.query_one(std::string("SELECT ") + kAgencyColumns + " FROM agencies WHERE " + where,
                                  params);
  if (!row) return std::nullopt;
  return agency_from_row(*row);
}

nlohmann::json agency_json(const Agency& a) {
  return {{"code", a.code},
          {"name", a.name},
          {"credit_code", a.credit_code},
          {"index_code", a.index_code},
          {"index_pattern", a.index_pattern},
          {"website", a.website},
          {"office",
           {{"name", a.office.name},
            {"address", a.office.address},
            {"phone", a.office.phone},
            {"fax", a.office.fax},
            {"postcode", a.office.postcode},
            {"email", a.office.email},
            {"hours", a.office.hours}}}};
}

void validate_agency(const Agency& a) {
  static const std::regex code_pattern("[a-z0-9_-]{2,32}");
  if (!std::regex_match(a.code, code_pattern)) {
    throw InvalidInput("机关简称代码须为2至32位小写字母、数字、下划线或连字符：" + a.code);
  }
  if (a.name.empty()) throw InvalidInput("机关名称不能为空");
  if (!a.credit_code.empty() && !is_valid_credit_code(a.credit_code)) {
    throw InvalidInput("统一社会信用代码校验不通过：" + a.credit_code);
  }
  if (a.index_code.empty()) throw InvalidInput("索引号机关代码不能为空");
  IndexNumberPattern{a.index_pattern};  // throws InvalidInput when malformed
}

}  // namespace

std::vector<Agency> list_agencies(store::Connection& connection) {
  std::vector<Agency> agencies;
  for (const auto& row : connection.query(std::string("SELECT ") + kAgencyColumns + " FROM agencies ORDER BY id")) {
    agencies.push_back(agency_from_row(row));
  }
  return agencies;
}

std::optional<Agency> find_agency(store::Connection& connection, const std::string& code_or_credit_code) {
  return first_agency(connection, "code = ? OR credit_code = ?", {code_or_credit_code, code_or_credit_code});
}

std::optional<Agency> find_agency_by_id(store::Connection& connection, int64_t id) {
  return first_agency(connection, "id = ?", {id});
}

Agency require_agency(store::Connection& connection, const std::string& code_or_credit_code) {
  auto agency = find_agency(connection, code_or_credit_code);
  if (!agency) throw NotFound("未找到机关：" + code_or_credit_code);
  return *agency;
}

std::vector<Department> list_departments(store::Connection& connection, int64_t agency_id) {
  std::vector<Department> departments;
  for (const auto& row :
       connection.query("SELECT id, agency_id, code, name FROM departments WHERE agency_id = ? ORDER BY id",
                        {agency_id})) {
    departments.push_back({row.integer(0), row.integer(1), row.text(2), row.text(3)});
  }
  return departments;
}

std::vector<GuideSection> guide_sections(store::Connection& connection, int64_t agency_id) {
  std::vector<GuideSection> sections;
  for (const auto& row : connection.query(
           "SELECT section_key, title, body FROM guide_sections WHERE agency_id = ? ORDER BY sort_order, id",
           {agency_id})) {
    sections.push_back({row.text(0), row.text(1), row.text(2)});
  }
  return sections;
}

int64_t create_agency(store::Connection& connection, const audit::Actor& actor, const Agency& input) {
  Agency a = input;
  a.name = normalize_text(a.name);
  validate_agency(a);
  if (find_agency(connection, a.code)) throw Conflict("机关简称代码已存在：" + a.code);
  const auto row = connection.query_one(
      "INSERT INTO agencies (code, name, credit_code, index_code, index_pattern, website, office_name, "
      "office_address, office_phone, office_fax, office_postcode, office_email, office_hours, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {a.code, a.name, a.credit_code.empty() ? store::Value{} : store::Value{a.credit_code}, a.index_code,
       a.index_pattern, a.website, a.office.name, a.office.address, a.office.phone, a.office.fax,
       a.office.postcode, a.office.email, a.office.hours, now_iso8601_china()});
  const int64_t id = row->integer(0);
  audit::record(connection, actor, {"agency.create", "agency", std::to_string(id), "", agency_json(a).dump()});
  return id;
}

int64_t create_department(store::Connection& connection, const audit::Actor& actor, const Department& d) {
  if (d.code.empty() || d.name.empty()) throw InvalidInput("科室代码和名称不能为空");
  const auto row = connection.query_one(
      "INSERT INTO departments (agency_id, code, name) VALUES (?, ?, ?) RETURNING id",
      {d.agency_id, d.code, normalize_text(d.name)});
  const int64_t id = row->integer(0);
  audit::record(connection, actor,
                {"department.create", "department", std::to_string(id), "",
                 nlohmann::json{{"agency_id", d.agency_id}, {"code", d.code}, {"name", d.name}}.dump()});
  return id;
}

void put_guide_section(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                       const GuideSection& section, int sort_order) {
  if (section.key.empty() || section.title.empty()) throw InvalidInput("公开指南章节的标识和标题不能为空");
  const auto before = connection.query_one(
      "SELECT title, body FROM guide_sections WHERE agency_id = ? AND section_key = ?", {agency_id, section.key});
  const std::string body = normalize_text(section.body, true);
  if (before) {
    connection.execute(
        "UPDATE guide_sections SET title = ?, body = ?, sort_order = ? WHERE agency_id = ? AND section_key = ?",
        {section.title, body, sort_order, agency_id, section.key});
  } else {
    connection.execute(
        "INSERT INTO guide_sections (agency_id, section_key, title, body, sort_order) VALUES (?, ?, ?, ?, ?)",
        {agency_id, section.key, section.title, body, sort_order});
  }
  const std::string before_json =
      before ? nlohmann::json{{"title", before->text(0)}, {"body", before->text(1)}}.dump() : "";
  audit::record(connection, actor,
                {"guide.put", "guide_section", std::to_string(agency_id) + "/" + section.key, before_json,
                 nlohmann::json{{"title", section.title}, {"body", body}}.dump()});
}

}  // namespace gongkai::org
