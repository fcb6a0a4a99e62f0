// gongkai/accounts/secure_random.h
//
// Secrets from libsodium's CSPRNG: session and CSRF tokens are random bytes
// in lowercase hex (the store keeps only a session token's SHA-256,
// core/digest.h, so a leaked table does not hand out sessions).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::accounts {

// `bytes` random bytes (randombytes_buf), as 2×bytes lowercase hex characters.
std::string random_hex(size_t bytes);

// `bytes` random bytes, raw.
std::string random_bytes(size_t bytes);

// Compares in constant time for equal lengths (sodium_memcmp).
bool equal_secrets(std::string_view a, std::string_view b);

}  // namespace gongkai::accounts
