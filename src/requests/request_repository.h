// gongkai/requests/request_repository.h
//
// The SQL of the requests module: applications, their events and files, and
// the agency settings it reads. Plain reads and writes on the caller's
// connection; the commands wrap them in a transaction with the audit record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "requests/application.h"
#include "requests/request_clock.h"
#include "requests/request_commands.h"
#include "requests/request_event.h"
#include "store/database.h"

namespace gongkai::requests::repository {

struct NewApplicationRow {
  int64_t agency_id = 0;
  std::string tracking_code;
  std::string query_password_hash;
  std::string channel;
  ApplicationForm form;  // id_number left empty: only the sealed, masked and digest forms are stored
  std::string id_number_sealed;
  std::string id_number_masked;
  std::string applicant_digest;
  CivilDate received_on;
  std::string submitted_at;
  std::string remote_address;
  std::string registered_by;
};

int64_t insert_application(store::Connection& connection, const NewApplicationRow& row);
std::optional<DisclosureRequest> find_application(store::Connection& connection, int64_t id);
// The application if it belongs to `agency_id`; NotFound ("申请不存在") otherwise.
DisclosureRequest own_application(store::Connection& connection, int64_t agency_id, int64_t id);

// A nullable date column, and a date as a nullable parameter.
std::optional<CivilDate> optional_date(const store::Row& row, const char* column);
store::Value optional_value(const std::optional<CivilDate>& date);
// By tracking code: the id and the password hash.
struct CodeMatch {
  int64_t id = 0;
  std::string query_password_hash;
};
std::optional<CodeMatch> find_by_code(store::Connection& connection, const std::string& code);
bool tracking_code_taken(store::Connection& connection, const std::string& code);

std::vector<RequestEvent> events_of(store::Connection& connection, int64_t application_id);
int64_t append_event(store::Connection& connection, int64_t application_id, const RequestEvent& event);

// Writes the list projections (status, due_on, outcome, closed_on, reply_number).
void store_projection(store::Connection& connection, int64_t application_id, const RequestClock& clock);
void set_item(store::Connection& connection, int64_t application_id, int64_t item_id);

int64_t insert_file(store::Connection& connection, int64_t application_id, const std::string& purpose,
                    const RequestFile& file, const std::string& at);
struct StoredFileInfo {
  int64_t id = 0;
  int64_t application_id = 0;
  std::string purpose;
  std::string file_name;
  std::string media_type;
  int64_t size_bytes = 0;
};
std::vector<StoredFileInfo> files_of(store::Connection& connection, int64_t application_id);
// The file's application and content; nullopt when there is no such file.
std::optional<std::pair<int64_t, RequestFile>> load_file(store::Connection& connection, int64_t file_id);

// Applications of one applicant (by ID digest) received in [from, to].
int count_by_applicant(store::Connection& connection, int64_t agency_id, const std::string& digest, CivilDate from,
                       CivilDate to);
// Replies the agency numbered in `year` (for the next 依复 number).
int replies_numbered_in(store::Connection& connection, int64_t agency_id, int year);
// Events of `kind` the agency recorded for days of `year` (for the next
// notice number: every such event comes with a notice).
int events_in_year(store::Connection& connection, int64_t agency_id, RequestEventKind kind, int year);

// Ids of applications not yet closed, of every agency.
std::vector<int64_t> open_application_ids(store::Connection& connection);
// Ids of the agency's applications, newest first, matching the list view.
std::vector<int64_t> application_ids(store::Connection& connection, int64_t agency_id, const std::string& view,
                                     std::optional<int> year);

// An agency setting's stored value, or nullopt.
std::optional<std::string> agency_setting(store::Connection& connection, int64_t agency_id, const std::string& key);
// Replaces the agency setting's value.
void put_agency_setting(store::Connection& connection, int64_t agency_id, const std::string& key,
                        const std::string& value);

// Failed public look-ups since `since` (ISO instant) from an address / against a code.
int lookup_failures_from(store::Connection& connection, const std::string& remote_address, const std::string& since);
int lookup_failures_of(store::Connection& connection, const std::string& code, const std::string& since);
void record_lookup_failure(store::Connection& connection, const std::string& remote_address, const std::string& code,
                           const std::string& at);

}  // namespace gongkai::requests::repository
