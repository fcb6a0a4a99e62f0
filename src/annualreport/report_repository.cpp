// gongkai/annualreport/report_repository.cpp
#include "annualreport/report_repository.h"

#include "annualreport/report_content_json.h"
#include "core/errors.h"
#include "reports/report_json.h"

namespace gongkai::annualreport::detail {
namespace {

constexpr const char* kVersionSelect =
    "SELECT v.id, v.report_id, r.agency_id, r.year, v.number, v.status, v.format, v.agency_name, v.sections_json, "
    "v.figures_json, v.tables_json, v.change_note, v.author, v.created_at, v.published_on, v.superseded_on "
    "FROM annual_report_versions v JOIN annual_reports r ON r.id = v.report_id ";

ReportVersion version_from(const store::Row& row) {
  ReportVersion v;
  v.id = row.integer("id");
  v.report_id = row.integer("report_id");
  v.agency_id = row.integer("agency_id");
  v.year = static_cast<int>(row.integer("year"));
  v.number = static_cast<int>(row.integer("number"));
  v.status = status_from_key(row.text("status"));
  const auto format = reports::format_from_key(row.text("format"));
  if (!format) throw InvalidInput("未知的年度报告格式：" + row.text("format"));
  v.format = *format;
  v.agency_name = row.text("agency_name");
  v.sections = sections_from_json(row.text("sections_json"));
  v.figures = figures_from_json(row.text("figures_json"));
  const std::string tables = row.text("tables_json");
  if (!tables.empty()) v.tables = reports::read_report_json(tables);
  v.change_note = row.text("change_note");
  v.author = row.text("author");
  v.created_at = row.text("created_at");
  v.published_on = row.text("published_on");
  v.superseded_on = row.text("superseded_on");
  return v;
}

ReportRow report_from(const store::Row& row) {
  return {row.integer("id"), row.integer("agency_id"), static_cast<int>(row.integer("year"))};
}

std::optional<ReportVersion> first_version(store::Connection& connection, const std::string& where,
                                           const std::vector<store::Value>& params) {
  const auto row = connection.query_one(std::string(kVersionSelect) + where, params);
  if (!row) return std::nullopt;
  return version_from(*row);
}

}  // namespace

std::optional<ReportRow> find_report(store::Connection& connection, int64_t agency_id, int year) {
  const auto row = connection.query_one("SELECT id, agency_id, year FROM annual_reports WHERE agency_id = ? AND year = ?",
                                        {agency_id, static_cast<int64_t>(year)});
  if (!row) return std::nullopt;
  return report_from(*row);
}

std::optional<ReportRow> find_report_by_id(store::Connection& connection, int64_t agency_id, int64_t report_id) {
  const auto row = connection.query_one("SELECT id, agency_id, year FROM annual_reports WHERE agency_id = ? AND id = ?",
                                        {agency_id, report_id});
  if (!row) return std::nullopt;
  return report_from(*row);
}

int64_t insert_report(store::Connection& connection, int64_t agency_id, int year, const std::string& created_at) {
  return connection
      .query_one("INSERT INTO annual_reports (agency_id, year, created_at) VALUES (?, ?, ?) RETURNING id",
                 {agency_id, static_cast<int64_t>(year), created_at})
      ->integer(0);
}

std::vector<ReportRow> select_reports(store::Connection& connection, int64_t agency_id) {
  std::vector<ReportRow> out;
  for (const auto& row : connection.query(
           "SELECT id, agency_id, year FROM annual_reports WHERE agency_id = ? ORDER BY year DESC", {agency_id})) {
    out.push_back(report_from(row));
  }
  return out;
}

int64_t insert_version(store::Connection& connection, const ReportVersion& v) {
  const std::string tables = v.tables ? reports::write_report_json(*v.tables) : "";
  return connection
      .query_one(
          "INSERT INTO annual_report_versions (report_id, number, status, format, agency_name, sections_json, "
          "figures_json, tables_json, change_note, author, created_at, published_on, superseded_on) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {v.report_id, static_cast<int64_t>(v.number), std::string(status_key(v.status)),
           std::string(reports::format_key(v.format)), v.agency_name, sections_to_json(v.sections),
           figures_to_json(v.figures), tables, v.change_note, v.author, v.created_at, v.published_on,
           v.superseded_on})
      ->integer(0);
}

void update_status(store::Connection& connection, int64_t version_id, VersionStatus status,
                   const std::string& published_on, const std::string& superseded_on) {
  connection.execute("UPDATE annual_report_versions SET status = ?, published_on = ?, superseded_on = ? WHERE id = ?",
                     {std::string(status_key(status)), published_on, superseded_on, version_id});
}

std::optional<ReportVersion> latest_version(store::Connection& connection, int64_t report_id) {
  return first_version(connection, "WHERE v.report_id = ? ORDER BY v.number DESC LIMIT 1", {report_id});
}

std::optional<ReportVersion> published_version(store::Connection& connection, int64_t report_id) {
  return first_version(connection, "WHERE v.report_id = ? AND v.status = 'published'", {report_id});
}

std::optional<ReportVersion> find_version(store::Connection& connection, int64_t agency_id, int64_t version_id) {
  return first_version(connection, "WHERE r.agency_id = ? AND v.id = ?", {agency_id, version_id});
}

std::vector<ReportVersion> select_versions(store::Connection& connection, int64_t report_id) {
  std::vector<ReportVersion> out;
  for (const auto& row :
       connection.query(std::string(kVersionSelect) + "WHERE v.report_id = ? ORDER BY v.number DESC", {report_id})) {
    out.push_back(version_from(row));
  }
  return out;
}

std::vector<ReportVersion> select_public_versions(store::Connection& connection, int64_t agency_id) {
  std::vector<ReportVersion> out;
  for (const auto& row : connection.query(std::string(kVersionSelect) +
                                              "WHERE r.agency_id = ? AND v.status IN ('published', 'superseded') "
                                              "ORDER BY r.year DESC, v.number DESC",
                                          {agency_id})) {
    out.push_back(version_from(row));
  }
  return out;
}

}  // namespace gongkai::annualreport::detail
