#include "proposals/proposal_tally.h"

#include <algorithm>

#include "proposals/proposal_repository.h"
#include "proposals/proposal_terms.h"

namespace gongkai::proposals {
namespace {

std::vector<std::string> split_tags(const std::string& text) {
  static const std::string kSeparator = "、";
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find(kSeparator, start);
    const std::string tag = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!tag.empty()) out.push_back(tag);
    if (end == std::string::npos) break;
    start = end + kSeparator.size();
  }
  return out;
}

void count_topic(ProposalGroup& group, const std::string& topic) {
  auto found = std::find_if(group.topics.begin(), group.topics.end(),
                            [&](const TopicCount& t) { return t.topic == topic; });
  if (found == group.topics.end()) {
    group.topics.push_back({topic, 1});
    return;
  }
  ++found->items;
}

void add_session_name(ProposalGroup& group, const std::string& name) {
  if (std::find(group.sessions.begin(), group.sessions.end(), name) == group.sessions.end()) {
    group.sessions.push_back(name);
  }
}

}  // namespace

ProposalTally tally_proposals(store::Connection& connection, int64_t agency_id, int year) {
  ProposalTally tally;
  tally.year = year;
  for (const auto& level : levels()) {
    for (const auto& body : bodies()) tally.groups.push_back({std::string(body.key), std::string(level.key), {}, 0, 0, {}});
  }
  std::map<int64_t, Session> sessions;
  for (auto& s : detail::select_sessions(connection, agency_id)) sessions.emplace(s.id, s);
  const std::string prefix = std::to_string(year) + "-";
  for (const auto& p : detail::select_proposals(connection, agency_id, false)) {
    if (p.assigned_on.rfind(prefix, 0) != 0) continue;
    const Session& session = sessions.at(p.session_id);
    auto group = std::find_if(tally.groups.begin(), tally.groups.end(), [&](const ProposalGroup& g) {
      return g.body == session.body && g.level == session.level;
    });
    if (group == tally.groups.end()) continue;
    ++tally.items;
    ++group->items;
    if (!p.replied_on.empty()) ++group->replied;
    add_session_name(*group, session.name);
    for (const auto& topic : split_tags(p.topics)) count_topic(*group, topic);
    if (!p.satisfaction.empty()) ++tally.satisfaction[p.satisfaction];
  }
  std::erase_if(tally.groups, [](const ProposalGroup& g) { return g.items == 0; });
  return tally;
}

}  // namespace gongkai::proposals
