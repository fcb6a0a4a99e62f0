// gongkai/proposals/proposal_queries.h
//
// Reading 建议提案 for the pages: the public results (办理结果公开) grouped by
// session — only published items, and nothing of the contact with the
// proposer — and the back office's list with each item's due status on a
// given day: replied, overdue (past due_on without a reply) or due soon
// (within `soon_days` days, due_on included).
#pragma once

#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/working_day_calendar.h"
#include "proposals/proposal.h"
#include "store/database.h"

namespace gongkai::proposals {

struct PublicResult {
  std::string number;
  std::string title;
  std::string proposers;
  std::string topics;
  std::string grade_label;  // "A类：已经解决或基本解决"
  std::string replied_on;
  std::string summary;
  std::string published_on;
};

struct PublicSession {
  Session session;
  std::string body_label;  // 人大代表建议 / 政协委员提案
  std::vector<PublicResult> results;
};

// Sessions with at least one published item, in the order registered.
std::vector<PublicSession> published_results(store::Connection& connection, int64_t agency_id);

enum class DueStatus { kReplied, kOverdue, kDueSoon, kOpen };

struct TrackedProposal {
  Proposal proposal;
  std::string session_name;
  DueStatus status = DueStatus::kOpen;
  int days_left = 0;  // due_on − today (negative when overdue)
};

struct ProposalBoard {
  std::vector<TrackedProposal> items;  // all, by session then as registered
  int due_soon = 0;
  int overdue = 0;
};

ProposalBoard proposal_board(store::Connection& connection, int64_t agency_id, CivilDate today, int soon_days = 15);

// One item of the agency with its status; NotFound when there is none.
TrackedProposal tracked_proposal(store::Connection& connection, int64_t agency_id, int64_t proposal_id, CivilDate today,
                                 int soon_days = 15);

// The main dashboard's block: the items not yet replied to that are overdue
// (due_on before today) or due within `working_days` working days (due_on
// on or before the N-th working day after today), earliest due first.
// `days_left` is in working days for those not yet due, and the negative
// count of calendar days past due for the overdue.
inline constexpr int kDashboardDueWorkingDays = 10;
std::vector<TrackedProposal> replies_due(store::Connection& connection, const WorkingDayCalendar& calendar,
                                         int64_t agency_id, CivilDate today,
                                         int working_days = kDashboardDueWorkingDays);

// The item's earlier rounds that ended in an objection (重新办理), oldest
// first; NotFound when the agency has no such item.
std::vector<HandlingRound> handling_rounds(store::Connection& connection, int64_t agency_id, int64_t proposal_id);

std::vector<Session> list_sessions(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::proposals
