// gongkai/annualreport/report_draft.h
//
// The annual report (政府信息公开工作年度报告) of one agency and year as drafted
// from the year's records: its tables (the national format from 2019; none in
// the legacy years 2008–2018), the figures its text quotes, and the text
// itself, part by part, in the register of the source document. A draft is
// computed, never stored: the office edits and publishes a copy of it
// (report_publication.h), and a fresh draft is how a stored text learns that
// the data under one of its figures has changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reports/report_format.h"
#include "reports/report_tables.h"

namespace gongkai::store {
class Connection;
}

namespace gongkai::annualreport {

// One figure the text quotes, as written there. The keys are listed in
// quoted_figures.h and docs/annual-report.md, e.g.
//   {"proactive.portal", "通过政府门户网站公开的信息（条）", "88"}
//   {"assistance.urban_dibao.amount", "城市低保累计金额", "14556万元"}
struct QuotedFigure {
  std::string key;    // stable across years and drafts
  std::string label;  // what it counts, in Chinese
  std::string value;  // exactly as the text writes it: "88", "14556万元", "365.64"
};

// One part or sub-part of the text. The first section of every draft is the
// preamble (现予发布, who compiled it, the period, the office's contacts): level
// 1 with an empty heading. `table`, when not empty, names the
// national table printed after the paragraphs: "proactive" (二),
// "applications" (三), "appeals" (四) or "fees" (六, 信息处理费).
struct ReportSection {
  std::string heading;                  // "一、概述", "（一）组织领导"
  int level = 1;                        // 1 = part, 2 = sub-part
  std::vector<std::string> paragraphs;  // plain text, one string per paragraph
  std::string table;
};

struct ReportDraft {
  int64_t agency_id = 0;
  std::string agency_name;  // 机关名称, as the report's title and signature use it
  int year = 0;
  reports::ReportFormat format = reports::ReportFormat::legacy;
  std::optional<reports::ReportTables> tables;  // set exactly when format is national
  std::vector<QuotedFigure> figures;     // the year's figures; every number the sections print is one
  std::vector<ReportSection> sections;  // legacy_narrative.h or national_narrative.h
};

// The draft of `year` for the agency, from its records as they stand now.
// NotFound for an unknown agency; InvalidInput for a year before 2008 or not
// yet begun.
ReportDraft draft_annual_report(store::Connection& connection, int64_t agency_id, int year);

}  // namespace gongkai::annualreport
