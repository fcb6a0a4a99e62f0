// gongkai/requests/request_statistics.h
//
// The figures of one year of 依申请公开 as the annual report needs them
// (tables 三 and 四 and the 信息处理费 of part 六), counted from the records of
// one agency. Dates are civil dates; the year is [1 January, 31 December].
//
// Table 三 — an application is in the column of its applicant_kind; it is
// "closed" on the day of its first 作出答复 (kReplied) event, with that event's
// outcome (the event list is the truth, not the list projections):
//   new          received in the year;
//   carried_in   received before 1 January and not closed before it;
//   outcome row  closed in the year, in the row of its outcome (once);
//   total        the sum of the outcome rows (= applications closed in the year);
//   carried_over received by 31 December and not closed by it.
// So new + carried_in = total + carried_over holds by construction (C1). In
// the 2019 format the three other.* outcomes fall into its single row "other".
// Table 四 — an appeal against an application of the agency counts in the
// year it was filed, once (a lawsuit after reconsideration counts for this
// agency alone, even where the reconsideration body is co-defendant:
// 国办公开办函〔2016〕201号), with its result as known on 31 December: a result
// decided after that day, or without a date, counts as pending (尚未审结). An
// appeal filed in an earlier year is not counted again when it is decided.
// Fees — the applications with a 缴纳信息处理费 (kFeePaid) event dated in the
// year, and the sum of those events' amounts, in yuan.
// Every cell of the year's format is a number (zero rather than blank).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "reports/report_tables.h"
#include "store/database.h"

namespace gongkai::requests {

// Shaped as reports::ReportTables holds the same tables (docs/report-json.md).
struct RequestYearFigures {
  int year = 0;
  reports::ReportFormat format = reports::ReportFormat::national_2021;
  // 三: row key (reports::application_rows) → the seven cells.
  std::map<std::string, reports::ApplicationCells> applications;
  // 四: group key (reports::appeal_groups) → upheld, corrected, other, pending, total.
  std::map<std::string, std::map<std::string, reports::Cell>> appeals;
  // 六: {"applications": n, "amount_yuan": x}.
  std::map<std::string, reports::Cell> fees_collected;
};

// The figures of `year` for the agency. NotFound for an unknown agency;
// InvalidInput for a year without national tables (before 2019). Conflict
// when a record holds an applicant kind, outcome, appeal kind or result the
// report has no place for.
RequestYearFigures tally_request_year(store::Connection& connection, int64_t agency_id, int year);

// Puts the figures into the report's tables 三, 四 and fees_collected, leaving
// its other tables as they are. InvalidInput when the report is for another
// year or format.
void put_request_figures(reports::ReportTables& report, const RequestYearFigures& figures);

}  // namespace gongkai::requests
