// gongkai/portal/page.h
//
// The page layout every portal page shares (templates/portal/layout.mustache):
// the skip link, the header with the agency and site name, the main
// navigation, breadcrumbs, the 大字版/标准版 switch, <main id="main"> and the
// footer with 主办单位, the disclosure office's contacts and the filing
// numbers. A page template renders the content; render_page wraps it.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "org/agency.h"
#include "web/http.h"

namespace gongkai::portal {

struct Breadcrumb {
  std::string name;
  std::string url;  // "" for the current page (the last crumb)
};

struct PageMeta {
  std::string title;  // the page's own title, e.g. "公开指南"
  std::string nav;    // main-nav key marked current: home xxgk zn zd ml ysq nb hdjl search
  std::vector<Breadcrumb> breadcrumbs;  // after 首页; empty on the home page
  int status = 200;
};

// "吴忠市民政局政府信息公开".
std::string site_name(const org::Agency& agency);

// The view model shared by every page: {site: {name, agency, office…, footer}}.
nlohmann::json site_view(const org::Agency& agency);

// Renders `template_name` with `content` (plus the "site" key), wraps it in
// the layout, and returns the HTML response (with Vary: Cookie, since the
// large-text mode changes the page).
web::Response render_page(app::App& app, const web::Request& request, const org::Agency& agency,
                          const std::string& template_name, nlohmann::json content, const PageMeta& meta);

// The same without a request (error pages): standard text size, no current nav.
std::string render_page_body(app::App& app, const org::Agency& agency, const std::string& template_name,
                             nlohmann::json content, const PageMeta& meta, bool large_text,
                             const std::string& current_target);

}  // namespace gongkai::portal
