// gongkai/annualreport/national_tables.cpp
#include "annualreport/national_tables.h"

#include <fmt/format.h>

#include "annualreport/proactive_table.h"
#include "core/errors.h"
#include "requests/request_statistics.h"

namespace gongkai::annualreport {

reports::ReportTables national_tables(store::Connection& connection, int64_t agency_id,
                                      const std::string& agency_name, int year) {
  const auto format = reports::format_for_year(year);
  if (!format || *format == reports::ReportFormat::legacy) {
    throw InvalidInput(fmt::format("{}年度的年度报告没有全国统一格式的表格", year));
  }
  reports::ReportTables tables;
  tables.format = *format;
  tables.agency = agency_name;
  tables.year = year;
  tables.proactive = proactive_table(connection, agency_id, year, *format);
  requests::put_request_figures(tables, requests::tally_request_year(connection, agency_id, year));
  return tables;
}

}  // namespace gongkai::annualreport
