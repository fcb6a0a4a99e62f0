#include "admin/admin_cookies.h"

#include "web/form.h"

namespace gongkai::admin {

bool came_over_https(const web::Request& request) { return request.header("x-forwarded-proto") == "https"; }

std::string cookie_header(const std::string& name, const std::string& value, bool secure, int max_age_seconds) {
  std::string header = name + "=" + value + "; Path=/admin; HttpOnly; SameSite=Strict";
  if (max_age_seconds >= 0) header += "; Max-Age=" + std::to_string(max_age_seconds);
  if (secure) header += "; Secure";
  return header;
}

void set_cookie(web::Response& response, const std::string& name, const std::string& value, bool secure,
                int max_age_seconds) {
  response.headers.emplace_back("Set-Cookie", cookie_header(name, value, secure, max_age_seconds));
}

std::string flash_from(const web::Request& request) {
  const auto value = web::cookie(request, kFlashCookie);
  if (!value || value->empty()) return "";
  return web::percent_decode(*value, false).value_or("");
}

std::string safe_next(const std::string& next) {
  const bool admin_path = next == "/admin" || next.rfind("/admin/", 0) == 0;
  if (!admin_path || next.find("//") != std::string::npos || next.find('\\') != std::string::npos ||
      next.find("/..") != std::string::npos) {
    return "/admin/";
  }
  for (char c : next) {
    if (static_cast<unsigned char>(c) < 0x20) return "/admin/";
  }
  if (next.rfind("/admin/login", 0) == 0) return "/admin/";
  return next;
}

}  // namespace gongkai::admin
