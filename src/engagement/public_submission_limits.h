// gongkai/engagement/public_submission_limits.h
//
// The limits on what the public may send through the portal's forms
// (意见征集 comments, 行政首长信箱 letters): field lengths and how many
// submissions one address may make in an hour. One table, read by the
// domain; changing a limit is changing this file.
#pragma once

#include <chrono>
#include <cstddef>

namespace gongkai::engagement {

struct PublicSubmissionLimits {
  size_t name_chars;     // 姓名
  size_t contact_chars;  // 联系方式 (phone or e-mail)
  size_t subject_chars;  // 标题
  size_t body_chars;     // 意见或来信内容
  size_t address_chars;  // 通讯地址
  int per_address;       // submissions from one address …
  std::chrono::seconds window;  // … within this window
};

// 意见征集: at most 5 comments from one address per hour, across consultations.
inline constexpr PublicSubmissionLimits kCommentLimits{50, 100, 0, 2000, 0, 5, std::chrono::hours{1}};
// 行政首长信箱: at most 3 letters from one address per hour.
inline constexpr PublicSubmissionLimits kLetterLimits{50, 100, 100, 5000, 200, 3, std::chrono::hours{1}};

}  // namespace gongkai::engagement
