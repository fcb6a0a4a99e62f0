// GET /: the agency, the newest items, shortcuts to the catalogue, the search box.
#include "catalog/catalog_queries.h"
#include "portal/page.h"
#include "portal/routes.h"
#include "portal/view_models.h"

namespace gongkai::portal {

namespace {

constexpr int kLatestOnHome = 10;

web::Response home_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  nlohmann::json latest = nlohmann::json::array();
  for (const auto& item : catalog::latest_public_items(*connection, agency.id, kLatestOnHome, app.today())) {
    latest.push_back(item_row(item, tree));
  }
  nlohmann::json shortcuts = nlohmann::json::array();
  for (const auto* root : tree.roots()) shortcuts.push_back({{"name", root->name}, {"url", "/xxgk/ml/" + root->code}});
  nlohmann::json content = {
      {"latest", latest},
      {"has_latest", !latest.empty()},
      {"shortcuts", shortcuts},
  };
  return render_page(app, request, agency, "portal/home", std::move(content), {"", "home", {}, 200});
}

}  // namespace

void register_home_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get("/", cached(cache, [&app](const web::Request& request, const web::PathParams&) {
    return home_page(app, request);
  }));
}

}  // namespace gongkai::portal
