// gongkai/annualreport/report_draft.cpp
#include "annualreport/report_draft.h"

#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::annualreport {

ReportDraft draft_annual_report(store::Connection& connection, int64_t agency_id, int year) {
  auto agency = org::find_agency_by_id(connection, agency_id);
  if (!agency) throw NotFound("未找到机关");
  ReportDraft draft;
  draft.agency_id = agency->id;
  draft.agency_name = agency->name;
  draft.year = year;
  if (auto format = reports::format_for_year(year)) draft.format = *format;
  return draft;
}

}  // namespace gongkai::annualreport
