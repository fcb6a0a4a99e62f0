// gongkai/annualreport/report_queries.h
//
// Reading annual reports: the public side sees only published versions and
// the ones a correction superseded (never a draft); the back office sees
// every version. All look-ups are scoped to the agency; NotFound otherwise.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annualreport/report_version.h"
#include "store/database.h"

namespace gongkai::annualreport {

// One public year: its current published version and the older ones.
struct PublicReport {
  ReportVersion current;
  std::vector<ReportVersion> superseded;  // newest first
};

// The years with a published report, newest first.
std::vector<int> published_years(store::Connection& connection, int64_t agency_id);
// The year's report; nullopt when none is published.
std::optional<PublicReport> public_report(store::Connection& connection, int64_t agency_id, int year);
// A published or superseded version by id; NotFound for a draft or another agency's.
ReportVersion public_version(store::Connection& connection, int64_t agency_id, int64_t version_id);

// The back office's list: one row per report.
struct ReportState {
  int64_t report_id = 0;
  int year = 0;
  int latest_number = 0;
  VersionStatus latest_status = VersionStatus::draft;
  std::string published_on;  // of the current published version, "" if none
  bool corrected = false;    // a superseded version exists
};
std::vector<ReportState> report_states(store::Connection& connection, int64_t agency_id);

// One report with every version, newest first. NotFound for an unknown id.
struct ReportHistory {
  int64_t report_id = 0;
  int year = 0;
  std::vector<ReportVersion> versions;
  const ReportVersion& latest() const { return versions.front(); }
};
ReportHistory report_history(store::Connection& connection, int64_t agency_id, int64_t report_id);
// The report id of (agency, year), if started.
std::optional<int64_t> report_id_for(store::Connection& connection, int64_t agency_id, int year);
// Any version of the agency's reports by id (back office). NotFound otherwise.
ReportVersion any_version(store::Connection& connection, int64_t agency_id, int64_t version_id);

}  // namespace gongkai::annualreport
