// /a11y?mode=large|standard&back=<path>: the 大字版 switch (适老化), which works
// without JavaScript: it sets or clears a cookie and sends the visitor back
// (303) to a same-site path. /healthz answers "ok".
#include "core/errors.h"
#include "portal/request_params.h"
#include "portal/routes.h"

namespace gongkai::portal {

namespace {

constexpr int kCookieSeconds = 365 * 24 * 3600;

// A Location header must be ASCII: escape the bytes of non-ASCII characters and spaces.
std::string ascii_location(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || c == ' ') {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    } else {
      out += c;
    }
  }
  return out;
}

web::Response switch_text_size(const web::Request& request) {
  std::string mode = text_param(request, "mode");
  if (mode != "large" && mode != "standard") throw InvalidInput("显示模式无效：应为大字版或标准版。");
  std::string back = safe_back_path(text_param(request, "back")).value_or("/");
  web::Response response = web::Response::redirect(ascii_location(back), 303);
  std::string cookie = std::string(kLargeTextCookie) + "=";
  cookie += mode == "large" ? "large; Max-Age=" + std::to_string(kCookieSeconds) : std::string("; Max-Age=0");
  cookie += "; Path=/; SameSite=Lax; HttpOnly";
  response.set_header("Set-Cookie", cookie);
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace

void register_utility_routes(web::Router& router, app::App& app) {
  router.get("/a11y", [](const web::Request& r, const web::PathParams&) { return switch_text_size(r); });
  router.get("/healthz", [](const web::Request&, const web::PathParams&) { return web::Response::text("ok"); });
}

}  // namespace gongkai::portal
