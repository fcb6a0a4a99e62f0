#include "portal/page.h"

#include "portal/request_params.h"
#include "portal/site_identity.h"
#include "web/http.h"

namespace gongkai::portal {

namespace {

struct NavEntry {
  const char* key;
  const char* name;
  const char* url;
};

constexpr NavEntry kNav[] = {
    {"home", "首页", "/"},
    {"xxgk", "政府信息公开", "/xxgk/"},
    {"zn", "公开指南", "/xxgk/zn"},
    {"zd", "公开制度", "/xxgk/zd"},
    {"ml", "公开目录", "/xxgk/ml/"},
    {"ysq", "依申请公开", "/xxgk/ysq/"},
    {"nb", "年度报告", "/xxgk/nb/"},
    {"hdjl", "互动交流", "/hdjl/"},
    {"search", "站内搜索", "/search"},
};

nlohmann::json nav_view(const std::string& current) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& entry : kNav) {
    entries.push_back({{"name", entry.name}, {"url", entry.url}, {"current", current == entry.key}});
  }
  return entries;
}

nlohmann::json breadcrumbs_view(const std::vector<Breadcrumb>& crumbs) {
  nlohmann::json out = nlohmann::json::array();
  if (crumbs.empty()) return out;
  out.push_back({{"name", "首页"}, {"url", "/"}, {"link", true}});
  for (size_t i = 0; i < crumbs.size(); ++i) {
    bool last = i + 1 == crumbs.size();
    out.push_back({{"name", crumbs[i].name}, {"url", crumbs[i].url}, {"link", !last && !crumbs[i].url.empty()}});
  }
  return out;
}

}  // namespace

std::string site_name(const org::Agency& agency) { return agency.name + "政府信息公开"; }

nlohmann::json site_view(const org::Agency& agency) {
  const SiteIdentity& identity = site_identity();
  return {
      {"name", site_name(agency)},
      {"agency", agency.name},
      {"office_name", agency.office.name},
      {"office_address", agency.office.address},
      {"office_phone", agency.office.phone},
      {"office_email", agency.office.email},
      {"office_postcode", agency.office.postcode},
      {"has_office_postcode", !agency.office.postcode.empty()},
      {"site_code", identity.site_code},
      {"icp_number", identity.icp_number},
      {"police_number", identity.police_number},
      {"police_number_id", identity.police_number_id},
      {"identity_demo", identity.demo},
  };
}

std::string render_page_body(app::App& app, const org::Agency& agency, const std::string& template_name,
                             nlohmann::json content, const PageMeta& meta, bool large_text,
                             const std::string& current_target) {
  nlohmann::json site = site_view(agency);
  content["site"] = site;
  std::string inner = app.templates().render(template_name, content);
  std::string back = web::percent_encode(current_target.empty() ? std::string("/") : current_target);
  nlohmann::json layout = {
      {"site", site},
      {"title", meta.title},
      {"has_title", !meta.title.empty()},
      {"nav", nav_view(meta.nav)},
      {"breadcrumbs", breadcrumbs_view(meta.breadcrumbs)},
      {"has_breadcrumbs", !meta.breadcrumbs.empty()},
      {"large_text", large_text},
      {"a11y_url", std::string("/a11y?mode=") + (large_text ? "standard" : "large") + "&back=" + back},
      {"a11y_label", large_text ? "标准版" : "大字版"},
      {"content_html", inner},
  };
  return app.templates().render("portal/layout", layout);
}

web::Response render_page(app::App& app, const web::Request& request, const org::Agency& agency,
                          const std::string& template_name, nlohmann::json content, const PageMeta& meta) {
  std::string target = request.target.empty() ? request.path : request.target;
  web::Response response = web::Response::html(
      render_page_body(app, agency, template_name, std::move(content), meta, large_text_mode(request), target),
      meta.status);
  response.set_header("Vary", "Cookie");
  return response;
}

}  // namespace gongkai::portal
