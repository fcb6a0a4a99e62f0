// gongkai/keyareas/assistance_commands.h
//
// Entering the figures of social-assistance programmes (社会救助数据填报):
// one period by form, or many by import (CSV or XLSX rows, see
// assistance_import.h). The role must hold kManageKeyAreas; figures belong to
// the actor's agency. A row is refused, with a Chinese reason, when the
// programme is unknown, the period malformed or not yet over (a future
// period), a count or the amount negative or not a whole number, a count
// given that the programme does not report (or missing one it does), or the
// period already entered (or entered twice in one file). An import is all or
// nothing: every bad row is reported with its row number and nothing is
// stored. Each stored row is public from its published_on day; the change and
// its audit record ("assistance_figures.create") commit together.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "keyareas/assistance_figures.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::keyareas {

// Stores one period's figures, public from `today`. Returns the row id.
// Throws InvalidInput (bad input), Conflict (period already entered), Forbidden.
int64_t record_figures(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                       const FiguresInput& input);

// A row of an import file: `row` is its number as the user sees it (the
// spreadsheet row, header = 1).
struct ImportRow {
  int row = 0;
  FiguresInput input;
  std::string published_on;  // "" = today; the demo loader sets the day each period was published
};

struct RowProblem {
  int row = 0;
  std::string reason;
};

struct ImportReport {
  int imported = 0;
  std::vector<RowProblem> problems;  // not empty = nothing was stored
};

// All rows or none. Throws Forbidden only; bad rows are in the report.
ImportReport import_figures(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            const std::vector<ImportRow>& rows);

// "第3行：金额不能为负数" lines joined by "\n".
std::string describe_problems(const std::vector<RowProblem>& problems);

}  // namespace gongkai::keyareas
