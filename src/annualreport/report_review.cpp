// gongkai/annualreport/report_review.cpp
#include "annualreport/report_review.h"

#include "annualreport/report_repository.h"

namespace gongkai::annualreport {
namespace {

// Last year's published tables, for C6 and C7.
std::optional<reports::ReportTables> previous_tables(store::Connection& connection, const ReportVersion& version) {
  const auto report = detail::find_report(connection, version.agency_id, version.year - 1);
  if (!report) return std::nullopt;
  auto published = detail::published_version(connection, report->id);
  if (!published || !published->tables) return std::nullopt;
  return published->tables;
}

}  // namespace

ReportReview review_version(store::Connection& connection, const ReportVersion& version, const Drafter& drafter) {
  ReportReview review;
  if (version.tables) {
    const auto previous = previous_tables(connection, version);
    review.findings = reports::check_report(*version.tables, previous ? &*previous : nullptr);
  }
  const ReportDraft fresh = drafter(connection, version.agency_id, version.year);
  review.drifts = figures_out_of_step(version.figures, fresh.figures);
  review.tables_drifted = tables_out_of_step(version.tables, fresh.tables);
  for (const auto& section : version.sections) {
    for (const auto& paragraph : section.paragraphs) {
      if (paragraph.find(kOfficePlaceholderMark) == std::string::npos) continue;
      review.unfinished.push_back(section.heading);
      break;
    }
  }
  return review;
}

std::string publication_refusal(const ReportReview& review) {
  std::string message;
  if (review.has_errors()) {
    message = "年度报告表格未通过校验，不能发布：";
    bool first = true;
    for (const auto& finding : review.findings) {
      if (finding.severity != reports::Severity::error) continue;
      message += (first ? "" : "；") + reports::describe(finding);
      first = false;
    }
    message += "。";
  }
  if (!review.drifts.empty()) {
    message += "正文引用的数字与最新数据不一致，不能发布：";
    bool first = true;
    for (const auto& drift : review.drifts) {
      message += (first ? "" : "；") + drift.label + "，正文为" + drift.written + "，最新数据为" + drift.current;
      first = false;
    }
    message += "。请先“更新正文中的数字”。";
  }
  if (review.tables_drifted) message += "统计表与最新数据不一致，不能发布，请先“更新正文中的数字”。";
  if (!review.unfinished.empty()) {
    message += "正文尚有【待办公室填写】的内容，不能发布：";
    for (size_t i = 0; i < review.unfinished.size(); ++i) message += (i ? "、" : "") + review.unfinished[i];
    message += "。";
  }
  return message;
}

}  // namespace gongkai::annualreport
