// gongkai/requests/request_commands.h
//
// The write side of 依申请公开. Every change is one transaction with its audit
// record; a refused change stores nothing. Staff functions need
// Permission::kHandleRequests and an application of their own agency
// (another agency's is NotFound).
//
// Filing (public, through the portal form or the JSON API; or staff
// registering one received by letter, in person, by fax or e-mail):
//   - the form is checked (application_form_check.h): a resident ID with its
//     GB 11643 check digit, a 统一社会信用代码 with its GB 32100 check
//     character, a description, a way to reach the applicant that suits the
//     delivery asked for; files at most kMaxRequestFileBytes each;
//   - the answer carries a tracking code and a query password, shown once
//     (only a hash of the password is stored), and the due date;
//   - at most kPublicFilingsPerHour filings an hour from one address (Conflict).
// Handling: act_on_request() appends one event (request_event.h) after
// checking it against the case as derived so far (request_transitions.h):
// 补正 once and within the rule's days of receipt, an extension once and
// before the deadline, a reply only while the case is open, and so on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engagement/moment.h"
#include "engagement/public_submission.h"
#include "org/staff.h"
#include "requests/application.h"
#include "requests/request_event.h"
#include "requests/request_services.h"
#include "store/database.h"

namespace gongkai::requests {

inline constexpr size_t kMaxRequestFileBytes = 10 * 1024 * 1024;
inline constexpr int kMaxRequestFiles = 5;
inline constexpr int kPublicFilingsPerHour = 5;

// A file sent with an application or a reply.
struct RequestFile {
  std::string file_name;
  std::string media_type;
  std::string content;
};

struct FiledRequest {
  int64_t id = 0;
  std::string tracking_code;   // 12 characters, shown as ABCD-EFGH-JKMN
  std::string query_password;  // shown once, never stored in clear
  CivilDate received_on;
  CivilDate due_on;
};

// An application from the public: `channel` is "online" (the portal form) or
// "api"; received the day of `sender.at` in China.
FiledRequest file_request(store::Connection& connection, const RequestServices& services,
                          const engagement::PublicSender& sender, int64_t agency_id, const ApplicationForm& form,
                          const std::string& channel, const std::vector<RequestFile>& attachments = {});

// An application received otherwise, registered by staff: `channel` is
// letter, in_person, fax or email; `received_on` the day of receipt (Art. 31:
// for a letter the day signed for), not in the future. `scans` holds the
// scanned form and enclosures.
FiledRequest register_request(store::Connection& connection, const RequestServices& services,
                              const org::StaffActor& staff, const ApplicationForm& form, const std::string& channel,
                              CivilDate received_on, const std::vector<RequestFile>& scans,
                              const engagement::Moment& at);

// One step in handling a case. Fields beyond kind, on and comment are read
// according to the kind:
//   kCorrectionRequested: comment = what to correct; reply_by = the applicant's deadline
//   kCorrected:           comment = note
//   kThirdPartyConsulted: party; (reply_by is set to on + the rule's third-party days)
//   kThirdPartyAnswered:  comment = the third party's opinion
//   kExtended:            days, approved_by, comment = the reason
//   kFeeNoticed:          fee_mode ("per_application" | "per_page"), units = pages for per_page
//                         (per_application: the applicant's rank in the month is counted by the system)
//   kFeePaid:             —
//   kReplied:             outcome (reply_outcomes.h key), comment = particulars added to the letter,
//                         referral = the office that holds it (unavailable.not_held), files = disclosed files
//   kNote:                comment
struct CaseAction {
  RequestEventKind kind = RequestEventKind::kNote;
  CivilDate on;
  std::string comment;
  std::optional<CivilDate> reply_by;
  std::string party;
  int days = 0;
  std::string approved_by;
  std::string fee_mode;
  int units = 0;
  std::string outcome;
  std::string referral;
};

// Appends the action's event (and, for a reply, its number and letter, and
// the disclosed files). Throws InvalidInput for a bad field, Conflict when the
// case's state does not allow it. Returns the new event's id.
int64_t act_on_request(store::Connection& connection, const RequestServices& services,
                       const org::StaffActor& staff, int64_t application_id, const CaseAction& action,
                       const engagement::Moment& at, const std::vector<RequestFile>& files = {});

// Art. 44: makes a draft catalogue item (依申请公开 → 主动公开) from a replied
// application's disclosed information, to go through the usual review. The
// draft (workflow::draft_item, needing kDraftItems too) holds the reply's
// text; the disclosed files are attached; all in one transaction. Returns the item id. Conflict when not replied with 予以公开 or
// 部分公开, or already converted.
int64_t convert_to_catalogue_item(store::Connection& connection, const RequestServices& services,
                                  const org::StaffActor& staff, int64_t application_id, const std::string& title,
                                  const std::string& category_code, const engagement::Moment& at);

// Re-derives the deadline of every open application (all agencies) with
// `services.calendar`; where it differs from the one last recorded, records
// a kDeadlineRecomputed event (from, to, the calendar years) and audits it.
// Run at start-up, so that a new year's notice or a correction of the
// calendar data reaches every open case. Returns the number changed.
int recompute_open_deadlines(store::Connection& connection, const RequestServices& services,
                             const audit::Actor& actor, const engagement::Moment& at);

}  // namespace gongkai::requests
