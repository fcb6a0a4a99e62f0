#include "keyareas/social_organisation_commands.h"

#include <algorithm>
#include <charconv>
#include <utility>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/masking.h"
#include "keyareas/social_organisation_notice.h"
#include "keyareas/social_organisation_repository.h"

namespace gongkai::keyareas {
namespace {

CivilDate past_date(const std::string& raw, const std::string& what, CivilDate today) {
  const std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput(what + "不能为空");
  const CivilDate day = require_date(text, what);
  if (day > today) throw InvalidInput(what + "不能晚于今天");
  return day;
}

nlohmann::json organisation_json(const SocialOrganisation& o) {
  nlohmann::json json = {{"kind", o.kind->key},
                         {"name", o.name},
                         {"credit_code", o.credit_code},
                         {"legal_representative", o.legal_representative},
                         {"business_scope", o.business_scope},
                         {"registration_authority", o.registration_authority},
                         {"registered_on", format_date(o.registered_on)},
                         {"status", o.cancelled ? "cancelled" : "active"}};
  if (o.cancelled_on) json["cancelled_on"] = format_date(*o.cancelled_on);
  return json;
}

// The agency's organisation, or NotFound.
SocialOrganisation require_own(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto organisation = detail::select_organisation(connection, id);
  if (!organisation || organisation->agency_id != staff.agency_id) throw NotFound("社会组织不存在");
  return std::move(*organisation);
}

CivilDate event_date(const std::string& raw, const std::string& what, CivilDate today, const SocialOrganisation& o) {
  const CivilDate day = past_date(raw, what, today);
  if (day < o.registered_on) throw InvalidInput(what + "不能早于登记日期" + format_date(o.registered_on));
  return day;
}

// Writes the event, the organisation's new state and the audit record;
// `before` is nullptr for a registration.
int64_t store_event(store::Connection& connection, const org::StaffActor& staff, const SocialOrganisation* before,
                    const SocialOrganisation& after, OrganisationEvent event, const char* action) {
  event.organisation_id = after.id;
  event.recorded_by = staff.username;
  const int64_t id = detail::insert_event(connection, event);
  detail::update_organisation(connection, after);
  nlohmann::json after_json = organisation_json(after);
  after_json["event"] = {{"id", id}, {"type", event_key(event.type)}, {"occurred_on", format_date(event.occurred_on)},
                         {"details", event.details}};
  if (event.inspection_year) after_json["event"]["inspection"] = {{"year", *event.inspection_year},
                                                                  {"result", event.inspection_result}};
  audit::record(connection, staff.audit_actor(),
                {action, "social_organisations", std::to_string(after.id), before ? organisation_json(*before).dump() : "",
                 after_json.dump()});
  return id;
}

void note_change(std::string& details, const char* what, std::string& field, const std::string& raw,
                 size_t max_chars) {
  const std::string value = trimmed(raw);
  if (value.empty() || value == field) return;
  check_length(value, what, max_chars);
  if (!details.empty()) details += "；";
  details += std::string(what) + "：" + field + " → " + value;
  field = value;
}

int inspection_year(const std::string& raw, const SocialOrganisation& o, CivilDate inspected_on) {
  const std::string text = trimmed(raw);
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    throw InvalidInput("年检年度应为四位年份：" + text);
  }
  if (year < static_cast<int>(o.registered_on.year())) throw InvalidInput("年检年度不能早于登记年度");
  if (year >= static_cast<int>(inspected_on.year())) throw InvalidInput("年检年度应早于年检日期所在年度");
  return year;
}

}  // namespace

std::string require_credit_code(const std::string& raw) {
  std::string code;
  for (const char c : raw) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  if (code.empty()) throw InvalidInput("统一社会信用代码不能为空");
  if (code.size() != 18) throw InvalidInput("统一社会信用代码应为18位：" + code);
  if (!is_valid_credit_code(code)) throw InvalidInput("统一社会信用代码校验位错误：" + code);
  return code;
}

int64_t register_organisation(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                              const RegistrationInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  SocialOrganisation o;
  o.agency_id = staff.agency_id;
  o.kind = &require_organisation_kind(required_field(input.kind, "社会组织类型", 100));
  o.name = required_field(input.name, "名称", 300);
  o.credit_code = require_credit_code(input.credit_code);
  o.legal_representative = required_field(input.legal_representative, "法定代表人", 100);
  o.business_scope = required_field(input.business_scope, "业务范围", 3000);
  o.registration_authority = required_field(input.registration_authority, "登记管理机关", 300);
  o.registered_on = past_date(input.registered_on, "登记日期", today);
  store::Transaction transaction(connection);
  if (detail::credit_code_exists(connection, o.credit_code)) {
    throw Conflict("统一社会信用代码" + o.credit_code + "已登记，不能重复登记");
  }
  o.id = detail::insert_organisation(connection, o);
  OrganisationEvent event;
  event.type = OrganisationEventType::kRegistration;
  event.occurred_on = o.registered_on;
  event.notice = registration_notice(o);
  store_event(connection, staff, nullptr, o, event, "social_organisations.register");
  transaction.commit();
  return o.id;
}

int64_t change_organisation(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            int64_t organisation_id, const ChangeInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  store::Transaction transaction(connection);
  const SocialOrganisation before = require_own(connection, staff, organisation_id);
  if (before.cancelled) throw Conflict(before.name + "已注销，不能变更");
  SocialOrganisation after = before;
  OrganisationEvent event;
  event.type = OrganisationEventType::kChange;
  event.occurred_on = event_date(input.changed_on, "变更日期", today, before);
  note_change(event.details, "名称", after.name, input.name, 300);
  note_change(event.details, "法定代表人", after.legal_representative, input.legal_representative, 100);
  note_change(event.details, "业务范围", after.business_scope, input.business_scope, 3000);
  if (event.details.empty()) throw InvalidInput("没有变更任何事项");
  const int64_t id = store_event(connection, staff, &before, after, event, "social_organisations.change");
  transaction.commit();
  return id;
}

int64_t cancel_organisation(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            int64_t organisation_id, const CancellationInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  store::Transaction transaction(connection);
  const SocialOrganisation before = require_own(connection, staff, organisation_id);
  if (before.cancelled) throw Conflict(before.name + "已于" + format_date(*before.cancelled_on) + "注销，不能重复注销");
  OrganisationEvent event;
  event.type = OrganisationEventType::kCancellation;
  event.occurred_on = event_date(input.cancelled_on, "注销日期", today, before);
  event.details = required_field(input.reason, "注销原因", 1000);
  event.notice = cancellation_notice(before, event.occurred_on, event.details);
  SocialOrganisation after = before;
  after.cancelled = true;
  after.cancelled_on = event.occurred_on;
  const int64_t id = store_event(connection, staff, &before, after, event, "social_organisations.cancel");
  transaction.commit();
  return id;
}

int64_t record_inspection(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                          int64_t organisation_id, const InspectionInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  store::Transaction transaction(connection);
  const SocialOrganisation organisation = require_own(connection, staff, organisation_id);
  if (organisation.cancelled) throw Conflict(organisation.name + "已注销，不能年检");
  OrganisationEvent event;
  event.type = OrganisationEventType::kInspection;
  event.occurred_on = event_date(input.inspected_on, "年检日期", today, organisation);
  event.inspection_year = inspection_year(input.year, organisation, event.occurred_on);
  event.inspection_result = trimmed(input.result);
  const auto& results = kInspectionResults;
  if (std::find(std::begin(results), std::end(results), event.inspection_result) == std::end(results)) {
    throw InvalidInput("年检结论应为合格、基本合格或不合格：" + event.inspection_result);
  }
  if (detail::inspection_exists(connection, organisation.id, *event.inspection_year)) {
    throw Conflict(organisation.name + std::to_string(*event.inspection_year) + "年度的年检结论已录入");
  }
  const int64_t id = store_event(connection, staff, &organisation, organisation, event, "social_organisations.inspect");
  transaction.commit();
  return id;
}

}  // namespace gongkai::keyareas
