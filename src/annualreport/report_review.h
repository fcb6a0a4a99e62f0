// gongkai/annualreport/report_review.h
//
// What stands between a version and its publication: the findings of the
// national tables' checks (C1–C7, with last year's published tables when
// there are some) and the figures that drifted from a fresh draft of the
// records, and the parts where the draft left the office a marked
// placeholder (【待办公室填写：…】) still unfilled. The admin page shows it;
// publish_report refuses while it has an error, a drift or a placeholder.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annualreport/figures_in_step.h"
#include "annualreport/report_publication.h"
#include "annualreport/report_version.h"
#include "reports/report_checks.h"

namespace gongkai::annualreport {

struct ReportReview {
  std::vector<reports::Finding> findings;  // errors, warnings, skipped rules
  std::vector<FigureDrift> drifts;
  bool tables_drifted = false;  // a table cell differs from the fresh draft
  std::vector<std::string> unfinished;  // headings of parts still holding 【待办公室填写：…】
  bool has_errors() const { return reports::has_errors(findings); }
  bool in_step() const { return drifts.empty() && !tables_drifted; }
};

ReportReview review_version(store::Connection& connection, const ReportVersion& version, const Drafter& drafter);

// The draft's mark of text the office must write (narrative_passages.cpp).
inline constexpr const char* kOfficePlaceholderMark = "【待办公室填写";

// The Conflict message for a review that blocks publication; "" when it does not.
std::string publication_refusal(const ReportReview& review);

}  // namespace gongkai::annualreport
