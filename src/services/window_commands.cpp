#include "services/window_commands.h"

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/masking.h"
#include "engagement/tracking_code.h"
#include "requests/lookup_guard.h"
#include "services/service_kind.h"
#include "services/service_repository.h"
#include "services/window_clock.h"
#include "services/window_transitions.h"

namespace gongkai::services {
namespace {

constexpr int kCodeAttempts = 5;
constexpr size_t kCommentChars = 5000;

std::string unused_tracking_code(store::Connection& connection) {
  for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
    std::string code = engagement::generate_tracking_code();
    if (!repository::case_code_taken(connection, code)) return code;
  }
  throw StoreError("could not draw an unused tracking code");
}

std::string checked_id_number(const std::string& raw) {
  std::string id = required_field(raw, "身份证号码", 18);
  if (!id.empty() && id.back() == 'x') id.back() = 'X';
  if (!is_valid_resident_id(id)) throw InvalidInput("身份证号码无效，请核对");
  return id;
}

std::string checked_applicant_phone(const std::string& raw) {
  const std::string phone = required_field(raw, "联系电话", 20);
  for (char c : phone) {
    if (!((c >= '0' && c <= '9') || c == '-')) throw InvalidInput("联系电话只能包含数字和“-”：" + phone);
  }
  if (phone.size() < 7) throw InvalidInput("联系电话过短：" + phone);
  return phone;
}

nlohmann::json materials_list(const std::string& text) {
  nlohmann::json list = nlohmann::json::array();
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    const std::string line = trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!line.empty()) list.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (list.empty()) throw InvalidInput("请列明需要补正的全部材料");
  return list;
}

bool granted_field(const std::string& raw) {
  const std::string text = trimmed(raw);
  if (text == "1" || text == "准予" || text == "granted") return true;
  if (text == "0" || text == "不予" || text == "denied") return false;
  throw InvalidInput("请选择准予或不予");
}

// The event a step or registration adds, with what its kind requires.
WindowEvent event_for(WindowEventKind kind, CivilDate on, const CaseStep& step, const ServiceItem& item,
                      const engagement::Moment& at, const std::string& actor) {
  WindowEvent e;
  e.kind = kind;
  e.on = on;
  e.at = at.iso();
  e.actor = actor;
  e.comment = trimmed(step.comment);
  check_length(e.comment, "说明", kCommentChars);
  switch (kind) {
    case WindowEventKind::kAccepted:
      e.data = {{"legal_days", item.legal_days}, {"promised_days", item.promised_days}};
      break;
    case WindowEventKind::kRefused:
      if (e.comment.empty()) throw InvalidInput("不予受理须说明理由");
      break;
    case WindowEventKind::kCorrectionRequested:
      e.data = {{"materials", materials_list(step.materials)}};
      break;
    case WindowEventKind::kDecided:
      e.data = {{"granted", granted_field(step.granted)}};
      if (!e.data["granted"].get<bool>() && e.comment.empty()) throw InvalidInput("不予决定须说明理由");
      break;
    case WindowEventKind::kReviewed:
      if (e.comment.empty()) throw InvalidInput("审查意见不能为空");
      break;
    case WindowEventKind::kNote:
      if (e.comment.empty()) throw InvalidInput("备注不能为空");
      break;
    case WindowEventKind::kCorrected:
    case WindowEventKind::kConcluded:
      break;
  }
  return e;
}

CivilDate step_day(const std::string& raw, CivilDate today) {
  const CivilDate day = require_date(trimmed(raw), "办理日期");
  if (day > today) throw InvalidInput("办理日期不能晚于今天");
  return day;
}

nlohmann::json clock_json(const WindowClock& clock) {
  return {{"status", window_phase_key(clock.phase)},
          {"due_on", clock.due_on ? nlohmann::json(format_date(*clock.due_on)) : nlohmann::json()}};
}

ServiceItem published_item_for_case(store::Connection& connection, const org::StaffActor& staff, int64_t item_id) {
  if (item_id <= 0) throw InvalidInput("请选择申请事项");
  const auto item = repository::find_item(connection, staff.agency_id, item_id);
  if (!item) throw NotFound("事项不存在");
  if (item->state != ItemState::kPublished) throw InvalidInput("事项未公开，不能受理：" + item->name);
  if (!require_service_kind(item->kind).on_application) throw InvalidInput("该事项不依申请办理：" + item->name);
  return *item;
}

}  // namespace

RegisteredCase register_window_case(store::Connection& connection, const requests::RequestServices& services,
                                    const org::StaffActor& staff, const CaseRegistration& input,
                                    const engagement::Moment& at) {
  staff.require(org::Permission::kHandleServiceWindow);
  const CivilDate today = at.china_date();
  WindowCase c;
  c.agency_id = staff.agency_id;
  c.applicant_name = required_field(input.applicant.name, "申请人姓名", 200);
  const std::string id_number = checked_id_number(input.applicant.id_number);
  c.phone = checked_applicant_phone(input.applicant.phone);
  const CivilDate received = require_date(trimmed(input.received_on), "收件日期");
  if (received > today) throw InvalidInput("收件日期不能晚于今天");
  c.received_on = received;
  const WindowEventKind kind = require_window_event(trimmed(input.outcome));
  if (!registers_case(kind)) throw InvalidInput("登记时只能选择受理、不予受理或一次性告知补正");
  store::Transaction transaction(connection);
  const ServiceItem item = published_item_for_case(connection, staff, input.item_id);
  const WindowEvent first =
      event_for(kind, received, {"", "", input.reason, "", input.materials}, item, at, staff.username);
  c.item_id = item.id;
  c.id_number_sealed = services.seal.seal(id_number);
  c.id_number_masked = mask_id_number(id_number);
  c.registered_by = staff.username;
  c.tracking_code = unused_tracking_code(connection);
  const std::string password = requests::new_query_password();
  c.query_password_hash = requests::query_password_hash(password);
  c.id = repository::insert_case(connection, c);
  repository::append_event(connection, c.id, first);
  const WindowClock clock = derive_window_clock(received, {first}, services.calendar, today);
  nlohmann::json after = clock_json(clock);
  after["item"] = item.code;
  after["tracking_code"] = c.tracking_code;
  after["received_on"] = format_date(received);
  after["id_number"] = c.id_number_masked;
  audit::record(connection, staff.audit_actor(),
                {"window_case.register", "window_case", std::to_string(c.id), "", after.dump()});
  transaction.commit();
  return {c.id, c.tracking_code, password, clock.due_on};
}

void record_window_step(store::Connection& connection, const requests::RequestServices& services,
                        const org::StaffActor& staff, int64_t case_id, const CaseStep& step,
                        const engagement::Moment& at) {
  staff.require(org::Permission::kHandleServiceWindow);
  const CivilDate today = at.china_date();
  const WindowEventKind kind = require_window_event(trimmed(step.kind));
  const CivilDate on = step_day(step.on, today);
  store::Transaction transaction(connection);
  const auto c = repository::find_case(connection, staff.agency_id, case_id);
  if (!c) throw NotFound("办件不存在");
  auto events = repository::events_of(connection, case_id);
  const WindowClock before = derive_window_clock(c->received_on, events, services.calendar, today);
  check_window_step(before, kind);
  if (!events.empty() && on < events.back().on) {
    throw InvalidInput("办理日期不能早于上一环节（" + format_date(events.back().on) + "）");
  }
  const auto item = repository::find_item(connection, staff.agency_id, c->item_id);
  if (!item) throw NotFound("事项不存在");
  const WindowEvent event = event_for(kind, on, step, *item, at, staff.username);
  repository::append_event(connection, case_id, event);
  events.push_back(event);
  const WindowClock after = derive_window_clock(c->received_on, events, services.calendar, today);
  nlohmann::json after_json = clock_json(after);
  after_json["step"] = window_event_key(kind);
  after_json["on"] = format_date(on);
  after_json["comment"] = event.comment;
  after_json["data"] = event.data;
  audit::record(connection, staff.audit_actor(),
                {"window_case.step", "window_case", std::to_string(case_id), clock_json(before).dump(),
                 after_json.dump()});
  transaction.commit();
}

std::string reveal_window_id_number(store::Connection& connection, const requests::RequestServices& services,
                                    const org::StaffActor& staff, int64_t case_id) {
  staff.require(org::Permission::kHandleServiceWindow);
  store::Transaction transaction(connection);
  const auto c = repository::find_case(connection, staff.agency_id, case_id);
  if (!c) throw NotFound("办件不存在");
  audit::record(connection, staff.audit_actor(),
                {"window_case.reveal_id", "window_case", std::to_string(case_id), "",
                 nlohmann::json{{"id_number", c->id_number_masked}}.dump()});
  std::string clear = services.seal.unseal(c->id_number_sealed);
  transaction.commit();
  return clear;
}

}  // namespace gongkai::services
