// gongkai/annualreport/report_draft.cpp
#include "annualreport/report_draft.h"

#include <fmt/format.h>

#include <chrono>

#include "annualreport/agency_voice.h"
#include "annualreport/legacy_narrative.h"
#include "annualreport/national_narrative.h"
#include "annualreport/national_tables.h"
#include "annualreport/quoted_figures.h"
#include "annualreport/year_facts.h"
#include "core/civil_date.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::annualreport {
namespace {

constexpr int kFirstReportYear = 2008;  // the 2008 regulation's first year

reports::ReportFormat format_of_year(int year) {
  const auto current = static_cast<int>(today_in_china().year());
  const auto format = reports::format_for_year(year);
  if (year < kFirstReportYear || !format) {
    throw InvalidInput(fmt::format("年度报告自{}年度起编制，{}年度没有年度报告", kFirstReportYear, year));
  }
  if (year > current) throw InvalidInput(fmt::format("{}年度尚未开始，不能起草年度报告", year));
  return *format;
}

}  // namespace

ReportDraft draft_annual_report(store::Connection& connection, int64_t agency_id, int year) {
  const auto format = format_of_year(year);
  const auto agency = org::find_agency_by_id(connection, agency_id);
  if (!agency) throw NotFound(fmt::format("未找到机关：{}", agency_id));
  ReportDraft draft;
  draft.agency_id = agency->id;
  draft.agency_name = agency->name;
  draft.year = year;
  draft.format = format;
  if (format != reports::ReportFormat::legacy) draft.tables = national_tables(connection, agency->id, agency->name, year);
  const auto facts = gather_year_facts(connection, *agency, year);
  draft.figures = quote_figures(facts, draft.tables);
  const auto voice = voice_of(*agency);
  const PassageInput in{facts, draft.figures, voice};
  draft.sections = draft.tables ? national_sections(in, *draft.tables) : legacy_sections(in);
  return draft;
}

}  // namespace gongkai::annualreport
