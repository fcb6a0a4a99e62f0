// gongkai/proposals/proposal.h
//
// The records of 建议提案 work: a session (届次会议) of the 人大 or 政协 at
// one level with its reply and redo periods, and an item assigned to the
// agency with its reply, the contact with the proposer, satisfaction and
// published result, and the earlier rounds of an item redone after an
// objection. Keys of the vocabularies are in proposal_terms.h; an empty
// string means "not yet" (no reply, no contact, no satisfaction).
#pragma once

#include <cstdint>
#include <string>

namespace gongkai::proposals {

struct Session {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string name;      // 自治区第十一届人大七次会议
  std::string body;      // npc, cppcc
  std::string level;     // region, city
  int reply_months = 3;  // 答复期限（月）
  int redo_months = 1;   // 重新办理期限（月）: after an objection, from 重新交办
};

struct Proposal {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t session_id = 0;
  std::string number;
  std::string title;
  std::string proposers;  // "、"-separated names
  std::string topics;     // "、"-separated topic tags
  std::string handling_role;
  std::string assigned_on;  // YYYY-MM-DD
  std::string due_on;
  std::string reply_text;
  std::string reply_grade;
  std::string replied_on;
  std::string contacted_on;
  std::string contact_way;
  std::string satisfaction;
  std::string result_summary;
  bool published = false;
  std::string published_on;
  // 延期办理: the day the proposer was told why the reply takes longer, and
  // what was said; due_on then lies 6 months after assignment (reply_due_date.h).
  std::string extended_on;
  std::string extension_note;
  // 重新交办: the day of the latest re-assignment after an objection ("" when
  // none); due_on then lies the session's redo_months after it, and the
  // reply, contact and satisfaction columns belong to the new round.
  std::string reassigned_on;
};

// A round of handling that ended in the proposer's objection (不满意), kept
// whole when the item is re-assigned (重新办理).
struct HandlingRound {
  int number = 1;           // 1 = the first handling
  std::string assigned_on;  // 交办 (round 1) or 重新交办
  std::string due_on;
  std::string extended_on;
  std::string reply_grade;
  std::string reply_text;
  std::string replied_on;
  std::string contacted_on;
  std::string contact_way;
  std::string satisfaction;
  std::string objection;      // what the proposer objected to
  std::string reassigned_on;  // the 重新交办 that ended the round
};

}  // namespace gongkai::proposals
