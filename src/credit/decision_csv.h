// gongkai/credit/decision_csv.h
//
// 双公示 records as CSV in the national credit publicity format: one file per
// kind, UTF-8 with a BOM (so that spreadsheet programs read the Chinese),
// CRLF, RFC 4180 quoting; the first row is the kind's headers exactly as
// credit_publicity_format.cpp lists them, in that order; then one decision a
// row, dates YYYY-MM-DD, amounts in 万元 (display_value). The export is the
// file sent to the credit platform: it holds the 证件号码 and is offered in
// the back office only.
//
// The import reads the same layout (columns in any order; "(万元)" with ASCII
// brackets accepted): the kind is the one whose document-number column
// (行政许可决定文书号 / 行政处罚决定书文号 / 行政强制决定书文号) is present; an
// unknown or repeated column, a missing required one or an unreadable file is
// InvalidInput naming it. Each later non-empty record is one ImportRow with
// the line it starts on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "credit/decision_commands.h"

namespace gongkai::credit {

std::string decisions_csv(DecisionKind kind, const std::vector<CreditDecision>& decisions);

// The header row alone (the import template of a kind).
std::string decisions_csv_template(DecisionKind kind);

std::vector<ImportRow> parse_decisions_csv(std::string_view bytes);

}  // namespace gongkai::credit
