#include "services/service_queries.h"

#include <algorithm>
#include <map>

#include "core/errors.h"
#include "core/masking.h"
#include "engagement/tracking_code.h"
#include "requests/lookup_guard.h"
#include "services/service_kind.h"
#include "services/service_repository.h"

namespace gongkai::services {
namespace {

CaseEntry entry_of(store::Connection& connection, const requests::RequestServices& services, const WindowCase& c,
                   const std::vector<WindowEvent>& events, CivilDate today) {
  CaseEntry e;
  e.window_case = c;
  if (const auto item = repository::find_item(connection, c.agency_id, c.item_id)) {
    e.item_code = item->code;
    e.item_name = item->name;
  }
  e.clock = derive_window_clock(c.received_on, events, services.calendar, today);
  e.overdue = e.clock.overdue(today);
  e.due_soon = e.clock.open() && e.clock.due_on && !e.overdue && e.clock.left_days <= kDueSoonWorkingDays;
  return e;
}

bool sooner(const CaseEntry& a, const CaseEntry& b) {
  if (a.clock.open() != b.clock.open()) return a.clock.open();
  if (!a.clock.open()) return a.window_case.received_on > b.window_case.received_on;
  if (a.overdue != b.overdue) return a.overdue;
  if (a.clock.due_on.has_value() != b.clock.due_on.has_value()) return a.clock.due_on.has_value();
  if (a.clock.due_on && *a.clock.due_on != *b.clock.due_on) return *a.clock.due_on < *b.clock.due_on;
  return a.window_case.id < b.window_case.id;
}

std::string joined(const nlohmann::json& list) {
  std::string out;
  if (!list.is_array()) return out;
  for (const auto& m : list) {
    if (!m.is_string()) continue;
    if (!out.empty()) out += "、";
    out += m.get<std::string>();
  }
  return out;
}

// What the applicant reads of a step: reasons, the materials to add, the
// decision; not the reviewer's internal opinion.
std::string public_detail(const WindowEvent& e) {
  switch (e.kind) {
    case WindowEventKind::kRefused: return "理由：" + e.comment;
    case WindowEventKind::kCorrectionRequested: return "需补正材料：" + joined(e.data.value("materials", nlohmann::json()));
    case WindowEventKind::kDecided:
      return e.data.value("granted", false) ? "准予" : "不予。理由：" + e.comment;
    case WindowEventKind::kConcluded: return e.comment;
    default: return "";
  }
}

}  // namespace

std::vector<ServiceItem> staff_items(store::Connection& connection, const org::StaffActor& staff) {
  staff.require(org::Permission::kHandleServiceWindow);
  return repository::items_of(connection, staff.agency_id, false);
}

ServiceItem staff_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id) {
  staff.require(org::Permission::kHandleServiceWindow);
  auto item = repository::find_item(connection, staff.agency_id, item_id);
  if (!item) throw NotFound("事项不存在");
  return *item;
}

std::vector<KindGroup> published_items_by_kind(store::Connection& connection, int64_t agency_id,
                                               bool on_application_only) {
  std::map<std::string, std::vector<ServiceItem>> by_kind;
  for (auto& item : repository::items_of(connection, agency_id, true)) by_kind[item.kind].push_back(std::move(item));
  std::vector<KindGroup> groups;
  for (const auto& kind : service_kinds()) {
    if (on_application_only && !kind.on_application) continue;
    auto found = by_kind.find(std::string(kind.key));
    if (found == by_kind.end()) continue;
    groups.push_back({std::string(kind.key), std::string(kind.name), std::move(found->second)});
  }
  return groups;
}

ServiceItem published_item(store::Connection& connection, int64_t agency_id, int64_t item_id) {
  auto item = repository::find_item(connection, agency_id, item_id);
  if (!item || item->state != ItemState::kPublished) throw NotFound("事项不存在或未公开");
  return *item;
}

std::vector<CaseEntry> window_cases(store::Connection& connection, const requests::RequestServices& services,
                                    const org::StaffActor& staff, CivilDate today) {
  staff.require(org::Permission::kHandleServiceWindow);
  std::vector<CaseEntry> entries;
  for (const auto& c : repository::cases_of(connection, staff.agency_id)) {
    entries.push_back(entry_of(connection, services, c, repository::events_of(connection, c.id), today));
  }
  std::stable_sort(entries.begin(), entries.end(), sooner);
  return entries;
}

CaseDetail window_case_detail(store::Connection& connection, const requests::RequestServices& services,
                              const org::StaffActor& staff, int64_t case_id, CivilDate today) {
  staff.require(org::Permission::kHandleServiceWindow);
  const auto c = repository::find_case(connection, staff.agency_id, case_id);
  if (!c) throw NotFound("办件不存在");
  CaseDetail detail;
  detail.events = repository::events_of(connection, case_id);
  detail.entry = entry_of(connection, services, *c, detail.events, today);
  return detail;
}

WindowAlerts window_alerts(store::Connection& connection, const requests::RequestServices& services,
                           const org::StaffActor& staff, CivilDate today) {
  WindowAlerts alerts;
  if (!staff.may(org::Permission::kHandleServiceWindow)) return alerts;
  for (auto& entry : window_cases(connection, services, staff, today)) {
    if (entry.overdue) alerts.overdue.push_back(entry);
    if (entry.due_soon) alerts.due_soon.push_back(entry);
  }
  return alerts;
}

PublicWindowCase lookup_window_case(store::Connection& connection, const requests::RequestServices& services,
                                    const engagement::PublicSender& sender, const std::string& typed_code,
                                    const std::string& password, CivilDate today) {
  const auto code = engagement::normalize_tracking_code(typed_code);
  const std::string code_key = code.value_or(typed_code.substr(0, 32));
  requests::require_lookup_allowed(connection, sender, code_key);
  std::optional<WindowCase> found;
  if (code) found = repository::find_case_by_code(connection, *code);
  if (!found || !requests::query_password_matches(password, found->query_password_hash)) {
    requests::refuse_lookup(connection, sender, code_key);
  }
  const auto events = repository::events_of(connection, found->id);
  PublicWindowCase view;
  view.tracking_code = engagement::format_tracking_code(found->tracking_code);
  if (const auto item = repository::find_item(connection, found->agency_id, found->item_id)) {
    view.item_name = item->name;
    view.unit = item->unit;
    view.phone = item->phone;
  }
  view.applicant_name = mask_name(found->applicant_name);
  view.id_number = found->id_number_masked;
  view.applicant_phone = mask_phone(found->phone);
  view.clock = derive_window_clock(found->received_on, events, services.calendar, today);
  for (const auto& e : events) {
    if (e.kind == WindowEventKind::kNote) continue;
    view.steps.push_back({e.on, std::string(window_event_name(e.kind)), mask_personal_data(public_detail(e))});
  }
  return view;
}

}  // namespace gongkai::services
