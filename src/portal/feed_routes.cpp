// /feed.xml (Atom 1.0, the newest 50 public items), /sitemap.xml and
// /sitemaps/<part> (see sitemap.h), /robots.txt. Links are
// absolute, from AppConfig::site_url.
#include "annualreport/report_queries.h"
#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "credit/decision_queries.h"
#include "portal/page.h"
#include "portal/routes.h"
#include "portal/sitemap.h"
#include "services/service_queries.h"
#include "portal/view_models.h"
#include "portal/xml_text.h"

namespace gongkai::portal {

namespace {

constexpr int kFeedEntries = 50;

std::string site_url(app::App& app) {
  std::string url = app.config().site_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

web::Response xml_response(std::string body, const char* type) {
  web::Response response;
  response.content_type = std::string(type) + "; charset=utf-8";
  response.body = std::move(body);
  return response;
}

web::Response atom_feed(app::App& app) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  auto items = catalog::latest_public_items(*connection, agency.id, kFeedEntries, app.today());
  std::string base = site_url(app);
  std::string updated = rfc3339_midnight(items.empty() || !items.front().published_date ? app.today()
                                                                                        : *items.front().published_date);
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n";
  out += "  <title>" + xml_escape(site_name(agency)) + "</title>\n";
  out += "  <subtitle>" + xml_escape(agency.name + "主动公开的政府信息") + "</subtitle>\n";
  out += "  <id>" + xml_escape(base + "/") + "</id>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml_escape(base + "/feed.xml") + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(base + "/") + "\"/>\n";
  out += "  <updated>" + updated + "</updated>\n";
  out += "  <author><name>" + xml_escape(agency.name) + "</name></author>\n";
  for (const auto& item : items) {
    std::string url = xml_escape(base + item_path(item.id));
    std::string date = rfc3339_midnight(item.published_date ? *item.published_date : item.written_date);
    out += "  <entry>\n";
    out += "    <title>" + xml_escape(item.title) + "</title>\n";
    out += "    <id>" + url + "</id>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + url + "\"/>\n";
    out += "    <published>" + date + "</published>\n";
    out += "    <updated>" + date + "</updated>\n";
    if (!item.summary.empty()) out += "    <summary>" + xml_escape(item.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return xml_response(std::move(out), "application/atom+xml");
}

// /xxgk/nb/ and each published year's report, dated by its publication.
void add_annual_report_pages(store::Connection& connection, int64_t agency_id, SitemapInput& input) {
  input.pages.emplace_back("/xxgk/nb/", "");
  for (int year : annualreport::published_years(connection, agency_id)) {
    const auto report = annualreport::public_report(connection, agency_id, year);
    input.pages.emplace_back("/xxgk/nb/" + std::to_string(year), report ? report->current.published_on : "");
  }
}

// /xxgk/sgs/ 双公示 and each public decision, dated by its publication.
void add_credit_pages(store::Connection& connection, int64_t agency_id, CivilDate today, SitemapInput& input) {
  input.pages.emplace_back("/xxgk/sgs/", "");
  for (const auto& [id, published_on] : credit::public_decision_dates(connection, agency_id, today)) {
    input.pages.emplace_back("/xxgk/sgs/" + std::to_string(id), format_date(published_on));
  }
}

// /xxgk/qlqd/ 权力清单, /bszn/ 办事指南 and each published item.
void add_service_pages(store::Connection& connection, int64_t agency_id, SitemapInput& input) {
  input.pages.emplace_back("/xxgk/qlqd/", "");
  input.pages.emplace_back("/bszn/", "");
  for (const auto& group : services::published_items_by_kind(connection, agency_id, false)) {
    for (const auto& item : group.items) {
      input.pages.emplace_back("/xxgk/qlqd/" + std::to_string(item.id), item.published_on);
    }
  }
}

SitemapInput sitemap_input(app::App& app) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  SitemapInput input;
  input.base = site_url(app);
  input.items = catalog::all_public_item_dates(*connection, agency.id, app.today());
  std::string newest;
  for (const auto& [id, date] : input.items) newest = std::max(newest, format_date(date));
  for (const char* page : {"/", "/xxgk/", "/xxgk/zn", "/xxgk/zd", "/xxgk/ml/"}) input.pages.emplace_back(page, newest);
  for (const auto& category : tree.all()) input.pages.emplace_back("/xxgk/ml/" + category.code, "");
  add_service_pages(*connection, agency.id, input);
  add_credit_pages(*connection, agency.id, app.today(), input);
  add_annual_report_pages(*connection, agency.id, input);
  return input;
}

web::Response sitemap(app::App& app) { return xml_response(sitemap_xml(sitemap_input(app)), "application/xml"); }

web::Response sitemap_part(app::App& app, const std::string& part) {
  auto xml = sitemap_part_xml(sitemap_input(app), part);
  if (!xml) throw NotFound("网站地图分卷不存在：" + part);
  return xml_response(std::move(*xml), "application/xml");
}

web::Response robots(app::App& app) {
  std::string body =
      "User-agent: *\n"
      "Allow: /\n"
      "Disallow: /admin/\n"
      "Disallow: /search\n"
      "Sitemap: " + site_url(app) + "/sitemap.xml\n";
  return web::Response::text(std::move(body));
}

}  // namespace

void register_feed_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get("/feed.xml", cached(cache, [&app](const web::Request&, const web::PathParams&) {
    return atom_feed(app);
  }));
  router.get("/sitemap.xml", cached(cache, [&app](const web::Request&, const web::PathParams&) {
    return sitemap(app);
  }));
  router.get("/sitemaps/{part}", cached(cache, [&app](const web::Request&, const web::PathParams& params) {
    return sitemap_part(app, params.at("part"));
  }));
  router.get("/robots.txt", [&app](const web::Request&, const web::PathParams&) { return robots(app); });
}

}  // namespace gongkai::portal
