// /xxgk/zdly/shzz/ 社会组织: the public registry — search by name or credit
// code, a kind filter, paged; /xxgk/zdly/shzz/{id} one organisation with its
// history; /xxgk/zdly/shzz/gg/{event} the publicity notice (公告) of a
// registration or cancellation. Everything shown is public registry
// information; the legal representative is a name only. Not cached: the
// registry changes from the back office.
#include "core/errors.h"
#include "keyareas/social_organisation_notice.h"
#include "keyareas/social_organisation_queries.h"
#include "portal/page.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/view_models.h"

namespace gongkai::portal {
namespace {

namespace ka = gongkai::keyareas;

constexpr const char* kBase = "/xxgk/zdly/shzz/";

PageMeta registry_meta(const std::string& title, const std::string& last_crumb = "") {
  std::vector<Breadcrumb> crumbs = {
      {"政府信息公开", "/xxgk/"}, {"重点领域", "/xxgk/ml/zdly"}, {"社会组织", last_crumb.empty() ? "" : kBase}};
  if (!last_crumb.empty()) crumbs.push_back({last_crumb, ""});
  return {title, "xxgk", crumbs, 200};
}

nlohmann::json organisation_row(const ka::SocialOrganisation& o) {
  return {{"name", o.name},
          {"url", std::string(kBase) + std::to_string(o.id)},
          {"kind", o.kind->name},
          {"credit_code", o.credit_code},
          {"legal_representative", o.legal_representative},
          {"registered_on", format_date(o.registered_on)},
          {"status", o.cancelled ? "已注销" : "正常"}};
}

web::Response search_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const std::string text = text_param(request, "q");
  const std::string kind = text_param(request, "kind");
  const auto page = ka::search_organisations(*connection, agency.id, {text, kind, parse_page(request), 20});
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& o : page.organisations) rows.push_back(organisation_row(o));
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto& k : ka::organisation_kinds()) {
    kinds.push_back({{"key", k.key}, {"name", k.name}, {"selected", kind == k.key || kind == k.name}});
  }
  nlohmann::json content{{"q", text},
                         {"kinds", kinds},
                         {"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"total", page.total},
                         {"pagination", pagination(page.page, page.pages, [&](int n) {
                            return with_query(kBase, {{"q", text}, {"kind", kind}, {"page", std::to_string(n)}});
                          })}};
  return render_page(app, request, agency, "portal/social_organisations", std::move(content),
                     registry_meta("社会组织信息查询"));
}

web::Response organisation_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int64_t id = parse_id(params.at("id"), "社会组织不存在");
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto o = ka::find_organisation(*connection, agency.id, id);
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : ka::organisation_history(*connection, id)) {
    std::string what = e.details;
    if (e.type == ka::OrganisationEventType::kInspection) {
      what = std::to_string(e.inspection_year.value_or(0)) + "年度：" + e.inspection_result;
    }
    events.push_back({{"date", format_date(e.occurred_on)},
                      {"label", ka::event_label(e.type)},
                      {"what", what},
                      {"notice_url", e.notice.empty() ? "" : std::string(kBase) + "gg/" + std::to_string(e.id)}});
  }
  nlohmann::json content = organisation_row(o);
  content["business_scope"] = o.business_scope;
  content["registration_authority"] = o.registration_authority;
  content["cancelled_on"] = o.cancelled_on ? format_date(*o.cancelled_on) : "";
  content["events"] = events;
  return render_page(app, request, agency, "portal/social_organisation", std::move(content),
                     registry_meta(o.name, o.name));
}

web::Response notice_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int64_t id = parse_id(params.at("event"), "公告不存在");
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto notice = ka::find_notice(*connection, agency.id, id);
  nlohmann::json paragraphs = nlohmann::json::array();
  size_t start = 0;
  const std::string& text = notice.event.notice;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    if (end > start) paragraphs.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  nlohmann::json content{{"title", notice.title},
                         {"date", format_date(notice.event.occurred_on)},
                         {"paragraphs", paragraphs},
                         {"organisation_url", std::string(kBase) + std::to_string(notice.organisation.id)},
                         {"organisation", notice.organisation.name}};
  return render_page(app, request, agency, "portal/social_organisation_notice", std::move(content),
                     registry_meta(notice.title, "公告"));
}

}  // namespace

void register_social_organisation_routes(web::Router& router, app::App& app) {
  router.get(kBase, [&app](const web::Request& r, const web::PathParams&) { return search_page(app, r); });
  router.get("/xxgk/zdly/shzz", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect(kBase, 301);
  });
  router.get("/xxgk/zdly/shzz/{id}",
             [&app](const web::Request& r, const web::PathParams& p) { return organisation_page(app, r, p); });
  router.get("/xxgk/zdly/shzz/gg/{event}",
             [&app](const web::Request& r, const web::PathParams& p) { return notice_page(app, r, p); });
}

}  // namespace gongkai::portal
