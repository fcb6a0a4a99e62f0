// `gongkai report check FILE.json [--previous LAST_YEAR.json]`: the
// consistency checks of a report's tables. Exit 0 when consistent (warnings
// allowed), 1 when a consistency rule (C1–C4, C6, C7) is broken (one line
// each), 2 when the input is bad: a file that cannot be read as a report, or
// a cell that cannot be a count or amount (C5: negative, fractional count).
// `gongkai report build --agency CODE --year Y [--format json|text]`: the
// draft of the annual report from the records (annualreport/report_draft.h).
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "annualreport/draft_json.h"
#include "annualreport/draft_text.h"
#include "annualreport/report_draft.h"
#include "app/app.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/errors.h"
#include "org/agency_repository.h"
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

// C5 errors: cells no report can hold (a negative or fractional count, a
// negative amount) — bad input, not an inconsistency.
bool is_bad_cell(const reports::Finding& finding) {
  return finding.rule == "C5" && finding.severity == reports::Severity::error;
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
  if (std::any_of(findings.begin(), findings.end(), is_bad_cell)) {
    for (const auto& finding : findings) {
      if (is_bad_cell(finding)) {
        std::cerr << fmt::format("错误：{} 含有不可能的数值：{}\n", file, reports::describe(finding));
      }
    }
    return 2;
  }
  for (const auto& finding : findings) std::cout << reports::describe(finding) << "\n";
  print_summary(report, findings);
  return reports::has_errors(findings) ? 1 : 0;
}

int run_report_build(const CommonOptions& options, const std::string& agency_code, int year,
                     const std::string& format) {
  if (format != "json" && format != "text") throw InvalidInput("输出格式应为json或text：" + format);
  app::App application(app_config(options));
  auto connection = application.database().lease();
  const auto agency = org::require_agency(*connection, agency_code);
  const auto draft = annualreport::draft_annual_report(*connection, agency.id, year);
  std::cout << (format == "json" ? annualreport::draft_json(draft) : annualreport::draft_text(draft));
  return 0;
}

}  // namespace gongkai::cli
