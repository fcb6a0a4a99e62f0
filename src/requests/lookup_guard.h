// gongkai/requests/lookup_guard.h
//
// The applicant's own look-up with a tracking code (查询码) and a query
// password (查询密码), shared by every kind of case the public tracks
// (依申请公开 applications, 政务服务 window cases):
//   - the password is 10 characters from the tracking-code alphabet, shown
//     once; only its SHA-256 is stored;
//   - after kLookupFailuresPerAddress failures from one address within
//     kLookupWindow, or kLookupFailuresPerCode against one code, every
//     look-up from there (or of that code) is refused with TooManyRequests
//     until the window passes. Failures of both kinds of case count together, in the
//     store (application_lookup_failures), so the limit holds across restarts
//     and server nodes.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "engagement/public_submission.h"
#include "store/database.h"

namespace gongkai::requests {

inline constexpr int kLookupFailuresPerAddress = 5;
inline constexpr int kLookupFailuresPerCode = 10;
inline constexpr std::chrono::minutes kLookupWindow{15};
inline constexpr size_t kQueryPasswordLength = 10;

std::string new_query_password();
std::string query_password_hash(std::string_view password);
// True when `password` is not empty and hashes to `stored_hash`.
bool query_password_matches(std::string_view password, std::string_view stored_hash);

// Throws TooManyRequests("查询密码错误次数过多…") when the sender's address or
// `code_key` (the normalised code, or what was typed) has used up its failures.
void require_lookup_allowed(store::Connection& connection, const engagement::PublicSender& sender,
                            const std::string& code_key);

// Counts a failed look-up in its own transaction (so it stays counted though
// the caller's work is refused) and throws NotFound("查询码或查询密码不正确").
[[noreturn]] void refuse_lookup(store::Connection& connection, const engagement::PublicSender& sender,
                                const std::string& code_key);

}  // namespace gongkai::requests
