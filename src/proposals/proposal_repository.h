// gongkai/proposals/proposal_repository.h
//
// The SQL of the proposals module (tables of migrations/006_proposals.sql),
// for its own commands and queries only. No checks, no audit: callers do both.
#pragma once

#include <optional>
#include <vector>

#include "proposals/proposal.h"
#include "store/database.h"

namespace gongkai::proposals::detail {

int64_t insert_session(store::Connection& connection, const Session& session);
std::optional<Session> find_session(store::Connection& connection, int64_t agency_id, int64_t session_id);
std::optional<Session> find_session_by_name(store::Connection& connection, int64_t agency_id,
                                            const std::string& name);
std::vector<Session> select_sessions(store::Connection& connection, int64_t agency_id);

int64_t insert_proposal(store::Connection& connection, const Proposal& proposal);
void update_proposal(store::Connection& connection, const Proposal& proposal);
std::optional<Proposal> find_proposal(store::Connection& connection, int64_t agency_id, int64_t proposal_id);
// The rounds of an item that ended in an objection, oldest first.
std::vector<HandlingRound> select_rounds(store::Connection& connection, int64_t proposal_id);
void insert_round(store::Connection& connection, int64_t proposal_id, const HandlingRound& round);

bool proposal_number_taken(store::Connection& connection, int64_t session_id, const std::string& number);
// All items of the agency, by session then as registered; only published ones when `published_only`.
std::vector<Proposal> select_proposals(store::Connection& connection, int64_t agency_id, bool published_only);

}  // namespace gongkai::proposals::detail
