// gongkai/admin/admin_context.h
//
// How a back-office (/admin/) page is written. Every admin route is declared
// with `AdminRoutes::get/post`, naming the permission the route needs; the
// shell then, before the handler runs:
//   - finds the session from the HttpOnly cookie (none, or idle for more than
//     30 minutes → redirect to /admin/login?next=…; a must-change-password
//     or pending-TOTP session → redirect to that step),
//   - checks the permission with org::may() (refused → 403 page in Chinese),
//   - for POST, parses the form (urlencoded or multipart) and checks the
//     CSRF token of the session against the form field "csrf" (missing or
//     stale → 403 "页面已过期，请刷新后重试", nothing changed).
// The handler gets an AdminContext and returns a Response, usually through
// render_admin_page() or a 303 redirect with a flash message. Domain
// exceptions (InvalidInput, Conflict, Forbidden, NotFound) thrown by the
// handler are caught by the server as for every page; unless_refused() turns
// InvalidInput and Conflict into the page again with the reason. The declared routes
// are listed by AdminRoutes::declared() (the role-matrix test walks them).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "accounts/session.h"
#include "core/errors.h"
#include "app/app.h"
#include "org/permission.h"
#include "org/staff.h"
#include "web/form.h"
#include "web/http.h"
#include "web/router.h"

namespace gongkai::admin {

struct AdminContext {
  app::App& app;
  const web::Request& request;
  const web::PathParams& params;
  org::StaffActor staff;    // the signed-in user, remote_address filled
  std::string csrf_token;   // put in every form as <input type="hidden" name="csrf">
  web::Form form;           // the parsed POST body (empty for GET)
  std::string flash;        // a one-shot message from the previous redirect ("" when none)
  accounts::ActiveSession session;  // the session behind the request (the sign-in pages use it)
  bool secure = false;              // the request came over HTTPS (X-Forwarded-Proto: https): cookies get Secure

  // A path parameter as a positive integer id; throws NotFound otherwise.
  int64_t id_param(const std::string& name = "id") const;
};

using AdminHandler = std::function<web::Response(AdminContext&)>;

struct DeclaredRoute {
  std::string method;   // "GET" or "POST"
  std::string pattern;  // "/admin/items/{id}/review"
  org::Permission permission;
};

// The unfinished sign-in steps a route still serves. Every ordinary route
// serves none: a session that must change its password or enter its TOTP
// code is redirected to that step. Only the sign-in pages set these.
struct SignInSteps {
  bool password_change = false;
  bool second_factor = false;
};

// Registers admin routes on the router through the shell.
class AdminRoutes {
 public:
  AdminRoutes(web::Router& router, app::App& app);
  void get(const std::string& pattern, org::Permission permission, AdminHandler handler);
  void post(const std::string& pattern, org::Permission permission, AdminHandler handler);
  void get(const std::string& pattern, org::Permission permission, AdminHandler handler, SignInSteps steps);
  void post(const std::string& pattern, org::Permission permission, AdminHandler handler, SignInSteps steps);
  // Every route declared so far, in order.
  const std::vector<DeclaredRoute>& declared() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

struct AdminPageMeta {
  std::string title;  // the page's own title, e.g. "待办事项"
  std::string nav;    // the back-office nav key marked current: dashboard items consultations letters opinion requests assistance users audit settings
  int status = 200;
};

// Renders templates/admin/<template_name>.mustache with `content` plus
// {staff: {name, role_name, …}, csrf: token, flash: …, may: {draft_items: bool, …}}
// inside templates/admin/layout.mustache.
web::Response render_admin_page(AdminContext& context, const std::string& template_name, nlohmann::json content,
                                const AdminPageMeta& meta);

// A 303 redirect to `location` that shows `flash` on the next page.
web::Response redirect_with_flash(AdminContext& context, const std::string& location, const std::string& flash);

// A page of the back office that is refused (403) with `message`, in the layout.
web::Response refusal_page(AdminContext& context, const std::string& message);

// Runs `change` (which returns the answer, usually a redirect with a flash).
// When the domain refuses it in a way the user can act on — InvalidInput
// (422) or Conflict (409) — returns `again(message, status)` instead: the
// page shown again with the reason. Other refusals reach the server's edge.
template <typename Change, typename Again>
web::Response unless_refused(Change change, Again again) {
  try {
    return change();
  } catch (const InvalidInput& error) {
    return again(std::string(error.what()), 422);
  } catch (const Conflict& error) {
    return again(std::string(error.what()), 409);
  }
}

}  // namespace gongkai::admin
