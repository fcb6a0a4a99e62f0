// gongkai/annualreport/report_queries.cpp
#include "annualreport/report_queries.h"

#include "annualreport/report_repository.h"
#include "core/errors.h"

namespace gongkai::annualreport {

std::vector<int> published_years(store::Connection& connection, int64_t agency_id) {
  std::vector<int> years;
  for (const auto& v : detail::select_public_versions(connection, agency_id)) {
    if (v.status == VersionStatus::published) years.push_back(v.year);
  }
  return years;
}

std::optional<PublicReport> public_report(store::Connection& connection, int64_t agency_id, int year) {
  const auto report = detail::find_report(connection, agency_id, year);
  if (!report) return std::nullopt;
  auto current = detail::published_version(connection, report->id);
  if (!current) return std::nullopt;
  PublicReport out{*current, {}};
  for (auto& v : detail::select_versions(connection, report->id)) {
    if (v.status == VersionStatus::superseded) out.superseded.push_back(std::move(v));
  }
  return out;
}

ReportVersion public_version(store::Connection& connection, int64_t agency_id, int64_t version_id) {
  auto version = detail::find_version(connection, agency_id, version_id);
  if (!version || version->status == VersionStatus::draft) throw NotFound("年度报告版本不存在");
  return *version;
}

std::vector<ReportState> report_states(store::Connection& connection, int64_t agency_id) {
  std::vector<ReportState> out;
  for (const auto& report : detail::select_reports(connection, agency_id)) {
    ReportState state{report.id, report.year, 0, VersionStatus::draft, "", false};
    for (const auto& v : detail::select_versions(connection, report.id)) {
      if (state.latest_number == 0) {
        state.latest_number = v.number;
        state.latest_status = v.status;
      }
      if (v.status == VersionStatus::published) state.published_on = v.published_on;
      if (v.status == VersionStatus::superseded) state.corrected = true;
    }
    out.push_back(state);
  }
  return out;
}

ReportHistory report_history(store::Connection& connection, int64_t agency_id, int64_t report_id) {
  const auto report = detail::find_report_by_id(connection, agency_id, report_id);
  if (!report) throw NotFound("年度报告不存在");
  ReportHistory history{report->id, report->year, detail::select_versions(connection, report->id)};
  if (history.versions.empty()) throw NotFound("年度报告没有任何版本");
  return history;
}

std::optional<int64_t> report_id_for(store::Connection& connection, int64_t agency_id, int year) {
  const auto report = detail::find_report(connection, agency_id, year);
  if (!report) return std::nullopt;
  return report->id;
}

ReportVersion any_version(store::Connection& connection, int64_t agency_id, int64_t version_id) {
  auto version = detail::find_version(connection, agency_id, version_id);
  if (!version) throw NotFound("年度报告版本不存在");
  return *version;
}

}  // namespace gongkai::annualreport
