// gongkai/credit/decision_sheet.h
//
// 双公示 records as a sheet in the national credit publicity format: one file
// per kind; the first row is the kind's headers exactly as
// credit_publicity_format.cpp lists them, in that order; then one decision a
// row, dates YYYY-MM-DD, amounts in 万元 (display_value).
// The export is CSV, UTF-8 with a BOM (so that spreadsheet programs read the
// Chinese), CRLF, RFC 4180 quoting: the file sent to the credit platform; it
// holds the 证件号码 and is offered in the back office only. The import
// template is the header row, as CSV or as XLSX with every column formatted
// as text (so that a spreadsheet keeps an 18-digit number and a date as typed).
//
// The import reads the same layout from a CSV or an XLSX file (the first
// worksheet; core/import_sheet.h), columns in any order, "(万元)" with ASCII
// brackets accepted: the kind is the one whose document-number column
// (行政许可决定文书号 / 行政处罚决定书文号 / 行政强制决定书文号) is present; an
// unknown or repeated column, a missing required one or an unreadable file is
// InvalidInput naming it. Each later non-empty row is one ImportRow with the
// row number the user sees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "credit/decision_commands.h"

namespace gongkai::credit {

std::string decisions_csv(DecisionKind kind, const std::vector<CreditDecision>& decisions);

// The header row alone (the import template of a kind), as CSV or XLSX.
std::string decisions_csv_template(DecisionKind kind);
std::string decisions_xlsx_template(DecisionKind kind);

// The rows of an import file; XLSX when its bytes look like a workbook or
// `file_name` ends in .xlsx, CSV otherwise.
std::vector<ImportRow> parse_decision_file(std::string_view bytes, std::string_view file_name = "");

}  // namespace gongkai::credit
