// gongkai/engagement/letter.h
//
// 行政首长信箱: a letter from the public, its tracking code, the day it was
// received and the day the reply is due (the agency's reply period in
// working days after the day received), who handles it, the reply, and —
// when staff publish it — the exchange as the public reads it, with the
// writer's personal data masked. The status is derived, never stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.h"

namespace gongkai::engagement {

enum class LetterStatus {
  kReceived,  // 待分办: nobody assigned yet
  kAssigned,  // 办理中
  kReplied,   // 已答复
};

std::string_view letter_status_label(LetterStatus status);
std::string_view letter_status_key(LetterStatus status);  // "received", "assigned", "replied"

struct Letter {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string tracking_code;
  std::string writer_name;
  std::string phone;
  std::string email;
  std::string address;
  std::string subject;
  std::string body;
  std::string remote_address;
  std::string submitted_at;
  CivilDate received_on;
  CivilDate due_on;
  std::optional<int64_t> assigned_user_id;
  std::string assigned_user_name;  // display name, "" when unassigned
  std::string reply;
  std::optional<CivilDate> replied_on;
  std::string replied_by;
  bool published = false;
  std::string public_subject;
  std::string public_body;
  std::string public_reply;

  LetterStatus status() const {
    if (replied_on) return LetterStatus::kReplied;
    return assigned_user_id ? LetterStatus::kAssigned : LetterStatus::kReceived;
  }
  // Not replied and the due day has passed.
  bool overdue(CivilDate today) const { return !replied_on && today > due_on; }
};

}  // namespace gongkai::engagement
