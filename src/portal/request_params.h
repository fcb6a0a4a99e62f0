// gongkai/portal/request_params.h
//
// Reading what a visitor sent: paging and filter parameters (shared with the
// JSON API), the 大字版 cookie, and the "back" path of the /a11y switch.
// Bad values throw InvalidInput with a Chinese message (HTTP 400).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "web/http.h"

namespace gongkai::portal {

// ?page=N: 1 when absent or empty; a positive integer up to 100000 otherwise.
int parse_page(const web::Request& request);

// ?per_page=N: `fallback` when absent; 1..100 otherwise.
int parse_per_page(const web::Request& request, int fallback);

// ?year=YYYY: nullopt when absent or empty; four digits, 1900..2100 otherwise.
std::optional<int> parse_year(const web::Request& request);

// A record id from a path segment: a positive decimal of at most 18 digits.
// Anything else names nothing: throws NotFound(`not_found_message`).
int64_t parse_id(std::string_view text, const std::string& not_found_message);

// The first value of a parameter, trimmed of ASCII blanks; "" when absent.
std::string text_param(const web::Request& request, std::string_view name);

// The cookie that selects the large-text mode (适老化): "gongkai_a11y=large".
inline constexpr std::string_view kLargeTextCookie = "gongkai_a11y";

// True when the request carries the large-text cookie.
bool large_text_mode(const web::Request& request);

// `back` when it is a same-site relative path ("/…", not "//…", no
// backslash, no control character); nullopt otherwise.
std::optional<std::string> safe_back_path(std::string_view back);

}  // namespace gongkai::portal
