// gongkai/annualreport/report_document.h
//
// A stored version of the annual report as an official document (公文) for
// the PDF renderer (src/pdf): the title, each part and sub-part with its
// paragraphs, the national tables after the parts that name them (bordered,
// with their header rows and spanning category cells), and at the end the
// agency (署名) and the publication date (成文日期, "2018年3月26日"); a draft
// ends with "（草稿）" instead of a date. Pages are numbered "- 1 -".
#pragma once

#include <string>

#include "annualreport/report_version.h"
#include "pdf/official_document.h"

namespace gongkai::annualreport {

pdf::Document report_document(const ReportVersion& version);

// The PDF bytes of report_document(version).
std::string report_pdf(const ReportVersion& version);

}  // namespace gongkai::annualreport
