// gongkai/accounts/instant.h
//
// Instants (a point in time, UTC) as the accounts tables store them:
// "2026-11-27T03:04:05Z", whole seconds. The fixed width makes the text
// order the time order, so SQL may compare them as strings. Domain functions
// take `now` as a parameter so tests can move time without sleeping.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai::accounts {

using Instant = std::chrono::system_clock::time_point;

std::string format_instant(Instant instant);

// Parses exactly the form format_instant writes; nullopt otherwise.
std::optional<Instant> parse_instant(std::string_view text);

}  // namespace gongkai::accounts
