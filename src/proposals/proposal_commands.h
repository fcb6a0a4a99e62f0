// gongkai/proposals/proposal_commands.h
//
// Handling 建议提案: registering a session and the items assigned to the
// agency, then each item's reply (答复, graded A–D), the contact with the
// proposer and the satisfaction returned (满意/基本满意/不满意), and the
// publication of the result (办理结果公开, a summary without the proposer's
// contact details). The role must hold kManageKeyAreas; records belong to the
// actor's agency. Inputs are text as a form sends them; a bad field (unknown
// grade, role or satisfaction, a date that is malformed, in the future, or a
// reply before the assignment) throws InvalidInput and stores nothing. Each
// change and its audit record ("proposal_session.create", "proposal.create",
// "proposal.reply", "proposal.contact", "proposal.publish", "proposal.extend",
// "proposal.reassign") commit together.
#pragma once

#include <cstdint>
#include <string>

#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::proposals {

struct SessionInput {
  std::string name;
  std::string body;          // npc / cppcc (or the label)
  std::string level;         // region / city (or the label)
  std::string reply_months;  // "" = 3
  std::string redo_months;   // "" = 1 (重新办理期限, 1–6)
};

struct ProposalInput {
  int64_t session_id = 0;
  std::string number;
  std::string title;
  std::string proposers;
  std::string topics;
  std::string handling_role;  // lead / co / separate (or 主办/会办/分办)
  std::string assigned_on;
};

struct ReplyInput {
  std::string grade;  // A B C D
  std::string text;
  std::string replied_on;
};

struct ReassignInput {
  std::string reassigned_on;  // 重新交办日期
  std::string objection;      // the proposer's objection (代表委员的意见)
};

struct ContactInput {
  std::string contacted_on;
  std::string way;           // 电话、座谈、走访…
  std::string satisfaction;  // "" = not yet returned
};

// Returns the session id. Conflict when the agency already has one of that name.
int64_t create_session(store::Connection& connection, const org::StaffActor& staff, const SessionInput& input);

// Returns the item id; its due date is the session's months after assigned_on.
// NotFound (session), Conflict (number taken in the session).
int64_t add_proposal(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                     const ProposalInput& input);

// The reply of the round in hand. Conflict when the round already has one
// (a proposer who objects gets a new round: reassign_after_objection).
void record_reply(store::Connection& connection, const org::StaffActor& staff, CivilDate today, int64_t proposal_id,
                  const ReplyInput& input);

void record_contact(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                    int64_t proposal_id, const ContactInput& input);

// 延期办理 (spec/regulation.md): the reply cannot come within the period, the
// proposer has been told why (`note`, required) on `today`; the reply is then
// due kExtendedReplyMonths after assignment. Once per item, before the reply
// and not after the original due date (InvalidInput); Conflict when already
// replied or extended. Audited as "proposal.extend".
void extend_reply(store::Connection& connection, const org::StaffActor& staff, CivilDate today, int64_t proposal_id,
                  const std::string& note);

// 重新办理 (spec/regulation.md): the proposer returned 不满意 and objected; the
// item was re-assigned on input.reassigned_on (not before the reply, not in
// the future). The round in hand is kept whole with the objection
// (HandlingRound), the reply, contact and satisfaction are cleared for the
// new round, and the reply is due the session's redo_months after the
// re-assignment (reply_due_date.h clamping); no extension applies to it.
// Conflict when the item has no reply or its satisfaction is not 不满意.
// Audited as "proposal.reassign"; the published result stays as published
// until the new one is.
void reassign_after_objection(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                              int64_t proposal_id, const ReassignInput& input);

// Publishes the result summary on `today`; the item must have been replied to.
void publish_result(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                    int64_t proposal_id, const std::string& summary);

}  // namespace gongkai::proposals
