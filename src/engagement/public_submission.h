// gongkai/engagement/public_submission.h
//
// What the public sends through the portal (意见征集 comments, 行政首长信箱
// letters): who sent it (the remote address — there is no account), when,
// and the checks every public submission passes: field lengths, and at most
// N submissions from one address in the window of public_submission_limits.h,
// counted from the stored rows (no state in memory, so it holds across
// server nodes and restarts; serialize_submissions() makes concurrent ones
// count one after another). Too many → Conflict (HTTP 409) with a Chinese
// message saying when to try again.
#pragma once

#include <string>
#include <string_view>

#include "audit/audit_log.h"
#include "engagement/moment.h"
#include "engagement/public_submission_limits.h"
#include "store/database.h"

namespace gongkai::engagement {

struct PublicSender {
  std::string remote_address;
  Moment at;

  // The audit log's actor for a public submission: {"public", address}.
  audit::Actor audit_actor() const { return {"public", remote_address}; }
};

enum class SubmissionKind { kComment, kLetter };

// Makes concurrent submissions of `kind` wait for each other until the
// transaction ends, so that the duplicate and rate checks below see every
// earlier one (PostgreSQL: a table lock; SQLite: nothing to do). Call first,
// inside the transaction.
void serialize_submissions(store::Connection& connection, SubmissionKind kind);

// Throws Conflict when `sender` already made `limits.per_address`
// submissions of `kind` within `limits.window` before `sender.at`.
void check_submission_rate(store::Connection& connection, SubmissionKind kind, const PublicSender& sender,
                           const PublicSubmissionLimits& limits);

// Normalised text of a form field: throws InvalidInput "<what>不能为空" when
// `required` and empty, "<what>不能超过N字" when longer than `max_chars`.
std::string checked_text(std::string_view raw, std::string_view what, size_t max_chars, bool required,
                         bool keep_newlines = false);

}  // namespace gongkai::engagement
