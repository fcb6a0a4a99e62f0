// gongkai/annualreport/draft_json.h
//
// The JSON of a draft (`gongkai report build --format json`, documented in
// docs/annual-report.md): for a national-format year, exactly the tables JSON
// of docs/report-json.md (so `gongkai report check` reads it as it is), plus
// "figures" (key, label, value) and "sections" (heading, level, paragraphs,
// table); for 2008–2018, "format": "legacy", agency, year, figures and
// sections only.
#pragma once

#include <string>

#include "annualreport/report_draft.h"

namespace gongkai::annualreport {

// Two-space indent, keys in a fixed order.
std::string draft_json(const ReportDraft& draft);

}  // namespace gongkai::annualreport
