// gongkai/engagement/consultation_commands.h
//
// The write side of 意见征集. Staff functions check the role
// (kManageConsultations) and that the consultation belongs to the staff's
// agency (another agency's is NotFound); every change is one transaction
// with its audit record (within_transaction.h). Rules that hold whatever
// the route:
//   - the closing day is not before the opening day; the same title opened
//     on the same day twice is a double submit (Conflict);
//   - the public comments only while the consultation is open (Conflict
//     before the opening day and after the closing day), at most 5 comments
//     an hour from one address (Conflict), with a body of at most 2000 字;
//   - 采纳情况 is published only after the closing day and when no comment
//     awaits moderation (Conflict otherwise), and then the draft is frozen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "engagement/consultation.h"
#include "engagement/moment.h"
#include "engagement/public_submission.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::engagement {

struct ConsultationDraft {
  std::string title;
  std::string draft_text;  // 征求意见稿
  std::string background;  // 起草背景
  std::string basis;       // 决策依据
  std::string opens_on;    // YYYY-MM-DD
  std::string closes_on;   // YYYY-MM-DD
  bool published = true;   // shown on the portal
};

// Opens a consultation of the staff's agency; returns its id.
int64_t open_consultation(store::Connection& connection, const org::StaffActor& staff,
                          const ConsultationDraft& draft, const Moment& at);

// Replaces the texts and dates. Conflict once 采纳情况 is published.
void update_consultation(store::Connection& connection, const org::StaffActor& staff, int64_t id,
                         const ConsultationDraft& draft);

struct NewComment {
  std::string commenter_name;  // optional; shown masked
  std::string contact;         // optional; never shown publicly
  std::string body;            // required
};

// A comment from the public on a published consultation (NotFound for an
// unpublished or unknown one). Returns the comment's id; it waits for
// moderation. The same text sent again from the same address is the same
// comment (a double submit): its id is returned and nothing is written.
int64_t submit_comment(store::Connection& connection, const PublicSender& sender, int64_t consultation_id,
                       const NewComment& comment);

struct CommentDecision {
  Moderation moderation = Moderation::kApproved;  // kApproved or kRejected
  Adoption adoption = Adoption::kUndecided;
  std::string response;  // the agency's answer, shown with an approved comment
};

void moderate_comment(store::Connection& connection, const org::StaffActor& staff, int64_t comment_id,
                      const CommentDecision& decision, const Moment& at);

// Publishes 采纳情况 (required text) dated `at`'s China date.
void publish_adoption(store::Connection& connection, const org::StaffActor& staff, int64_t consultation_id,
                      const std::string& summary, const Moment& at);

// Links the consultation to the policy item finally adopted (an item of the
// same agency), or unlinks it with nullopt.
void link_consultation_policy(store::Connection& connection, const org::StaffActor& staff,
                              int64_t consultation_id, std::optional<int64_t> policy_item_id);

}  // namespace gongkai::engagement
