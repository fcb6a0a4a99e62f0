// gongkai/engagement/tracking_code.h
//
// The tracking code (查询码) a letter writer gets: 12 characters drawn with
// libsodium's randombytes_uniform from 31 that cannot be confused when read
// aloud or copied by hand (no 0/O, 1/I/L): about 59 bits, so it cannot be
// guessed. Shown as three groups "ABCD-EFGH-JKMN"; stored without dashes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::engagement {

inline constexpr size_t kTrackingCodeLength = 12;

std::string generate_tracking_code();

// What a visitor typed, upper-cased, without blanks and dashes; nullopt
// when it cannot be a tracking code (wrong length or character).
std::optional<std::string> normalize_tracking_code(std::string_view typed);

// "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN".
std::string format_tracking_code(std::string_view code);

}  // namespace gongkai::engagement
