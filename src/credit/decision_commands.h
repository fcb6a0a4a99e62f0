// gongkai/credit/decision_commands.h
//
// Keeping the 双公示 records: record a decision (录入), publish it (公开),
// correct it (更正) and withdraw its publication (撤销公示), one at a time or
// many by import. The role must hold kManageKeyAreas; decisions belong to
// the actor's agency (another agency's is "not found"). Refused: any input
// decision_validation.h refuses (InvalidInput); a document number already
// used by a live decision of the same kind (Conflict); publishing a decision
// already published or withdrawn, correcting or withdrawing a withdrawn one
// (Conflict); a correction or withdrawal without a reason, a correction that
// changes nothing (InvalidInput). Each command is one transaction holding the
// change, its event and its audit record (credit_decisions.record, .publish,
// .correct, .withdraw) with the record before and after. A published record
// changes only through correct_decision.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "credit/credit_decision.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::credit {

// Returns the decision's id. Not yet public.
int64_t record_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                        const DecisionInput& input);

// Public from `today`.
void publish_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                      int64_t decision_id);

// Replaces the fields with the checked input (the kind stays); the reason is
// kept with the event, followed by the headers of the fields that changed.
void correct_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                      int64_t decision_id, const DecisionInput& input, const std::string& reason);

void withdraw_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                       int64_t decision_id, const std::string& reason);

// An import row: its number as the user's editor shows it (header = 1).
struct ImportRow {
  int row = 0;
  DecisionInput input;
};

struct RowProblem {
  int row = 0;
  std::string reason;
};

struct ImportReport {
  int imported = 0;
  std::vector<RowProblem> problems;  // not empty = nothing was stored
};

// All rows or none: every bad row (including a document number repeated in
// the file or already used) is reported; the decisions are recorded, not
// published. Throws Forbidden only.
ImportReport import_decisions(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                              const std::vector<ImportRow>& rows);

}  // namespace gongkai::credit
