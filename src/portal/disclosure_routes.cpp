// /xxgk/ (disclosure home), /xxgk/zn (公开指南), /xxgk/zd (公开制度).
#include "catalog/catalog_queries.h"
#include "org/agency_repository.h"
#include "portal/page.h"
#include "portal/routes.h"
#include "portal/section_pages.h"
#include "portal/view_models.h"

namespace gongkai::portal {

namespace {

// The category that holds the disclosure rules (政府信息公开制度).
constexpr const char* kRulesCategory = "gkzd";
// The guide section whose text introduces the disclosure office's contacts.
constexpr const char* kOfficeSectionKey = "office";

web::Response disclosure_home(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  nlohmann::json data_pages = nlohmann::json::array();
  for (const SectionPage& page : section_pages()) data_pages.push_back(section_page_link(page));
  nlohmann::json content = {{"nodes", category_nodes(tree, std::nullopt)}, {"data_pages", data_pages}};
  return render_page(app, request, agency, "portal/xxgk", std::move(content),
                     {"政府信息公开", "xxgk", {{"政府信息公开", ""}}, 200});
}

web::Response guide_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  // The office's contacts go inside the guide's own "office" section when it
  // has one (its text leads into them), else into a section of their own.
  nlohmann::json sections = nlohmann::json::array();
  bool office_in_guide = false;
  for (const auto& section : org::guide_sections(*connection, agency.id)) {
    bool is_office = section.key == kOfficeSectionKey;
    office_in_guide = office_in_guide || is_office;
    sections.push_back({{"key", section.key},
                        {"title", section.title},
                        {"paragraphs", paragraphs(section.body)},
                        {"is_office", is_office}});
  }
  nlohmann::json content = {
      {"agency", agency.name},
      {"sections", sections},
      {"has_sections", !sections.empty()},
      {"office", office_rows(agency.office)},
      {"office_separate", !office_in_guide},
  };
  return render_page(app, request, agency, "portal/guide", std::move(content),
                     {"政府信息公开指南", "zn", {{"政府信息公开", "/xxgk/"}, {"公开指南", ""}}, 200});
}

web::Response rules_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  nlohmann::json rows = nlohmann::json::array();
  if (const catalog::Category* rules = tree.find(std::string(kRulesCategory))) {
    catalog::ItemFilter filter;
    filter.agency_id = agency.id;
    filter.category_id = rules->id;
    filter.per_page = 100;
    for (const auto& item : catalog::list_public_items(*connection, tree, filter, app.today()).items) {
      rows.push_back(item_row(item, tree));
    }
  }
  nlohmann::json content = {{"items", rows}, {"has_items", !rows.empty()}};
  return render_page(app, request, agency, "portal/rules", std::move(content),
                     {"政府信息公开制度", "zd", {{"政府信息公开", "/xxgk/"}, {"公开制度", ""}}, 200});
}

}  // namespace

void register_disclosure_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get("/xxgk/", cached(cache, [&app](const web::Request& r, const web::PathParams&) {
    return disclosure_home(app, r);
  }));
  router.get("/xxgk", [](const web::Request&, const web::PathParams&) { return web::Response::redirect("/xxgk/", 301); });
  router.get("/xxgk/zn", cached(cache, [&app](const web::Request& r, const web::PathParams&) {
    return guide_page(app, r);
  }));
  router.get("/xxgk/zd", cached(cache, [&app](const web::Request& r, const web::PathParams&) {
    return rules_page(app, r);
  }));
}

}  // namespace gongkai::portal
