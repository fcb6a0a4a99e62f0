// gongkai/accounts/password.h
//
// Staff passwords: the policy (密码规则: at least 8 characters and three of
// the four classes lower-case letter, upper-case letter, digit, other), and
// argon2id hashing through libsodium (crypto_pwhash_str with the
// INTERACTIVE limits, about 64 MiB and a tenth of a second on a 2-core
// server). Only the hash string is stored.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::accounts {

inline constexpr size_t kMinPasswordLength = 8;    // characters
inline constexpr size_t kMaxPasswordLength = 128;  // bytes; bounds the hashing work

// Why `password` breaks the policy (in Chinese), or nullopt when it is acceptable.
std::optional<std::string> password_policy_problem(std::string_view password, std::string_view username = {});

// Throws InvalidInput with password_policy_problem's message.
void require_password_policy(std::string_view password, std::string_view username = {});

// An argon2id hash string ("$argon2id$v=19$m=65536,t=2,p=1$…").
std::string hash_password(std::string_view password);

// True when `password` matches `hash` (false for a malformed hash).
bool verify_password(std::string_view password, const std::string& hash);

}  // namespace gongkai::accounts
