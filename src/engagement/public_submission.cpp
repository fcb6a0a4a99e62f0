#include "engagement/public_submission.h"

#include "core/errors.h"
#include "core/field_text.h"
#include "core/text.h"

namespace gongkai::engagement {

void serialize_submissions(store::Connection& connection, SubmissionKind kind) {
  // SQLite's writers are serial already (BEGIN IMMEDIATE).
  if (connection.engine() != store::Engine::kPostgres) return;
  connection.execute(kind == SubmissionKind::kComment ? "LOCK TABLE consultation_comments IN SHARE ROW EXCLUSIVE MODE"
                                                      : "LOCK TABLE letters IN SHARE ROW EXCLUSIVE MODE");
}

void check_submission_rate(store::Connection& connection, SubmissionKind kind, const PublicSender& sender,
                           const PublicSubmissionLimits& limits) {
  const std::string since = sender.at.iso_minus(limits.window);
  const std::string until = sender.at.iso();
  const char* sql = kind == SubmissionKind::kComment
                        ? "SELECT COUNT(*) FROM consultation_comments WHERE remote_address = ? "
                          "AND submitted_at > ? AND submitted_at <= ?"
                        : "SELECT COUNT(*) FROM letters WHERE remote_address = ? "
                          "AND submitted_at > ? AND submitted_at <= ?";
  const int64_t recent = connection.query_one(sql, {sender.remote_address, since, until})->integer(0);
  if (recent < limits.per_address) return;
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(limits.window).count();
  const std::string what = kind == SubmissionKind::kComment ? "意见" : "来信";
  throw TooManyRequests("提交过于频繁：同一网络地址" + std::to_string(minutes) + "分钟内最多提交" +
                        std::to_string(limits.per_address) + "条" + what + "，请稍后再试。");
}

std::string checked_text(std::string_view raw, std::string_view what, size_t max_chars, bool required,
                         bool keep_newlines) {
  std::string text = normalize_text(raw, keep_newlines);
  if (required && text.empty()) throw InvalidInput(std::string(what) + "不能为空");
  if (max_chars > 0) check_length(text, what, max_chars);
  return text;
}

}  // namespace gongkai::engagement
