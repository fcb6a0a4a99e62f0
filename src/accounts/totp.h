// gongkai/accounts/totp.h
//
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1):
// 30-second steps counted from the Unix epoch, 6 digits for staff (the RFC's
// test vectors use 8, hence the parameter). A code is accepted for the
// current step and one step either side (clock drift); the caller records
// the matched step so that the same code is never accepted twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "accounts/instant.h"

namespace gongkai::accounts {

inline constexpr int64_t kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;

// The step `now` falls in: floor(unix seconds / 30).
int64_t totp_step(Instant now);

// The HOTP code of `key` (raw bytes) for `counter`, zero-padded to `digits`.
std::string hotp_code(std::string_view key, int64_t counter, int digits = kTotpDigits);

// A new secret: 20 random bytes, base32 (32 characters).
std::string new_totp_secret();

// The step whose code equals `code`, searched in now-1 … now+1 and only
// above `last_used_step`; nullopt when none (wrong, stale or replayed).
std::optional<int64_t> match_totp(const std::string& base32_secret, std::string_view code, Instant now,
                                  int64_t last_used_step, int digits = kTotpDigits);

// "otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30".
std::string otpauth_uri(const std::string& issuer, const std::string& account, const std::string& base32_secret);

}  // namespace gongkai::accounts
