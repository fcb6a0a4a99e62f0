// gongkai/requests/appeal.h
//
// Remedies against a reply (or a failure to reply): 行政复议 and 行政诉讼 —
// filed directly (未经复议直接起诉) or after reconsideration (复议后起诉) —
// with their results as the annual report's table 四 counts them; and
// complaints and reports about the agency's disclosure work (投诉举报).
// Staff functions need Permission::kHandleRequests; each change is one
// transaction with its audit record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "org/staff.h"
#include "requests/application.h"
#include "store/database.h"

namespace gongkai::requests {

const std::vector<Term>& appeal_kinds();    // reconsideration, litigation_direct, litigation_after_reconsideration
const std::vector<Term>& appeal_results();  // upheld 结果维持, corrected 结果纠正, other 其他结果, pending 尚未审结

struct Appeal {
  int64_t id = 0;
  int64_t application_id = 0;
  std::string kind;
  CivilDate filed_on;
  std::string body;         // 复议机关 or 人民法院
  std::string case_number;
  std::string result = "pending";
  std::optional<CivilDate> decided_on;
  std::string note;
};

// Records an appeal against an application of the staff's agency. Throws
// InvalidInput for an unknown kind, a filing date before receipt or in the
// future, or a decided result without its date.
int64_t record_appeal(store::Connection& connection, const org::StaffActor& staff, const Appeal& appeal,
                      CivilDate today);

// Records the result (upheld, corrected, other, or back to pending).
void decide_appeal(store::Connection& connection, const org::StaffActor& staff, int64_t appeal_id,
                   const std::string& result, std::optional<CivilDate> decided_on, const std::string& note,
                   CivilDate today);

std::vector<Appeal> appeals_of(store::Connection& connection, int64_t application_id);

struct Complaint {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::optional<int64_t> application_id;
  CivilDate received_on;
  std::string complainant;
  std::string phone;
  std::string subject;
  std::string body;
  std::optional<CivilDate> handled_on;
  std::string result;
};

int64_t record_complaint(store::Connection& connection, const org::StaffActor& staff, const Complaint& complaint,
                         CivilDate today);
void handle_complaint(store::Connection& connection, const org::StaffActor& staff, int64_t complaint_id,
                      CivilDate handled_on, const std::string& result, CivilDate today);
std::vector<Complaint> complaints_of(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::requests
