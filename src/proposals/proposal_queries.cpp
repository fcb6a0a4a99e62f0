#include "proposals/proposal_queries.h"

#include <algorithm>
#include <map>

#include "core/errors.h"
#include "proposals/proposal_repository.h"
#include "proposals/proposal_terms.h"

namespace gongkai::proposals {

std::vector<PublicSession> published_results(store::Connection& connection, int64_t agency_id) {
  std::vector<PublicSession> out;
  std::map<int64_t, size_t> index;
  for (const auto& s : detail::select_sessions(connection, agency_id)) {
    index[s.id] = out.size();
    out.push_back({s, std::string(label_of(bodies(), s.body)), {}});
  }
  for (const auto& p : detail::select_proposals(connection, agency_id, true)) {
    out[index.at(p.session_id)].results.push_back({p.number, p.title, p.proposers, p.topics,
                                                   std::string(label_of(reply_grades(), p.reply_grade)),
                                                   p.replied_on, p.result_summary, p.published_on});
  }
  std::erase_if(out, [](const PublicSession& s) { return s.results.empty(); });
  return out;
}

ProposalBoard proposal_board(store::Connection& connection, int64_t agency_id, CivilDate today, int soon_days) {
  std::map<int64_t, std::string> names;
  for (const auto& s : detail::select_sessions(connection, agency_id)) names[s.id] = s.name;
  ProposalBoard board;
  for (auto& p : detail::select_proposals(connection, agency_id, false)) {
    TrackedProposal t{p, names[p.session_id]};
    const auto due = parse_date(p.due_on);
    t.days_left = due ? days_since_epoch(*due) - days_since_epoch(today) : 0;
    if (!p.replied_on.empty()) {
      t.status = DueStatus::kReplied;
    } else if (t.days_left < 0) {
      t.status = DueStatus::kOverdue;
      ++board.overdue;
    } else if (t.days_left <= soon_days) {
      t.status = DueStatus::kDueSoon;
      ++board.due_soon;
    }
    board.items.push_back(std::move(t));
  }
  return board;
}

TrackedProposal tracked_proposal(store::Connection& connection, int64_t agency_id, int64_t proposal_id, CivilDate today,
                                 int soon_days) {
  for (auto& t : proposal_board(connection, agency_id, today, soon_days).items) {
    if (t.proposal.id == proposal_id) return std::move(t);
  }
  throw NotFound("建议提案不存在");
}

std::vector<TrackedProposal> replies_due(store::Connection& connection, const WorkingDayCalendar& calendar,
                                         int64_t agency_id, CivilDate today, int working_days) {
  const CivilDate limit = calendar.add_working_days(today, working_days).due;
  std::vector<TrackedProposal> due;
  for (auto& t : proposal_board(connection, agency_id, today).items) {
    if (t.status == DueStatus::kReplied) continue;
    const auto due_on = parse_date(t.proposal.due_on);
    if (!due_on || *due_on > limit) continue;
    if (*due_on < today) {
      t.status = DueStatus::kOverdue;
    } else {
      t.status = DueStatus::kDueSoon;
      t.days_left = calendar.working_days_between(today, *due_on);
    }
    due.push_back(std::move(t));
  }
  std::stable_sort(due.begin(), due.end(),
                   [](const TrackedProposal& a, const TrackedProposal& b) { return a.proposal.due_on < b.proposal.due_on; });
  return due;
}

std::vector<HandlingRound> handling_rounds(store::Connection& connection, int64_t agency_id, int64_t proposal_id) {
  if (!detail::find_proposal(connection, agency_id, proposal_id)) throw NotFound("建议提案不存在");
  return detail::select_rounds(connection, proposal_id);
}

std::vector<Session> list_sessions(store::Connection& connection, int64_t agency_id) {
  return detail::select_sessions(connection, agency_id);
}

}  // namespace gongkai::proposals
