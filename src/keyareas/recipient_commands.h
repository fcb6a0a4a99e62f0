// gongkai/keyareas/recipient_commands.h
//
// Recipient lists (公示名单) in the back office: import a list of one
// programme, period and area as a draft, publish it (公示), withdraw a
// published list with a reason (撤回). The role must hold kManageKeyAreas;
// lists belong to the actor's agency.
//
// Import is all or nothing: every bad row is reported with its row number and
// reason, and nothing is stored. A row is refused when the household head's
// name is missing, too long or holds digits; the ID number is not 18
// characters or fails GB 11643 (check character, birth date); the ID number
// repeats an earlier row, or the household is already on another list of the
// same programme and period; the 乡镇 is not the list's area; the 村/社区 holds
// more than the village or community (a 组, a house number); the household
// size is not 1–30; the amount is negative, or zero for a household not
// stopped; the kind of change is unknown. The list itself is refused when the
// programme publishes no lists (only monthly and quarterly programmes do), the
// period is malformed or has not begun, or a published list of the same
// programme, period and area exists (withdraw it first). A draft of the same
// key is replaced. The ID number is reduced to its keyed hash
// (requests::IdentitySeal::digest) and dropped.
//
// Publishing scans the masked rows, as the public page shows them, for ID
// numbers, mobiles and bank-card numbers (core/masking.h) and refuses while
// any is found. Each change and its audit record ("recipient_list.import",
// ".replace", ".publish", ".withdraw"; no names or numbers in the audit) commit
// together.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "keyareas/assistance_commands.h"
#include "keyareas/recipient_list.h"
#include "org/staff.h"
#include "requests/identity_seal.h"
#include "store/database.h"

namespace gongkai::keyareas {

struct RecipientImportReport {
  int64_t list_id = 0;  // 0 when refused
  int imported = 0;
  std::vector<RowProblem> problems;  // not empty = nothing was stored
};

// Throws Forbidden; InvalidInput for a bad list header (programme, period,
// area, kind); Conflict when a published list of that key exists. Bad rows
// are in the report.
RecipientImportReport import_recipient_list(store::Connection& connection, const org::StaffActor& staff,
                                            const requests::IdentitySeal& seal, CivilDate today,
                                            const RecipientListInput& list, const std::vector<RecipientRowInput>& rows);

// Publishes a draft on `today`; its window (recipient_terms.h) starts then.
// NotFound (no such list of the agency), Conflict (not a draft).
void publish_recipient_list(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            int64_t list_id);

// Withdraws a published list; the reason is required (≤ 500 bytes).
// NotFound, Conflict (not published), InvalidInput (no reason).
void withdraw_recipient_list(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                             int64_t list_id, const std::string& reason);

}  // namespace gongkai::keyareas
