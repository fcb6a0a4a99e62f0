// gongkai/annualreport/report_repository.h
//
// The SQL of the annual reports (migrations/010_annual_reports.sql): reports
// by agency and year, and their versions. Internal to the module: callers use
// report_publication.h and report_queries.h, which check roles and write the
// audit records. Every look-up is scoped to the agency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annualreport/report_version.h"
#include "store/database.h"

namespace gongkai::annualreport::detail {

struct ReportRow {
  int64_t id = 0;
  int64_t agency_id = 0;
  int year = 0;
};

std::optional<ReportRow> find_report(store::Connection& connection, int64_t agency_id, int year);
std::optional<ReportRow> find_report_by_id(store::Connection& connection, int64_t agency_id, int64_t report_id);
int64_t insert_report(store::Connection& connection, int64_t agency_id, int year, const std::string& created_at);
std::vector<ReportRow> select_reports(store::Connection& connection, int64_t agency_id);  // newest year first

// Inserts the version (its number must be the next free one); returns its id.
int64_t insert_version(store::Connection& connection, const ReportVersion& version);
void update_status(store::Connection& connection, int64_t version_id, VersionStatus status,
                   const std::string& published_on, const std::string& superseded_on);

std::optional<ReportVersion> latest_version(store::Connection& connection, int64_t report_id);
std::optional<ReportVersion> published_version(store::Connection& connection, int64_t report_id);
std::optional<ReportVersion> find_version(store::Connection& connection, int64_t agency_id, int64_t version_id);
// Every version of the report, newest first.
std::vector<ReportVersion> select_versions(store::Connection& connection, int64_t report_id);
// The agency's published and superseded versions, newest year first, then newest version first.
std::vector<ReportVersion> select_public_versions(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::annualreport::detail
