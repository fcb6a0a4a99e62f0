// gongkai/requests/request_queries.h
//
// The read side of 依申请公开: a case as staff see it (the application, its
// events, the derived clock, files, appeals), the lists and the dashboard
// counts, and the applicant's own look-up with the tracking code and the
// query password. Staff reads need Permission::kHandleRequests and see only
// their agency. The applicant's ID number is shown masked; reveal_id_number()
// unseals it for the office and audits that it did.
//
// The public look-up: a wrong code or password is NotFound with one message
// for both, and too many failures are refused with Conflict
// (lookup_guard.h).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engagement/moment.h"
#include "engagement/public_submission.h"
#include "org/staff.h"
#include "requests/application.h"
#include "requests/appeal.h"
#include "requests/lookup_guard.h"
#include "requests/reply_letter.h"
#include "requests/request_clock.h"
#include "requests/request_commands.h"
#include "requests/request_services.h"
#include "store/database.h"

namespace gongkai::requests {

struct RequestFileInfo {
  int64_t id = 0;
  std::string purpose;  // attachment, scanned_form, disclosed
  std::string file_name;
  std::string media_type;
  int64_t size_bytes = 0;
};

struct RequestCase {
  DisclosureRequest request;
  std::vector<RequestEvent> events;
  RequestClock clock;
  std::vector<RequestFileInfo> files;
  std::vector<Appeal> appeals;
  std::optional<ReplyLetter> letter;  // once replied
};

// The case of an application of the staff's agency (NotFound otherwise).
RequestCase load_case(store::Connection& connection, const RequestServices& services, const org::StaffActor& staff,
                      int64_t application_id, CivilDate today);

// The clock policy the agency set (agency_settings "requests.fee_time_counted").
ClockPolicy clock_policy(store::Connection& connection, int64_t agency_id);

struct RequestListEntry {
  int64_t id = 0;
  std::string tracking_code;
  std::string applicant_name;   // masked (张*明)
  std::string applicant_kind;
  std::string channel;
  std::string description;
  CivilDate received_on;
  std::optional<CivilDate> due_on;
  RequestPhase phase = RequestPhase::kProcessing;
  std::string outcome;
  std::optional<CivilDate> closed_on;
  int left_days = 0;
  bool overdue = false;
  bool replied_late = false;
};

struct RequestFilter {
  std::string view = "open";  // open, attention (≤ 5 working days left or overdue), closed, all
  std::optional<int> year;    // received in this year
  int page = 1;
  int page_size = 20;
};

struct RequestPage {
  std::vector<RequestListEntry> entries;
  int total = 0;
  int page = 1;
  int page_count = 1;
};

RequestPage list_requests(store::Connection& connection, const RequestServices& services,
                          const org::StaffActor& staff, const RequestFilter& filter, CivilDate today);

// Open applications due within `within_days` working days, and overdue ones,
// soonest first: the dashboard's list.
struct RequestsNeedingAttention {
  std::vector<RequestListEntry> due_soon;
  std::vector<RequestListEntry> overdue;
};
inline constexpr int kDueSoonWorkingDays = 5;
RequestsNeedingAttention requests_needing_attention(store::Connection& connection, const RequestServices& services,
                                                    int64_t agency_id, CivilDate today);

// The ID number in clear, for the office; audited ("request.reveal_id").
std::string reveal_id_number(store::Connection& connection, const RequestServices& services,
                             const org::StaffActor& staff, int64_t application_id);

// A file of an application of the staff's agency.
RequestFile load_request_file(store::Connection& connection, const org::StaffActor& staff, int64_t file_id);

// What the applicant sees with code and password.
struct PublicStep {
  CivilDate on;
  std::string name;    // 收到申请, 告知补正, …
  std::string detail;  // e.g. the outcome, the extension's days
};
// A notice the office sent (补正告知书, 延期答复告知书, 缴费通知书), by its event.
struct PublicNotice {
  int64_t event_id = 0;
  ReplyLetter letter;
};

struct PublicCaseView {
  std::string tracking_code;  // formatted ABCD-EFGH-JKMN
  std::string agency_name;
  std::string applicant_name;  // masked
  std::string description;
  CivilDate received_on;
  RequestPhase phase = RequestPhase::kProcessing;
  std::optional<CivilDate> due_on;
  std::string outcome;                   // reply_outcomes.h key once closed, else ""
  std::vector<std::string> explanation;  // how the due date was reached
  std::vector<PublicStep> steps;
  std::vector<PublicNotice> notices;     // oldest first
  std::optional<ReplyLetter> letter;
  std::vector<RequestFileInfo> disclosed_files;
};

// Throws NotFound ("查询码或查询密码不正确") and counts the failure; Conflict
// while look-ups from the address or of the code are locked out.
PublicCaseView look_up_request(store::Connection& connection, const RequestServices& services,
                               const engagement::PublicSender& sender, const std::string& typed_code,
                               const std::string& password, CivilDate today);

// A disclosed file of the application the code and password open.
RequestFile load_disclosed_file(store::Connection& connection, const engagement::PublicSender& sender,
                                const std::string& typed_code, const std::string& password, int64_t file_id);

}  // namespace gongkai::requests
