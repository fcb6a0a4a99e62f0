// gongkai/annualreport/draft_text.h
//
// The draft as plain text (`gongkai report build --format text`): the title
// "<机关>YYYY年政府信息公开工作年度报告", then each section's heading and
// paragraphs (paragraphs indented by two full-width spaces), and where a
// section names a table, the table as lines "row：column value，…" — a reading
// copy for the office, not the published layout (that is the PDF's).
#pragma once

#include <string>

#include "annualreport/report_draft.h"

namespace gongkai::annualreport {

std::string draft_text(const ReportDraft& draft);

}  // namespace gongkai::annualreport
