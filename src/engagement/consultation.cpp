#include "engagement/consultation.h"

namespace gongkai::engagement {

ConsultationPhase consultation_phase(CivilDate opens_on, CivilDate closes_on, CivilDate today) {
  if (today < opens_on) return ConsultationPhase::kNotStarted;
  if (today > closes_on) return ConsultationPhase::kClosed;
  return ConsultationPhase::kOpen;
}

std::string_view phase_label(ConsultationPhase phase) {
  switch (phase) {
    case ConsultationPhase::kNotStarted: return "未开始";
    case ConsultationPhase::kOpen: return "征集中";
    case ConsultationPhase::kClosed: return "已结束";
  }
  return "";
}

std::string_view phase_key(ConsultationPhase phase) {
  switch (phase) {
    case ConsultationPhase::kNotStarted: return "not_started";
    case ConsultationPhase::kOpen: return "open";
    case ConsultationPhase::kClosed: return "closed";
  }
  return "";
}

std::string_view moderation_key(Moderation moderation) {
  switch (moderation) {
    case Moderation::kPending: return "pending";
    case Moderation::kApproved: return "approved";
    case Moderation::kRejected: return "rejected";
  }
  return "";
}

std::string_view moderation_label(Moderation moderation) {
  switch (moderation) {
    case Moderation::kPending: return "待审核";
    case Moderation::kApproved: return "已公开";
    case Moderation::kRejected: return "未通过";
  }
  return "";
}

std::optional<Moderation> moderation_from_key(std::string_view key) {
  for (Moderation m : {Moderation::kPending, Moderation::kApproved, Moderation::kRejected}) {
    if (moderation_key(m) == key) return m;
  }
  return std::nullopt;
}

std::string_view adoption_key(Adoption adoption) {
  switch (adoption) {
    case Adoption::kUndecided: return "";
    case Adoption::kAdopted: return "adopted";
    case Adoption::kPartly: return "partly";
    case Adoption::kNotAdopted: return "not_adopted";
  }
  return "";
}

std::string_view adoption_label(Adoption adoption) {
  switch (adoption) {
    case Adoption::kUndecided: return "";
    case Adoption::kAdopted: return "采纳";
    case Adoption::kPartly: return "部分采纳";
    case Adoption::kNotAdopted: return "未采纳";
  }
  return "";
}

std::optional<Adoption> adoption_from_key(std::string_view key) {
  for (Adoption a : {Adoption::kUndecided, Adoption::kAdopted, Adoption::kPartly, Adoption::kNotAdopted}) {
    if (adoption_key(a) == key) return a;
  }
  return std::nullopt;
}

}  // namespace gongkai::engagement
