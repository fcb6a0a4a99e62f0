// gongkai/admin/admin_cookies.h
//
// The back office's cookies, all HttpOnly, SameSite=Strict and Path=/admin,
// and Secure when the request came over HTTPS through the reverse proxy
// (X-Forwarded-Proto: https):
//   gk_session  the session token (accounts/session.h); a browser-session cookie
//   gk_flash    a one-shot message for the page after a redirect (60 s)
//   gk_login    the login form's CSRF token (double submit), before any session
#pragma once

#include <optional>
#include <string>

#include "web/http.h"

namespace gongkai::admin {

inline constexpr const char* kSessionCookie = "gk_session";
inline constexpr const char* kFlashCookie = "gk_flash";
inline constexpr const char* kLoginCookie = "gk_login";

// True when X-Forwarded-Proto says the client used HTTPS.
bool came_over_https(const web::Request& request);

// "name=value; Path=/admin; HttpOnly; SameSite=Strict[; Max-Age=…][; Secure]".
// max_age_seconds < 0 means a browser-session cookie; 0 deletes it.
std::string cookie_header(const std::string& name, const std::string& value, bool secure, int max_age_seconds = -1);

// Appends a Set-Cookie header (several may be set on one response).
void set_cookie(web::Response& response, const std::string& name, const std::string& value, bool secure,
                int max_age_seconds = -1);

// The flash message carried by the request's cookie, or "".
std::string flash_from(const web::Request& request);

// `next` when it is a back-office path to return to after signing in, else "/admin/".
std::string safe_next(const std::string& next);

}  // namespace gongkai::admin
