// gongkai/proposals/proposal_tally.h
//
// The year's 建议提案 figures for the annual report (四、人大代表建议和政协提案
// 办理结果公开情况): the items assigned in `year` (交办日期 in that year),
// counted per body (npc/cppcc) × level (region/city), with the topics of each
// group and how many items carry each, and the satisfaction returned.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/database.h"

namespace gongkai::proposals {

struct TopicCount {
  std::string topic;
  int items = 0;
};

struct ProposalGroup {
  std::string body;   // npc, cppcc
  std::string level;  // region, city
  std::vector<std::string> sessions;  // session names, first assigned first
  int items = 0;
  int replied = 0;
  std::vector<TopicCount> topics;  // in the order first met (by session, then number)
};

struct ProposalTally {
  int year = 0;
  int items = 0;
  std::vector<ProposalGroup> groups;               // region before city, npc before cppcc; empty groups left out
  std::map<std::string, int> satisfaction;         // key → items (satisfied, basically, unsatisfied)
};

ProposalTally tally_proposals(store::Connection& connection, int64_t agency_id, int year);

}  // namespace gongkai::proposals
