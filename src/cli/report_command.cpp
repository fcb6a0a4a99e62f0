// `gongkai report check FILE.json [--previous LAST_YEAR.json]`: the
// consistency checks of a report's tables. Exit 0 when consistent (warnings
// allowed), 1 when a rule is broken (one line each), 2 when a file cannot be
// read as a report.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "reports/report_checks.h"
#include "reports/report_json.h"

namespace gongkai::cli {
namespace {

void print_summary(const reports::ReportTables& report, const std::vector<reports::Finding>& findings) {
  int errors = 0;
  int warnings = 0;
  int skipped = 0;
  for (const auto& finding : findings) {
    if (finding.severity == reports::Severity::error) ++errors;
    if (finding.severity == reports::Severity::warning) ++warnings;
    if (finding.severity == reports::Severity::skipped) ++skipped;
  }
  std::cout << fmt::format("{}{}年度报告（{}）：错误{}条，警告{}条，跳过{}条。{}\n", report.agency, report.year,
                           reports::format_document(report.format), errors, warnings, skipped,
                           errors == 0 ? "表格勾稽关系一致。" : "表格勾稽关系不一致。");
}

// The tables in `file`; an unreadable file names itself in the message.
reports::ReportTables read_tables(const std::string& file) {
  try {
    return reports::read_report_file(file);
  } catch (const reports::UnreadableReport& e) {
    throw reports::UnreadableReport(fmt::format("{} 无法作为年度报告的表格读取：{}", file, e.what()));
  }
}

}  // namespace

int run_report_check(const std::string& file, const std::string& previous_file) {
  reports::ReportTables report;
  std::optional<reports::ReportTables> previous;
  std::vector<reports::Finding> findings;
  try {
    report = read_tables(file);
    if (!previous_file.empty()) previous = read_tables(previous_file);
    findings = reports::check_report(report, previous ? &*previous : nullptr);
  } catch (const Refused& e) {
    std::cerr << fmt::format("错误：{}\n", e.what());
    return 2;
  }
  for (const auto& finding : findings) std::cout << reports::describe(finding) << "\n";
  print_summary(report, findings);
  return reports::has_errors(findings) ? 1 : 0;
}

}  // namespace gongkai::cli
