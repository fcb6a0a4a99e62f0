// The consistency checks C1–C7; see report_checks.h.
#include "reports/report_checks.h"

#include <fmt/format.h>

#include <cmath>

#include "core/errors.h"

namespace gongkai::reports {
namespace {

// Where a finding points: a row and a column of a table, with labels.
struct Place {
  std::string row_key;
  std::string row_label;
  std::string column_key;
  std::string column_label;
};

Finding finding(std::string rule, Severity severity, const Place& place, std::string detail) {
  return Finding{std::move(rule), severity,          place.row_key, place.row_label,
                 place.column_key, place.column_label, std::move(detail)};
}

bool equal(double a, double b) { return std::fabs(a - b) < 1e-6; }

// A named cell an equation needs: "新收", the key that locates it ("new"),
// and its value (or blank).
struct Term {
  std::string name;
  std::string key;
  Cell value;
};

// nullopt when every term has a value; else the skip's detail naming the blanks.
std::optional<std::string> blanks_of(const std::vector<Term>& terms) {
  std::string names;
  for (const auto& term : terms) {
    if (term.value) continue;
    names += (names.empty() ? "" : "、") + fmt::format("{}({})", term.name, term.key);
  }
  if (names.empty()) return std::nullopt;
  return fmt::format("所需单元格空白：{}，本条未核对", names);
}

std::string sum_text(const std::vector<Term>& terms, size_t from, size_t to) {
  std::string text;
  for (size_t i = from; i < to; ++i) {
    text += (i == from ? "" : " + ") + fmt::format("{} {}", terms[i].name, format_number(*terms[i].value));
  }
  return text;
}

double sum(const std::vector<Term>& terms, size_t from, size_t to) {
  double total = 0;
  for (size_t i = from; i < to; ++i) total += *terms[i].value;
  return total;
}

// left = right: terms[0, split) summed against terms[split, end).
void check_equation(std::vector<Finding>& out, const std::string& rule, const Place& place,
                    const std::vector<Term>& terms, size_t split) {
  if (const auto blanks = blanks_of(terms)) {
    out.push_back(finding(rule, Severity::skipped, place, *blanks));
    return;
  }
  if (equal(sum(terms, 0, split), sum(terms, split, terms.size()))) return;
  out.push_back(finding(rule, Severity::error, place,
                        fmt::format("{} ≠ {}", sum_text(terms, 0, split), sum_text(terms, split, terms.size()))));
}

const ApplicationRow& application_row(ReportFormat format, ApplicationRowRole role) {
  for (const auto& row : application_rows(format)) {
    if (row.role == role) return row;
  }
  throw std::logic_error("format without the row");
}

Place application_place(const ApplicationRow& row, size_t column) {
  const auto& col = application_columns()[column];
  return {std::string{row.key}, std::string{row.label}, std::string{col.key}, std::string{col.label}};
}

Cell application_cell(const ReportTables& report, std::string_view row, size_t column) {
  const auto found = report.applications.find(std::string{row});
  return found == report.applications.end() ? std::nullopt : found->second[column];
}

// ---- C5: every cell, and the blank-cell warnings ----
void check_cell(std::vector<Finding>& out, const Place& place, CellKind kind, const Cell& cell) {
  if (!cell) {
    out.push_back(finding("C5", Severity::warning, place, "单元格空白"));
    return;
  }
  const double value = *cell;
  const bool whole = equal(value, std::round(value));
  if (kind == CellKind::count && (!whole || value < 0)) {
    out.push_back(finding("C5", Severity::error, place,
                          fmt::format("件数应为不小于0的整数，实为 {}", format_number(value))));
  } else if (kind == CellKind::signed_count && !whole) {
    out.push_back(finding("C5", Severity::error, place, fmt::format("增减数应为整数，实为 {}", format_number(value))));
  } else if (kind == CellKind::amount && value < 0) {
    out.push_back(finding("C5", Severity::error, place, fmt::format("金额应不小于0，实为 {}", format_number(value))));
  }
}

void check_cells(std::vector<Finding>& out, const ReportTables& report) {
  for (const auto& row : proactive_rows(report.format)) {
    for (const auto& column : row.columns) {
      const Place place{std::string{row.key}, fmt::format("{} {}", row.block, row.label), std::string{column.key},
                        std::string{column.label}};
      check_cell(out, place, column.kind, cell_at(report.proactive, place.row_key, place.column_key));
    }
  }
  for (const auto& row : application_rows(report.format)) {
    for (size_t c = 0; c < application_column_count; ++c) {
      check_cell(out, application_place(row, c), CellKind::count, application_cell(report, row.key, c));
    }
  }
  for (const auto& group : appeal_groups()) {
    for (const auto& column : appeal_columns()) {
      const Place place{std::string{group.key}, std::string{group.label}, std::string{column.key},
                        std::string{column.label}};
      check_cell(out, place, column.kind, cell_at(report.appeals, place.row_key, place.column_key));
    }
  }
  if (!report.fees_collected) return;
  for (const auto& column : fees_collected_columns()) {
    const Place place{"fees_collected", "六、其他需要报告的事项 信息处理费", std::string{column.key},
                      std::string{column.label}};
    const auto found = report.fees_collected->find(place.column_key);
    check_cell(out, place, column.kind, found == report.fees_collected->end() ? std::nullopt : found->second);
  }
}

// ---- C1: new + carried_in = total + carried_over, per column ----
void check_balance(std::vector<Finding>& out, const ReportTables& report) {
  const auto& received = application_row(report.format, ApplicationRowRole::received);
  for (size_t c = 0; c < application_column_count; ++c) {
    const std::vector<Term> terms{
        {"新收", "new", application_cell(report, "new", c)},
        {"上年结转", "carried_in", application_cell(report, "carried_in", c)},
        {"总计", "total", application_cell(report, "total", c)},
        {"结转下年度", "carried_over", application_cell(report, "carried_over", c)},
    };
    check_equation(out, "C1", application_place(received, c), terms, 2);
  }
}

// ---- C2: total = the sum of the outcome rows, per column ----
void check_outcomes(std::vector<Finding>& out, const ReportTables& report) {
  const auto& total_row = application_row(report.format, ApplicationRowRole::total);
  for (size_t c = 0; c < application_column_count; ++c) {
    std::vector<Term> parts;
    for (const auto& row : application_rows(report.format)) {
      if (row.role != ApplicationRowRole::outcome) continue;
      parts.push_back({std::string{row.label}, std::string{row.key}, application_cell(report, row.key, c)});
    }
    std::vector<Term> terms{{"总计", "total", application_cell(report, "total", c)}};
    const Place place = application_place(total_row, c);
    if (const auto blanks = blanks_of(terms)) {
      out.push_back(finding("C2", Severity::skipped, place, *blanks));
      continue;
    }
    if (const auto blanks = blanks_of(parts)) {
      out.push_back(finding("C2", Severity::skipped, place, *blanks));
      continue;
    }
    const double parts_sum = sum(parts, 0, parts.size());
    if (equal(*terms[0].value, parts_sum)) continue;
    out.push_back(finding("C2", Severity::error, place,
                          fmt::format("总计 {} ≠ 各项办理结果之和 {}", format_number(*terms[0].value),
                                      format_number(parts_sum))));
  }
}

// "法人或其他组织 商业企业" → "商业企业": the column's own name without its group.
std::string short_label(std::string_view label) {
  const auto space = label.rfind(' ');
  return std::string{space == std::string_view::npos ? label : label.substr(space + 1)};
}

// ---- C3: the 总计 column = the six applicant columns, per row ----
void check_applicants(std::vector<Finding>& out, const ReportTables& report) {
  const auto columns = application_columns();
  const size_t total_column = application_column_count - 1;
  for (const auto& row : application_rows(report.format)) {
    std::vector<Term> terms{{"总计", "total", application_cell(report, row.key, total_column)}};
    for (size_t c = 0; c < total_column; ++c) {
      terms.push_back({short_label(columns[c].label), std::string{columns[c].key}, application_cell(report, row.key, c)});
    }
    const Place place = application_place(row, total_column);
    if (const auto blanks = blanks_of(terms)) {
      out.push_back(finding("C3", Severity::skipped, place, *blanks));
      continue;
    }
    const double parts_sum = sum(terms, 1, terms.size());
    if (equal(*terms[0].value, parts_sum)) continue;
    out.push_back(finding("C3", Severity::error, place,
                          fmt::format("总计 {} ≠ 六类申请人之和 {}（{}）", format_number(*terms[0].value),
                                      format_number(parts_sum), sum_text(terms, 1, terms.size()))));
  }
}

// ---- C4: table 四, total = upheld + corrected + other + pending ----
void check_appeals(std::vector<Finding>& out, const ReportTables& report) {
  for (const auto& group : appeal_groups()) {
    const std::string key{group.key};
    const std::vector<Term> terms{
        {"总计", key, cell_at(report.appeals, key, "total")},
        {"结果维持", key, cell_at(report.appeals, key, "upheld")},
        {"结果纠正", key, cell_at(report.appeals, key, "corrected")},
        {"其他结果", key, cell_at(report.appeals, key, "other")},
        {"尚未审结", key, cell_at(report.appeals, key, "pending")},
    };
    check_equation(out, "C4", Place{key, std::string{group.label}, "total", "总计"}, terms, 1);
  }
}

// ---- C6: carried_in = last year's carried_over, per column ----
void check_carried_in(std::vector<Finding>& out, const ReportTables& report, const ReportTables& previous) {
  const auto& row = application_row(report.format, ApplicationRowRole::carried_in);
  for (size_t c = 0; c < application_column_count; ++c) {
    const std::vector<Term> terms{
        {"上年结转", "carried_in", application_cell(report, "carried_in", c)},
        {"上一年度报告的结转下年度", "previous.carried_over", application_cell(previous, "carried_over", c)},
    };
    check_equation(out, "C6", application_place(row, c), terms, 1);
  }
}

// ---- C7: in_force = last in_force + issued − repealed (2021 format) ----
void check_in_force(std::vector<Finding>& out, const ReportTables& report, const ReportTables& previous) {
  if (report.format != ReportFormat::national_2021) return;
  for (const auto& row : proactive_rows(report.format)) {
    if (row.key != "rules" && row.key != "normative_docs") continue;
    const std::string key{row.key};
    const Place place{key, fmt::format("{} {}", row.block, row.label), "in_force", "现行有效件数"};
    if (previous.format != ReportFormat::national_2021) {
      out.push_back(finding("C7", Severity::skipped, place,
                            fmt::format("上一年度报告为{}格式，没有“现行有效件数”，本条未核对", format_key(previous.format))));
      continue;
    }
    const std::vector<Term> terms{
        {"现行有效", key, cell_at(report.proactive, key, "in_force")},
        {"上年现行有效", "previous." + key, cell_at(previous.proactive, key, "in_force")},
        {"本年制发", key, cell_at(report.proactive, key, "issued")},
        {"本年废止", key, cell_at(report.proactive, key, "repealed")},
    };
    if (const auto blanks = blanks_of(terms)) {
      out.push_back(finding("C7", Severity::skipped, place, *blanks));
      continue;
    }
    const double expected = *terms[1].value + *terms[2].value - *terms[3].value;
    if (equal(*terms[0].value, expected)) continue;
    out.push_back(finding("C7", Severity::error, place,
                          fmt::format("现行有效 {} ≠ 上年现行有效 {} + 本年制发 {} − 本年废止 {}",
                                      format_number(*terms[0].value), format_number(*terms[1].value),
                                      format_number(*terms[2].value), format_number(*terms[3].value))));
  }
}

std::string_view severity_word(Severity severity) {
  switch (severity) {
    case Severity::error: return "错误";
    case Severity::warning: return "警告";
    case Severity::skipped: return "跳过";
  }
  return "";
}

}  // namespace

std::vector<Finding> check_report(const ReportTables& report, const ReportTables* previous) {
  if (previous != nullptr && previous->year != report.year - 1) {
    throw InvalidInput(fmt::format("上一年度报告应为{}年度，实为{}年度", report.year - 1, previous->year));
  }
  std::vector<Finding> findings;
  check_cells(findings, report);
  check_balance(findings, report);
  check_outcomes(findings, report);
  check_applicants(findings, report);
  check_appeals(findings, report);
  if (previous == nullptr) return findings;
  check_carried_in(findings, report, *previous);
  check_in_force(findings, report, *previous);
  return findings;
}

bool has_errors(const std::vector<Finding>& findings) {
  for (const auto& finding : findings) {
    if (finding.severity == Severity::error) return true;
  }
  return false;
}

std::string describe(const Finding& finding) {
  return fmt::format("{} {} 行“{}”({}) 列“{}”({})：{}", finding.rule, severity_word(finding.severity),
                     finding.row_label, finding.row_key, finding.column_label, finding.column_key, finding.detail);
}

std::string format_number(double value) {
  if (equal(value, std::round(value))) return fmt::format("{}", static_cast<int64_t>(std::round(value)));
  std::string text = fmt::format("{:.4f}", value);
  while (text.back() == '0') text.pop_back();
  return text;
}

}  // namespace gongkai::reports
