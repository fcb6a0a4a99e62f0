// gongkai/services/service_queries.h
//
// The read side of 政务服务: the items as staff keep them and as the public
// sees them (published only, by kind), the window's cases with their derived
// clocks, the dashboard's counts, and the applicant's own look-up.
// Staff reads need Permission::kHandleServiceWindow and see their agency
// only. The public look-up checks the tracking code and query password with
// requests/lookup_guard.h (a wrong pair is NotFound, too many failures
// Conflict) and shows the applicant masked (name, ID number, phone), the
// steps except internal notes, the status and the due date with how it was
// reached.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engagement/public_submission.h"
#include "org/staff.h"
#include "requests/request_services.h"
#include "services/service_item.h"
#include "services/window_case.h"
#include "services/window_clock.h"
#include "store/database.h"

namespace gongkai::services {

// How many working days before the due date a case counts as due soon.
inline constexpr int kDueSoonWorkingDays = 2;

std::vector<ServiceItem> staff_items(store::Connection& connection, const org::StaffActor& staff);
ServiceItem staff_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id);

// Published items of one kind group, in the order of service_kind.h.
struct KindGroup {
  std::string kind;       // key
  std::string kind_name;  // 行政许可 …
  std::vector<ServiceItem> items;
};
// Every kind with at least one published item; `on_application_only` keeps
// the kinds the public applies for (the service guide).
std::vector<KindGroup> published_items_by_kind(store::Connection& connection, int64_t agency_id,
                                               bool on_application_only);
// NotFound unless published.
ServiceItem published_item(store::Connection& connection, int64_t agency_id, int64_t item_id);

struct CaseEntry {
  WindowCase window_case;
  std::string item_code;
  std::string item_name;
  WindowClock clock;
  bool due_soon = false;  // open, running, 0 ≤ working days left ≤ kDueSoonWorkingDays
  bool overdue = false;
};
// Open cases first (overdue, then by due date), then closed ones newest first.
std::vector<CaseEntry> window_cases(store::Connection& connection, const requests::RequestServices& services,
                                    const org::StaffActor& staff, CivilDate today);

struct CaseDetail {
  CaseEntry entry;
  std::vector<WindowEvent> events;
};
CaseDetail window_case_detail(store::Connection& connection, const requests::RequestServices& services,
                              const org::StaffActor& staff, int64_t case_id, CivilDate today);

// The dashboard block: open cases due within kDueSoonWorkingDays and
// overdue ones. Empty for a role without the permission.
struct WindowAlerts {
  std::vector<CaseEntry> due_soon;
  std::vector<CaseEntry> overdue;
};
WindowAlerts window_alerts(store::Connection& connection, const requests::RequestServices& services,
                           const org::StaffActor& staff, CivilDate today);

struct PublicStep {
  CivilDate on;
  std::string name;
  std::string detail;
};

struct PublicWindowCase {
  std::string tracking_code;   // formatted ABCD-EFGH-JKMN
  std::string item_name;
  std::string unit;
  std::string phone;           // the item's office phone
  std::string applicant_name;  // masked
  std::string id_number;       // masked
  std::string applicant_phone; // masked
  WindowClock clock;
  std::vector<PublicStep> steps;
};

PublicWindowCase lookup_window_case(store::Connection& connection, const requests::RequestServices& services,
                                    const engagement::PublicSender& sender, const std::string& typed_code,
                                    const std::string& password, CivilDate today);

}  // namespace gongkai::services
