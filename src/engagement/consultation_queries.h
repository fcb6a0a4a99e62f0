// gongkai/engagement/consultation_queries.h
//
// The read side of 意见征集. The public view (public_comments) holds only
// approved comments, the commenter's name masked (张小明 → 张*明, none →
// 匿名) and personal data in the text masked, the commenter's own name and
// contact included wherever they appear; the contact itself is never shown.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engagement/consultation.h"
#include "store/database.h"

namespace gongkai::engagement {

std::optional<Consultation> find_consultation(store::Connection& connection, int64_t id);

// The agency's consultations, latest opening day first; `public_only`
// leaves out the unpublished ones.
std::vector<Consultation> list_consultations(store::Connection& connection, int64_t agency_id, bool public_only);

// A published consultation of the agency, or nullopt.
std::optional<Consultation> find_public_consultation(store::Connection& connection, int64_t agency_id, int64_t id);

// The published consultations linked to a policy item (its 意见征集), oldest first.
std::vector<Consultation> consultations_for_policy(store::Connection& connection, int64_t policy_item_id);

std::optional<ConsultationComment> find_comment(store::Connection& connection, int64_t id);

// Every comment (staff view), in the order received.
std::vector<ConsultationComment> list_comments(store::Connection& connection, int64_t consultation_id);

int64_t count_comments(store::Connection& connection, int64_t consultation_id, Moderation moderation);

struct PublicComment {
  int64_t id = 0;
  std::string name;          // masked, or "匿名"
  std::string body;          // personal data masked
  std::string submitted_on;  // YYYY-MM-DD (China)
  std::string adoption;      // "采纳" … or ""
  std::string response;
};

// The approved comments, in the order received.
std::vector<PublicComment> public_comments(store::Connection& connection, int64_t consultation_id);

struct PolicyChoice {
  int64_t item_id = 0;
  std::string title;
  std::string published_date;
};

// The agency's published items a consultation may be linked to, newest first (at most 200).
std::vector<PolicyChoice> policy_choices(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::engagement
