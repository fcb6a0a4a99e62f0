// gongkai/engagement/opinion_record.h
//
// 舆情: what was said about the agency's work and where (source: 网站, 微博,
// 微信, 报纸 …), the topic and a summary, the day it was found, the agency's
// response and its date, and when and to whom it was reported upward (上报).
// Every change needs kRecordOpinion, is one transaction and is audited.
// Dates are YYYY-MM-DD, none after `at`'s day, none before the day found.
// The same source, topic and day recorded twice is a double submit (Conflict).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "engagement/moment.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::engagement {

struct OpinionRecord {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string source;
  std::string topic;
  std::string summary;
  CivilDate found_on;
  std::string response;
  std::optional<CivilDate> responded_on;
  std::optional<CivilDate> reported_upward_on;
  std::string reported_to;
  std::string created_by;

  bool responded() const { return responded_on.has_value(); }
  bool reported() const { return reported_upward_on.has_value(); }
};

struct NewOpinionRecord {
  std::string source;
  std::string topic;
  std::string summary;
  std::string found_on;
};

int64_t record_opinion(store::Connection& connection, const org::StaffActor& staff, const NewOpinionRecord& record,
                       const Moment& at);

// Records (or corrects) the agency's response.
void record_opinion_response(store::Connection& connection, const org::StaffActor& staff, int64_t id,
                             const std::string& response, const std::string& responded_on, const Moment& at);

// Records that the matter was reported upward, to whom and when.
void record_opinion_report(store::Connection& connection, const org::StaffActor& staff, int64_t id,
                           const std::string& reported_to, const std::string& reported_on, const Moment& at);

std::optional<OpinionRecord> find_opinion(store::Connection& connection, int64_t id);
// The agency's records, latest found first.
std::vector<OpinionRecord> list_opinions(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::engagement
