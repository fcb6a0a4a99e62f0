// gongkai/accounts/base32.h
//
// RFC 4648 base32 (A–Z, 2–7), the form authenticator apps take a TOTP
// secret in. Encoding writes no padding; decoding ignores case, spaces and
// '=' padding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::accounts {

std::string base32_encode(std::string_view bytes);

// nullopt when `text` holds a character outside the alphabet.
std::optional<std::string> base32_decode(std::string_view text);

}  // namespace gongkai::accounts
