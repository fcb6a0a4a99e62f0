// gongkai/engagement/consultation.h
//
// 意见征集: a draft put out for public comment before an important policy,
// with its 起草背景 and 决策依据, an opening and a closing day (both
// inclusive), the comments, and — after closing — how the comments were
// adopted (采纳情况). The phase is derived from the dates, never stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.h"

namespace gongkai::engagement {

enum class ConsultationPhase {
  kNotStarted,  // 未开始: before the opening day
  kOpen,        // 征集中: from the opening to the closing day, inclusive
  kClosed,      // 已结束: after the closing day
};

ConsultationPhase consultation_phase(CivilDate opens_on, CivilDate closes_on, CivilDate today);
// "未开始", "征集中", "已结束".
std::string_view phase_label(ConsultationPhase phase);
// "not_started", "open", "closed" (CSS classes, tests).
std::string_view phase_key(ConsultationPhase phase);

struct Consultation {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string title;
  std::string draft_text;   // 征求意见稿
  std::string background;   // 起草背景
  std::string basis;        // 决策依据
  CivilDate opens_on;
  CivilDate closes_on;
  std::optional<int64_t> policy_item_id;  // the policy finally adopted
  std::string adoption_summary;           // 采纳情况 ("" until published)
  std::optional<CivilDate> adoption_published_on;
  bool published = true;                  // shown on the portal
  std::string created_by;
  std::string created_at;

  ConsultationPhase phase(CivilDate today) const { return consultation_phase(opens_on, closes_on, today); }
  bool adoption_published() const { return adoption_published_on.has_value(); }
};

// The moderation of a comment: pending until staff approve (shown on the
// portal) or reject it (never shown).
enum class Moderation { kPending, kApproved, kRejected };
std::string_view moderation_key(Moderation moderation);   // "pending" …
std::string_view moderation_label(Moderation moderation); // "待审核", "已公开", "未通过"
std::optional<Moderation> moderation_from_key(std::string_view key);

// Whether a comment was taken up in the final text.
enum class Adoption { kUndecided, kAdopted, kPartly, kNotAdopted };
std::string_view adoption_key(Adoption adoption);    // "", "adopted", "partly", "not_adopted"
std::string_view adoption_label(Adoption adoption);  // "", "采纳", "部分采纳", "未采纳"
std::optional<Adoption> adoption_from_key(std::string_view key);

struct ConsultationComment {
  int64_t id = 0;
  int64_t consultation_id = 0;
  std::string commenter_name;  // as written; public pages show it masked
  std::string contact;         // never on a public page
  std::string body;
  std::string remote_address;
  std::string submitted_at;
  Moderation moderation = Moderation::kPending;
  Adoption adoption = Adoption::kUndecided;
  std::string response;        // the agency's answer to the comment
  std::string moderated_by;
};

}  // namespace gongkai::engagement
