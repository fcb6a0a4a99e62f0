#include "admin/admin_context.h"

#include <charconv>
#include <chrono>

#include "accounts/secure_random.h"
#include "admin/admin_cookies.h"
#include "core/errors.h"
#include "org/agency_repository.h"
#include "org/role.h"

namespace gongkai::admin {
namespace {

constexpr const char* kStaleFormMessage = "页面已过期，请刷新后重试";

struct NavEntry {
  const char* key;
  const char* name;
  const char* url;
  org::Permission permission;
};

constexpr NavEntry kNav[] = {
    {"dashboard", "待办", "/admin/", org::Permission::kUseBackOffice},
    {"items", "信息发布", "/admin/items", org::Permission::kUseBackOffice},
    {"consultations", "意见征集", "/admin/consultations", org::Permission::kManageConsultations},
    {"letters", "首长信箱", "/admin/letters", org::Permission::kHandleLetters},
    {"opinion", "舆情", "/admin/opinion", org::Permission::kRecordOpinion},
    {"requests", "依申请公开", "/admin/requests", org::Permission::kHandleRequests},
    {"assistance", "社会救助数据", "/admin/assistance", org::Permission::kManageKeyAreas},
    {"organisations", "社会组织", "/admin/organisations", org::Permission::kManageKeyAreas},
    {"credit", "双公示", "/admin/credit", org::Permission::kManageKeyAreas},
    {"proposals", "建议提案", "/admin/proposals", org::Permission::kManageKeyAreas},
    {"reports", "年度报告", "/admin/reports", org::Permission::kPrepareAnnualReport},
    {"services", "服务事项", "/admin/services", org::Permission::kHandleServiceWindow},
    {"window", "窗口办件", "/admin/window", org::Permission::kHandleServiceWindow},
    {"users", "账号", "/admin/users", org::Permission::kManageUsers},
    {"audit", "审计日志", "/admin/audit", org::Permission::kViewAudit},
    {"settings", "设置", "/admin/settings", org::Permission::kManageSettings},
};

nlohmann::json nav_view(const org::StaffActor& staff, const std::string& current) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& entry : kNav) {
    if (!staff.may(entry.permission)) continue;
    entries.push_back({{"name", entry.name}, {"url", entry.url}, {"current", current == entry.key}});
  }
  return entries;
}

nlohmann::json may_view(const org::StaffActor& staff) {
  nlohmann::json may = nlohmann::json::object();
  for (const auto& info : org::all_permissions()) may[std::string(info.key)] = staff.may(info.permission);
  return may;
}

nlohmann::json staff_view(const org::StaffActor& staff) {
  return {{"name", staff.display_name},
          {"username", staff.username},
          {"role", std::string(org::role_key(staff.role))},
          {"role_name", std::string(org::role_name(staff.role))}};
}

web::Response to_login(const web::Request& request, bool had_cookie) {
  const std::string next = request.method == "GET" || request.method == "HEAD" ? request.target : request.path;
  web::Response response = web::Response::redirect("/admin/login?next=" + web::percent_encode(safe_next(next)));
  if (had_cookie) set_cookie(response, kSessionCookie, "", came_over_https(request), 0);
  response.set_header("Cache-Control", "no-store");
  return response;
}

// What the shell does before and after every admin handler.
web::Response run_shell(app::App& app, const web::Request& request, const web::PathParams& params,
                        org::Permission permission, const AdminHandler& handler, SignInSteps steps) {
  const auto token = web::cookie(request, kSessionCookie);
  std::optional<accounts::ActiveSession> session;
  if (token) {
    auto connection = app.database().lease();
    session = accounts::find_active_session(*connection, *token, std::chrono::system_clock::now());
  }
  if (!session) return to_login(request, token.has_value());
  if (!session->second_factor_done && !steps.second_factor) return web::Response::redirect("/admin/totp");
  if (session->second_factor_done && session->user.must_change_password && !steps.password_change) {
    return web::Response::redirect("/admin/password");
  }
  AdminContext context{app,
                       request,
                       params,
                       session->user.actor(request.remote_address),
                       session->csrf_token,
                       web::Form(),
                       flash_from(request),
                       *session,
                       came_over_https(request)};
  if (!context.staff.may(permission)) {
    try {
      context.staff.require(permission);
    } catch (const Forbidden& refused) {
      return refusal_page(context, refused.what());
    }
  }
  if (request.method == "POST") {
    context.form = web::Form::parse(request);
    if (!accounts::equal_secrets(context.form.value("csrf"), session->csrf_token)) {
      return refusal_page(context, kStaleFormMessage);
    }
  }
  web::Response response = handler(context);
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace

int64_t AdminContext::id_param(const std::string& name) const {
  const auto found = params.find(name);
  if (found == params.end()) throw NotFound("页面不存在");
  const std::string& text = found->second;
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) throw NotFound("页面不存在");
  return id;
}

struct AdminRoutes::Impl {
  web::Router& router;
  app::App& app;
  std::vector<DeclaredRoute> declared;

  void add(const std::string& method, const std::string& pattern, org::Permission permission, AdminHandler handler,
           SignInSteps steps) {
    declared.push_back({method, pattern, permission});
    app::App* application = &app;
    router.add(method, pattern,
               [application, permission, handler = std::move(handler), steps](const web::Request& request,
                                                                              const web::PathParams& params) {
                 return run_shell(*application, request, params, permission, handler, steps);
               });
  }
};

AdminRoutes::AdminRoutes(web::Router& router, app::App& app)
    : impl_(std::make_shared<Impl>(Impl{router, app, {}})) {}

void AdminRoutes::get(const std::string& pattern, org::Permission permission, AdminHandler handler) {
  impl_->add("GET", pattern, permission, std::move(handler), {});
}

void AdminRoutes::post(const std::string& pattern, org::Permission permission, AdminHandler handler) {
  impl_->add("POST", pattern, permission, std::move(handler), {});
}

void AdminRoutes::get(const std::string& pattern, org::Permission permission, AdminHandler handler,
                      SignInSteps steps) {
  impl_->add("GET", pattern, permission, std::move(handler), steps);
}

void AdminRoutes::post(const std::string& pattern, org::Permission permission, AdminHandler handler,
                       SignInSteps steps) {
  impl_->add("POST", pattern, permission, std::move(handler), steps);
}

const std::vector<DeclaredRoute>& AdminRoutes::declared() const { return impl_->declared; }

web::Response render_admin_page(AdminContext& context, const std::string& template_name, nlohmann::json content,
                                const AdminPageMeta& meta) {
  const nlohmann::json staff = staff_view(context.staff);
  std::string agency_name;
  {
    auto connection = context.app.database().lease();
    if (auto agency = org::find_agency_by_id(*connection, context.staff.agency_id)) agency_name = agency->name;
  }
  content["staff"] = staff;
  content["csrf"] = context.csrf_token;
  content["flash"] = context.flash;
  content["may"] = may_view(context.staff);
  const std::string inner = context.app.templates().render("admin/" + template_name, content);
  const nlohmann::json layout = {
      {"title", meta.title},
      {"agency", agency_name},
      {"has_agency", !agency_name.empty()},
      {"signed_in", true},
      {"staff", staff},
      {"csrf", context.csrf_token},
      {"flash", context.flash},
      {"has_flash", !context.flash.empty()},
      {"nav", nav_view(context.staff, meta.nav)},
      {"content_html", inner},
  };
  web::Response response = web::Response::html(context.app.templates().render("admin/layout", layout), meta.status);
  response.set_header("Cache-Control", "no-store");
  if (!context.flash.empty()) set_cookie(response, kFlashCookie, "", context.secure, 0);
  return response;
}

web::Response redirect_with_flash(AdminContext& context, const std::string& location, const std::string& flash) {
  web::Response response = web::Response::redirect(location);
  set_cookie(response, kFlashCookie, web::percent_encode(flash), context.secure, 60);
  return response;
}

web::Response refusal_page(AdminContext& context, const std::string& message) {
  return render_admin_page(context, "error", {{"message", message}}, {"无权操作", "", 403});
}

}  // namespace gongkai::admin
