// The figures of a year of 依申请公开; the rules are in request_statistics.h.
#include "requests/request_statistics.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "core/civil_date.h"
#include "core/errors.h"
#include "org/agency_repository.h"
#include "reports/report_format.h"
#include "requests/request_event.h"

namespace gongkai::requests {
namespace {

using reports::ApplicationCells;
using reports::ApplicationRowRole;
using reports::Cell;

constexpr size_t kTotalColumn = reports::application_column_count - 1;

struct YearBounds {
  CivilDate first;  // 1 January
  CivilDate last;   // 31 December
};

YearBounds bounds_of(int year) {
  const std::chrono::year y{year};
  return {y / std::chrono::January / 1, y / std::chrono::December / 31};
}

// ---- What the figures read (plain reads on the caller's connection) ----

struct ReceivedApplication {
  int64_t id = 0;
  std::string tracking_code;
  std::string applicant_kind;
  CivilDate received_on;
};

// The agency's applications received by `last_day`.
std::vector<ReceivedApplication> applications_received_by(store::Connection& connection, int64_t agency_id,
                                                          CivilDate last_day) {
  std::vector<ReceivedApplication> out;
  for (const auto& r : connection.query(
           "SELECT id, tracking_code, applicant_kind, received_on FROM applications "
           "WHERE agency_id = ? AND received_on <= ? ORDER BY id",
           {agency_id, format_date(last_day)})) {
    out.push_back({r.integer("id"), r.text("tracking_code"), r.text("applicant_kind"),
                   parse_date(r.text("received_on")).value_or(CivilDate{})});
  }
  return out;
}

struct DatedEvent {
  int64_t application_id = 0;
  CivilDate on;
  nlohmann::json data;
};

// The events of one kind of the agency's applications, each application's in
// the order recorded.
std::vector<DatedEvent> agency_events(store::Connection& connection, int64_t agency_id, RequestEventKind kind) {
  std::vector<DatedEvent> out;
  for (const auto& r : connection.query(
           "SELECT e.application_id, e.on_date, e.data_json FROM application_events e "
           "JOIN applications a ON a.id = e.application_id "
           "WHERE a.agency_id = ? AND e.kind = ? ORDER BY e.application_id, e.id",
           {agency_id, std::string(request_event_key(kind))})) {
    auto data = nlohmann::json::parse(r.text("data_json"), nullptr, false);
    if (!data.is_object()) data = nlohmann::json::object();
    out.push_back({r.integer("application_id"), parse_date(r.text("on_date")).value_or(CivilDate{}),
                   std::move(data)});
  }
  return out;
}

struct FiledAppeal {
  std::string kind;
  std::string result;
  std::optional<CivilDate> decided_on;
};

// Appeals against the agency's applications filed in [first, last].
std::vector<FiledAppeal> appeals_filed(store::Connection& connection, int64_t agency_id, const YearBounds& year) {
  std::vector<FiledAppeal> out;
  for (const auto& r : connection.query(
           "SELECT p.kind, p.result, p.decided_on FROM application_appeals p "
           "JOIN applications a ON a.id = p.application_id "
           "WHERE a.agency_id = ? AND p.filed_on >= ? AND p.filed_on <= ? ORDER BY p.id",
           {agency_id, format_date(year.first), format_date(year.last)})) {
    const auto decided = r.optional_text("decided_on");
    out.push_back({r.text("kind"), r.text("result"),
                   decided && !decided->empty() ? parse_date(*decided) : std::nullopt});
  }
  return out;
}

// ---- Table 三 ----

std::map<std::string, ApplicationCells> zero_application_rows(reports::ReportFormat format) {
  std::map<std::string, ApplicationCells> rows;
  for (const auto& row : reports::application_rows(format)) {
    ApplicationCells cells;
    cells.fill(Cell{0.0});
    rows.emplace(std::string(row.key), cells);
  }
  return rows;
}

size_t column_of(const ReceivedApplication& a) {
  const auto columns = reports::application_columns();
  for (size_t i = 0; i < kTotalColumn; ++i) {
    if (columns[i].key == a.applicant_kind) return i;
  }
  throw Conflict(fmt::format("申请{}的申请人类型“{}”不是年度报告表三的列，无法统计", a.tracking_code,
                             a.applicant_kind));
}

// The row of table 三 an outcome counts in, in the year's format.
std::string outcome_row(reports::ReportFormat format, const std::string& outcome, const std::string& code) {
  for (const auto& row : reports::application_rows(format)) {
    if (row.role == ApplicationRowRole::outcome && row.key == outcome) return outcome;
  }
  if (format == reports::ReportFormat::national_2019 && outcome.rfind("other.", 0) == 0) return "other";
  throw Conflict(fmt::format("申请{}的办理结果“{}”不是年度报告表三的行，无法统计", code, outcome));
}

void add_one(ApplicationCells& cells, size_t column) {
  *cells[column] += 1;
  *cells[kTotalColumn] += 1;
}

struct Closure {
  CivilDate on;
  std::string outcome;
};

// Each application's first reply: the day it closed and its outcome.
std::unordered_map<int64_t, Closure> closures(store::Connection& connection, int64_t agency_id) {
  std::unordered_map<int64_t, Closure> out;
  for (const auto& e : agency_events(connection, agency_id, RequestEventKind::kReplied)) {
    const auto outcome = e.data.find("outcome");
    out.try_emplace(e.application_id,
                    Closure{e.on, outcome != e.data.end() && outcome->is_string() ? outcome->get<std::string>() : ""});
  }
  return out;
}

void tally_applications(store::Connection& connection, int64_t agency_id, const YearBounds& year,
                        RequestYearFigures& figures) {
  const auto closed = closures(connection, agency_id);
  auto& rows = figures.applications;
  for (const auto& a : applications_received_by(connection, agency_id, year.last)) {
    const auto found = closed.find(a.id);
    const std::optional<Closure> closure =
        found == closed.end() ? std::nullopt : std::optional<Closure>(found->second);
    if (closure && closure->on < year.first) continue;  // closed in an earlier year
    const size_t column = column_of(a);
    add_one(rows.at(a.received_on < year.first ? "carried_in" : "new"), column);
    if (!closure || closure->on > year.last) {
      add_one(rows.at("carried_over"), column);
      continue;
    }
    add_one(rows.at(outcome_row(figures.format, closure->outcome, a.tracking_code)), column);
    add_one(rows.at("total"), column);
  }
}

// ---- Table 四 ----

std::map<std::string, std::map<std::string, Cell>> zero_appeal_groups() {
  std::map<std::string, std::map<std::string, Cell>> groups;
  for (const auto& group : reports::appeal_groups()) {
    auto& cells = groups[std::string(group.key)];
    for (const auto& column : reports::appeal_columns()) cells[std::string(column.key)] = 0.0;
  }
  return groups;
}

// The result as known on the year's last day.
std::string result_at_year_end(const FiledAppeal& appeal, CivilDate last_day) {
  if (appeal.result == "pending" || !appeal.decided_on || *appeal.decided_on > last_day) return "pending";
  return appeal.result;
}

void tally_appeals(store::Connection& connection, int64_t agency_id, const YearBounds& year,
                   RequestYearFigures& figures) {
  for (const auto& appeal : appeals_filed(connection, agency_id, year)) {
    const auto group = figures.appeals.find(appeal.kind);
    if (group == figures.appeals.end()) {
      throw Conflict(fmt::format("复议或诉讼类型“{}”不是年度报告表四的一组，无法统计", appeal.kind));
    }
    const std::string result = result_at_year_end(appeal, year.last);
    const auto cell = group->second.find(result);
    if (result == "total" || cell == group->second.end()) {
      throw Conflict(fmt::format("复议或诉讼结果“{}”不是年度报告表四的一列，无法统计", appeal.result));
    }
    *cell->second += 1;
    *group->second.at("total") += 1;
  }
}

// ---- 信息处理费 ----

void tally_fees(store::Connection& connection, int64_t agency_id, const YearBounds& year,
                RequestYearFigures& figures) {
  int64_t fen = 0;
  std::set<int64_t> paying;
  for (const auto& e : agency_events(connection, agency_id, RequestEventKind::kFeePaid)) {
    if (e.on < year.first || e.on > year.last) continue;
    const auto amount = e.data.find("amount_fen");
    fen += amount != e.data.end() && amount->is_number_integer() ? amount->get<int64_t>() : 0;
    paying.insert(e.application_id);
  }
  figures.fees_collected = {{"applications", static_cast<double>(paying.size())},
                            {"amount_yuan", static_cast<double>(fen) / 100.0}};
}

}  // namespace

RequestYearFigures tally_request_year(store::Connection& connection, int64_t agency_id, int year) {
  const auto format = reports::format_for_year(year);
  if (!format || *format == reports::ReportFormat::legacy) {
    throw InvalidInput(fmt::format("{}年度报告没有全国统一的表格（2019年度起适用），无法统计依申请公开的表格数字", year));
  }
  if (!org::find_agency_by_id(connection, agency_id)) throw NotFound("机关不存在");
  RequestYearFigures figures;
  figures.year = year;
  figures.format = *format;
  figures.applications = zero_application_rows(*format);
  figures.appeals = zero_appeal_groups();
  const YearBounds bounds = bounds_of(year);
  tally_applications(connection, agency_id, bounds, figures);
  tally_appeals(connection, agency_id, bounds, figures);
  tally_fees(connection, agency_id, bounds, figures);
  return figures;
}

void put_request_figures(reports::ReportTables& report, const RequestYearFigures& figures) {
  if (report.year != figures.year || report.format != figures.format) {
    throw InvalidInput(fmt::format("{}年度依申请公开的数字不能填入{}年度的报告", figures.year, report.year));
  }
  report.applications = figures.applications;
  report.appeals = figures.appeals;
  report.fees_collected = figures.fees_collected;
}

}  // namespace gongkai::requests
