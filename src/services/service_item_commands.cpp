#include "services/service_item_commands.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/masking.h"
#include "services/service_kind.h"
#include "services/service_repository.h"

namespace gongkai::services {
namespace {

constexpr size_t kCodeBytes = 40;
constexpr int kMaxDays = 365;
constexpr int kMaxCopies = 99;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    std::string line = trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!line.empty()) lines.push_back(std::move(line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t bar = line.find('|', start);
    fields.push_back(trimmed(line.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) return fields;
    start = bar + 1;
  }
}

int whole_number(const std::string& raw, const std::string& what, int max) {
  const std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput(what + "不能为空");
  if (text[0] == '-') throw InvalidInput(what + "不能为负数：" + text);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > max) {
    throw InvalidInput(what + "应为0至" + std::to_string(max) + "的整数：" + text);
  }
  return value;
}

std::string checked_code(const std::string& raw) {
  const std::string code = required_field(raw, "事项编码", kCodeBytes);
  for (char c : code) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) throw InvalidInput("事项编码只能包含字母、数字和“-”“_”“.”：" + code);
  }
  return code;
}

std::string checked_phone(const std::string& raw) {
  const std::string phone = required_field(raw, "咨询电话", 40);
  for (char c : phone) {
    if (!((c >= '0' && c <= '9') || c == '-')) throw InvalidInput("咨询电话只能包含数字和“-”：" + phone);
  }
  if (!find_personal_data(phone).empty()) throw InvalidInput("咨询电话应为办公电话，不能填写手机号码：" + phone);
  return phone;
}

std::vector<Material> checked_materials(const std::string& text) {
  std::vector<Material> materials;
  for (const auto& line : lines_of(text)) {
    const auto f = fields_of(line);
    Material m;
    m.name = required_field(f[0], "材料名称", 500);
    m.originals = f.size() > 1 && !f[1].empty() ? whole_number(f[1], "原件份数", kMaxCopies) : 0;
    m.copies = f.size() > 2 && !f[2].empty() ? whole_number(f[2], "复印件份数", kMaxCopies) : 0;
    m.note = f.size() > 3 ? f[3] : "";
    materials.push_back(std::move(m));
  }
  return materials;
}

std::vector<Step> checked_steps(const std::string& text) {
  std::vector<Step> steps;
  for (const auto& line : lines_of(text)) {
    const auto f = fields_of(line);
    steps.push_back({required_field(f[0], "办理环节", 200), f.size() > 1 ? f[1] : ""});
  }
  if (steps.empty()) throw InvalidInput("办理流程不能为空");
  return steps;
}

nlohmann::json item_json(const ServiceItem& i) {
  nlohmann::json materials = nlohmann::json::array();
  for (const auto& m : i.materials) materials.push_back({m.name, m.originals, m.copies, m.note});
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : i.steps) steps.push_back({s.name, s.description});
  return {{"code", i.code},           {"kind", i.kind},
          {"name", i.name},           {"basis", i.basis},
          {"conditions", i.conditions}, {"materials", materials},
          {"steps", steps},           {"legal_days", i.legal_days},
          {"promised_days", i.promised_days}, {"fee", i.fee},
          {"fee_basis", i.fee_basis}, {"unit", i.unit},
          {"window_location", i.window_location}, {"phone", i.phone},
          {"state", item_state_key(i.state)}, {"published_on", i.published_on},
          {"withdrawn_on", i.withdrawn_on}};
}

ServiceItem require_item(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto found = repository::find_item(connection, staff.agency_id, id);
  if (!found) throw NotFound("事项不存在");
  return *found;
}

void save(store::Connection& connection, const org::StaffActor& staff, const std::string& action,
          const ServiceItem& before, const ServiceItem& after) {
  repository::update_item(connection, after);
  audit::record(connection, staff.audit_actor(),
                {action, "service_item", std::to_string(after.id), item_json(before).dump(), item_json(after).dump()});
}

}  // namespace

ServiceItem checked_item(const ServiceItemInput& input) {
  ServiceItem i;
  i.code = checked_code(input.code);
  i.kind = std::string(require_service_kind(trimmed(input.kind)).key);
  i.name = required_field(input.name, "事项名称", 300);
  i.basis = required_field(input.basis, "设定依据", 10000);
  i.conditions = required_field(input.conditions, "受理条件", 10000);
  i.materials = checked_materials(input.materials);
  i.steps = checked_steps(input.steps);
  i.legal_days = whole_number(input.legal_days, "法定办结时限", kMaxDays);
  i.promised_days = whole_number(input.promised_days, "承诺办结时限", kMaxDays);
  if (i.promised_days > i.legal_days) throw InvalidInput("承诺办结时限不能长于法定办结时限");
  i.fee = trimmed(input.fee);
  if (i.fee == "不收费") i.fee.clear();
  i.fee_basis = trimmed(input.fee_basis);
  if (!i.fee.empty() && i.fee_basis.empty()) throw InvalidInput("收费事项须注明收费依据");
  i.unit = required_field(input.unit, "办理机构", 200);
  i.window_location = required_field(input.window_location, "办理地点", 300);
  i.phone = checked_phone(input.phone);
  return i;
}

int64_t create_service_item(store::Connection& connection, const org::StaffActor& staff, const ServiceItemInput& input) {
  staff.require(org::Permission::kHandleServiceWindow);
  ServiceItem item = checked_item(input);
  item.agency_id = staff.agency_id;
  store::Transaction transaction(connection);
  if (repository::item_code_taken(connection, item.agency_id, item.code, 0)) throw Conflict("事项编码已存在：" + item.code);
  item.id = repository::insert_item(connection, item);
  audit::record(connection, staff.audit_actor(),
                {"service_item.create", "service_item", std::to_string(item.id), "", item_json(item).dump()});
  transaction.commit();
  return item.id;
}

void edit_service_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                       const ServiceItemInput& input) {
  staff.require(org::Permission::kHandleServiceWindow);
  const ServiceItem checked = checked_item(input);
  store::Transaction transaction(connection);
  const ServiceItem before = require_item(connection, staff, item_id);
  if (repository::item_code_taken(connection, staff.agency_id, checked.code, item_id)) {
    throw Conflict("事项编码已存在：" + checked.code);
  }
  ServiceItem after = checked;
  after.id = before.id;
  after.agency_id = before.agency_id;
  after.state = before.state;
  after.published_on = before.published_on;
  after.withdrawn_on = before.withdrawn_on;
  save(connection, staff, "service_item.edit", before, after);
  transaction.commit();
}

void publish_service_item(store::Connection& connection, const org::StaffActor& staff, CivilDate today, int64_t item_id) {
  staff.require(org::Permission::kHandleServiceWindow);
  store::Transaction transaction(connection);
  const ServiceItem before = require_item(connection, staff, item_id);
  if (before.state == ItemState::kPublished) throw Conflict("事项已公开");
  ServiceItem after = before;
  after.state = ItemState::kPublished;
  after.published_on = format_date(today);
  after.withdrawn_on.clear();
  save(connection, staff, "service_item.publish", before, after);
  transaction.commit();
}

void withdraw_service_item(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                           int64_t item_id) {
  staff.require(org::Permission::kHandleServiceWindow);
  store::Transaction transaction(connection);
  const ServiceItem before = require_item(connection, staff, item_id);
  if (before.state != ItemState::kPublished) throw Conflict("事项未公开，无需撤回");
  ServiceItem after = before;
  after.state = ItemState::kWithdrawn;
  after.withdrawn_on = format_date(today);
  save(connection, staff, "service_item.withdraw", before, after);
  transaction.commit();
}

}  // namespace gongkai::services
