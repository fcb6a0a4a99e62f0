#include "admin/sign_in_routes.h"

#include <chrono>

#include "accounts/login.h"
#include "accounts/secure_random.h"
#include "accounts/totp.h"
#include "accounts/user_admin.h"
#include "accounts/user_repository.h"
#include "admin/admin_cookies.h"
#include "core/errors.h"

namespace gongkai::admin {
namespace {

constexpr const char* kStaleFormMessage = "页面已过期，请刷新后重试";

accounts::Instant now() { return std::chrono::system_clock::now(); }

// The portal agency's name for the login page's header, "" when there is none yet.
std::string agency_name(app::App& app) {
  try {
    return app.portal_agency().name;
  } catch (const NotFound&) {
    return "";
  }
}

// A back-office page for someone not signed in (the login form).
web::Response public_page(app::App& app, const std::string& template_name, const nlohmann::json& content,
                          const std::string& title, const std::string& flash, int status = 200) {
  const std::string agency = agency_name(app);
  const nlohmann::json layout = {
      {"title", title},
      {"agency", agency},
      {"has_agency", !agency.empty()},
      {"signed_in", false},
      {"flash", flash},
      {"has_flash", !flash.empty()},
      {"content_html", app.templates().render("admin/" + template_name, content)},
  };
  web::Response response = web::Response::html(app.templates().render("admin/layout", layout), status);
  response.set_header("Cache-Control", "no-store");
  return response;
}

std::string next_of(const web::Request& request) {
  return safe_next(request.query_param("next").value_or("/admin/"));
}

web::Response login_form(app::App& app, const web::Request& request, const std::string& next,
                         const std::string& username, const std::string& error, int status) {
  const bool secure = came_over_https(request);
  std::string token = web::cookie(request, kLoginCookie).value_or("");
  const bool fresh = token.size() != 32;
  if (fresh) token = accounts::random_hex(16);
  const std::string flash = flash_from(request);
  web::Response response = public_page(
      app, "login", {{"csrf", token}, {"next", next}, {"username", username}, {"error", error}, {"has_error", !error.empty()}}, "登录", flash, status);
  if (fresh) set_cookie(response, kLoginCookie, token, secure);
  if (!flash.empty()) set_cookie(response, kFlashCookie, "", secure, 0);
  return response;
}

web::Response show_login(app::App& app, const web::Request& request) {
  if (const auto token = web::cookie(request, kSessionCookie)) {
    auto connection = app.database().lease();
    auto session = accounts::find_active_session(*connection, *token, now());
    if (session && session->second_factor_done) return web::Response::redirect(next_of(request));
  }
  return login_form(app, request, next_of(request), "", "", 200);
}

web::Response submit_login(app::App& app, const web::Request& request) {
  const web::Form form = web::Form::parse(request);
  const std::string next = safe_next(form.value("next"));
  const auto expected = web::cookie(request, kLoginCookie);
  if (!expected || !accounts::equal_secrets(form.value("csrf"), *expected)) {
    return login_form(app, request, next, form.value("username"), kStaleFormMessage, 403);
  }
  const std::string username = form.value("username");
  accounts::LoginResult result;
  {
    auto connection = app.database().lease();
    result = accounts::login(*connection, username, form.value("password"), request.remote_address, now());
  }
  if (!result.ok) return login_form(app, request, next, username, result.message, 422);
  std::string location = next;
  if (result.needs_second_factor) location = "/admin/totp?next=" + web::percent_encode(next);
  else if (result.must_change_password) location = "/admin/password";
  web::Response response = web::Response::redirect(location);
  const bool secure = came_over_https(request);
  set_cookie(response, kSessionCookie, result.session->token, secure);
  set_cookie(response, kLoginCookie, "", secure, 0);
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response logout(AdminContext& context) {
  {
    auto connection = context.app.database().lease();
    accounts::logout(*connection, context.session, context.staff.remote_address);
  }
  web::Response response = web::Response::redirect("/admin/login");
  set_cookie(response, kSessionCookie, "", context.secure, 0);
  set_cookie(response, kFlashCookie, web::percent_encode("您已安全退出"), context.secure, 60);
  return response;
}

web::Response password_page(AdminContext& context, const std::string& error, int status) {
  nlohmann::json content = {
      {"forced", context.session.user.must_change_password}, {"error", error}, {"has_error", !error.empty()}};
  return render_admin_page(context, "password", std::move(content), {"修改密码", "", status});
}

web::Response change_password(AdminContext& context) {
  const std::string fresh = context.form.value("new_password");
  if (fresh != context.form.value("confirm_password")) return password_page(context, "两次输入的新密码不一致", 422);
  accounts::NewSession renewed;
  try {
    auto connection = context.app.database().lease();
    renewed = accounts::change_own_password(*connection, context.session, context.form.value("current_password"),
                                            fresh, context.staff.remote_address, now());
  } catch (const InvalidInput& problem) {
    return password_page(context, problem.what(), 422);
  }
  web::Response response = redirect_with_flash(context, "/admin/", "密码已修改");
  set_cookie(response, kSessionCookie, renewed.token, context.secure);
  return response;
}

web::Response totp_verify_page(AdminContext& context, const std::string& error, int status) {
  const std::string next = safe_next(context.request.query_param("next").value_or(context.form.value("next")));
  return render_admin_page(context, "totp_verify", {{"next", next}, {"error", error}, {"has_error", !error.empty()}},
                            {"双因素认证", "", status});
}

web::Response totp_setup_page(AdminContext& context) {
  accounts::User user;
  {
    auto connection = context.app.database().lease();
    user = accounts::require_user(*connection, context.staff.user_id);
  }
  nlohmann::json content = {{"enabled", user.totp_enabled}, {"has_secret", !user.totp_secret.empty()}};
  if (!user.totp_enabled && !user.totp_secret.empty()) {
    content["secret"] = user.totp_secret;
    content["uri"] = accounts::otpauth_uri("政务公开管理后台", user.username, user.totp_secret);
  }
  return render_admin_page(context, "totp_setup", std::move(content), {"双因素认证", ""});
}

web::Response show_totp(AdminContext& context) {
  if (!context.session.second_factor_done) return totp_verify_page(context, "", 200);
  if (context.session.user.must_change_password) return web::Response::redirect("/admin/password");
  return totp_setup_page(context);
}

web::Response submit_totp(AdminContext& context) {
  if (context.session.second_factor_done) return web::Response::redirect("/admin/totp");
  try {
    auto connection = context.app.database().lease();
    accounts::complete_second_factor(*connection, context.session, context.form.value("code"),
                                     context.staff.remote_address, now());
  } catch (const InvalidInput& problem) {
    return totp_verify_page(context, problem.what(), 422);
  }
  if (context.session.user.must_change_password) return web::Response::redirect("/admin/password");
  return web::Response::redirect(safe_next(context.form.value("next")));
}

web::Response begin_totp(AdminContext& context) {
  auto connection = context.app.database().lease();
  accounts::begin_own_totp_setup(*connection, context.session, context.staff.remote_address);
  return web::Response::redirect("/admin/totp");
}

web::Response confirm_totp(AdminContext& context) {
  try {
    auto connection = context.app.database().lease();
    accounts::confirm_own_totp(*connection, context.session, context.form.value("code"),
                               context.staff.remote_address, now());
  } catch (const InvalidInput& problem) {
    return redirect_with_flash(context, "/admin/totp", problem.what());
  }
  return redirect_with_flash(context, "/admin/totp", "双因素认证已启用");
}

}  // namespace

void register_sign_in_routes(web::Router& router, AdminRoutes& routes, app::App& app) {
  using org::Permission;
  app::App* application = &app;
  router.get("/admin/login", [application](const web::Request& r, const web::PathParams&) {
    return show_login(*application, r);
  });
  router.post("/admin/login", [application](const web::Request& r, const web::PathParams&) {
    return submit_login(*application, r);
  });
  const SignInSteps any_step{true, true};
  routes.post("/admin/logout", Permission::kUseBackOffice, logout, any_step);
  routes.get("/admin/password", Permission::kUseBackOffice,
             [](AdminContext& c) { return password_page(c, "", 200); }, {true, false});
  routes.post("/admin/password", Permission::kUseBackOffice, change_password, {true, false});
  routes.get("/admin/totp", Permission::kUseBackOffice, show_totp, any_step);
  routes.post("/admin/totp", Permission::kUseBackOffice, submit_totp, {false, true});
  routes.post("/admin/totp/setup", Permission::kUseBackOffice, begin_totp);
  routes.post("/admin/totp/confirm", Permission::kUseBackOffice, confirm_totp);
}

}  // namespace gongkai::admin
