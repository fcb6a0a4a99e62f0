// gongkai/services/window_commands.h
//
// The service window (窗口办件): registering a case when an applicant comes
// to the window, then recording each step. The role must hold
// Permission::kHandleServiceWindow; cases and items belong to the actor's
// agency (another agency's is NotFound).
//
// Registering (一门受理): the item must be published and of a kind the public
// applies for (service_kind.h); the applicant's name, resident ID (GB 11643
// check digit) and phone are required — the ID is kept sealed with the
// request services' seal plus its masked form, never in clear. The case is
// registered as 受理 (the item's limits are recorded in the event and the
// clock starts), 不予受理 (a reason is required; the case is closed) or
// 一次性告知补正 (the list of materials is required; no clock until 受理).
// The answer carries the tracking code (办件编号, engagement/tracking_code.h)
// and the query password, shown once (requests/lookup_guard.h: only a hash is
// stored), and the due date when accepted.
//
// Steps append one event after checking it against the case as derived so
// far (window_transitions.h; Conflict otherwise): the day is not in the
// future nor before the case's last event; 不予受理 and a 不予 decision need a
// reason, 补正 its materials. Each change and its audit record
// ("window_case.register", "window_case.step") commit together.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "engagement/moment.h"
#include "org/staff.h"
#include "requests/request_services.h"
#include "store/database.h"

namespace gongkai::services {

struct ApplicantInput {
  std::string name;
  std::string id_number;
  std::string phone;
};

struct CaseRegistration {
  int64_t item_id = 0;
  ApplicantInput applicant;
  std::string received_on;  // YYYY-MM-DD, not in the future
  std::string outcome;      // accepted | refused | correction_requested (or 受理 / 不予受理 / 一次性告知补正)
  std::string reason;       // 不予受理: why
  std::string materials;    // 补正: one a line
};

struct RegisteredCase {
  int64_t id = 0;
  std::string tracking_code;   // 12 characters, shown as ABCD-EFGH-JKMN
  std::string query_password;  // shown once
  std::optional<CivilDate> due_on;
};

RegisteredCase register_window_case(store::Connection& connection, const requests::RequestServices& services,
                                    const org::StaffActor& staff, const CaseRegistration& input,
                                    const engagement::Moment& at);

struct CaseStep {
  std::string kind;       // window_event.h key or Chinese name
  std::string on;         // YYYY-MM-DD
  std::string comment;    // opinion, reason, note
  std::string granted;    // 决定: "1"/"准予" or "0"/"不予"
  std::string materials;  // 补正: one a line
};

void record_window_step(store::Connection& connection, const requests::RequestServices& services,
                        const org::StaffActor& staff, int64_t case_id, const CaseStep& step,
                        const engagement::Moment& at);

// The applicant's ID number in clear, for the window staff (to check it
// against the card, say, when the licence is handed over). Every look is
// audited ("window_case.reveal_id", with the masked number) in the same
// transaction; NotFound for a case of another agency.
std::string reveal_window_id_number(store::Connection& connection, const requests::RequestServices& services,
                                    const org::StaffActor& staff, int64_t case_id);

}  // namespace gongkai::services
