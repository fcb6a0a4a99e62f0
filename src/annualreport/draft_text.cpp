// gongkai/annualreport/draft_text.cpp
#include "annualreport/draft_text.h"

#include <fmt/format.h>

#include "reports/report_checks.h"

namespace gongkai::annualreport {
namespace {

constexpr const char* kIndent = "　　";

std::string cell_text(const reports::Cell& cell) { return cell ? reports::format_number(*cell) : "（空白）"; }

std::string keyed_row(std::string_view label, std::span<const reports::Column> columns,
                      const std::map<std::string, reports::Cell>& cells) {
  std::string out(label);
  out += "：";
  for (size_t i = 0; i < columns.size(); ++i) {
    const auto found = cells.find(std::string(columns[i].key));
    out += fmt::format("{}{} {}", i ? "，" : "", columns[i].label,
                       cell_text(found == cells.end() ? reports::Cell{} : found->second));
  }
  return out + "\n";
}

std::string proactive_text(const reports::ReportTables& tables) {
  std::string out;
  for (const auto& row : reports::proactive_rows(tables.format)) {
    const auto found = tables.proactive.find(std::string(row.key));
    out += keyed_row(row.label, row.columns, found == tables.proactive.end() ? decltype(found->second){} : found->second);
  }
  return out;
}

std::string applications_text(const reports::ReportTables& tables) {
  std::string out;
  const auto columns = reports::application_columns();
  for (const auto& row : reports::application_rows(tables.format)) {
    const auto found = tables.applications.find(std::string(row.key));
    out += std::string(row.label) + "：";
    for (size_t i = 0; i < columns.size(); ++i) {
      const auto cell = found == tables.applications.end() ? reports::Cell{} : found->second[i];
      out += fmt::format("{}{} {}", i ? "，" : "", columns[i].label, cell_text(cell));
    }
    out += "\n";
  }
  return out;
}

std::string appeals_text(const reports::ReportTables& tables) {
  std::string out;
  for (const auto& group : reports::appeal_groups()) {
    const auto found = tables.appeals.find(std::string(group.key));
    out += keyed_row(group.label, reports::appeal_columns(),
                     found == tables.appeals.end() ? decltype(found->second){} : found->second);
  }
  return out;
}

std::string table_text(const reports::ReportTables& tables, const std::string& table) {
  if (table == "proactive") return proactive_text(tables);
  if (table == "applications") return applications_text(tables);
  if (table == "appeals") return appeals_text(tables);
  if (table == "fees" && tables.fees_collected) {
    return keyed_row("信息处理费", reports::fees_collected_columns(), *tables.fees_collected);
  }
  return "";
}

}  // namespace

std::string draft_text(const ReportDraft& draft) {
  auto out = fmt::format("{}{}年政府信息公开工作年度报告\n", draft.agency_name, draft.year);
  for (const auto& section : draft.sections) {
    out += "\n";
    if (!section.heading.empty()) out += section.heading + "\n";
    for (const auto& paragraph : section.paragraphs) out += kIndent + paragraph + "\n";
    if (!section.table.empty() && draft.tables) out += table_text(*draft.tables, section.table);
  }
  return out;
}

}  // namespace gongkai::annualreport
