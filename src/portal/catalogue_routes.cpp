// /xxgk/ml/ and /xxgk/ml/{code}: the 公开目录, 20 items a page, newest first,
// filtered by category (with its descendants) and by year of 发布日期.
#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "portal/page.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/section_pages.h"
#include "portal/view_models.h"

namespace gongkai::portal {

namespace {

constexpr int kPerPage = 20;

nlohmann::json year_options(const std::vector<std::pair<int, int64_t>>& years, std::optional<int> selected) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& [year, count] : years) {
    options.push_back({{"year", year}, {"count", count}, {"selected", selected && *selected == year}});
  }
  return options;
}

web::Response catalogue_page(app::App& app, const web::Request& request, const std::string* code) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  const catalog::Category* category = nullptr;
  if (code != nullptr) {
    category = tree.find(*code);
    if (category == nullptr) throw NotFound("栏目不存在：" + *code);
  }
  int page = parse_page(request);
  std::optional<int> year = parse_year(request);

  catalog::ItemFilter filter;
  filter.agency_id = agency.id;
  if (category != nullptr) filter.category_id = category->id;
  filter.year = year;
  filter.page = page;
  filter.per_page = kPerPage;
  catalog::ItemPage result = catalog::list_public_items(*connection, tree, filter, app.today());
  int page_count = result.page_count();
  if (page > 1 && page > page_count) throw NotFound("该页不存在：共 " + std::to_string(page_count) + " 页。");

  std::string base = category ? "/xxgk/ml/" + category->code : std::string("/xxgk/ml/");
  std::string year_text = year ? std::to_string(*year) : std::string();
  auto url_of = [&](int n) { return with_query(base, {{"year", year_text}, {"page", n > 1 ? std::to_string(n) : ""}}); };

  nlohmann::json rows = nlohmann::json::array();
  for (const auto& item : result.items) rows.push_back(item_row(item, tree));
  std::string heading = category ? category->name : std::string("公开目录");
  nlohmann::json content = {
      {"heading", heading},
      {"description", category ? category->description : std::string()},
      {"has_description", category && !category->description.empty()},
      {"action", base},
      {"nodes", category_nodes(tree, category ? std::optional<int64_t>(category->id) : std::nullopt)},
      {"all_current", category == nullptr},
      {"years", year_options(app.public_item_years(agency.id), year)},
      {"year", year_text},
      {"has_year", year.has_value()},
      {"items", rows},
      {"has_items", !rows.empty()},
      {"total", result.total},
      {"page", page},
      {"page_count", page_count},
      {"caption", heading + (year ? "（" + year_text + "年）" : std::string()) + "信息列表"},
      {"pagination", pagination(page, page_count, url_of)},
  };
  const auto data_page = category ? section_page_of(category->code) : std::nullopt;
  content["data_page"] = data_page ? section_page_link(*data_page) : nlohmann::json();
  std::vector<Breadcrumb> crumbs{{"政府信息公开", "/xxgk/"}, {"公开目录", "/xxgk/ml/"}};
  if (category != nullptr) {
    for (const auto* step : tree.path(category->id)) crumbs.push_back({step->name, "/xxgk/ml/" + step->code});
  }
  crumbs.back().url = "";
  std::string title = heading + (page > 1 ? "（第" + std::to_string(page) + "页）" : std::string());
  return render_page(app, request, agency, "portal/catalogue", std::move(content), {title, "ml", crumbs, 200});
}

}  // namespace

void register_catalogue_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get("/xxgk/ml/", cached(cache, [&app](const web::Request& r, const web::PathParams&) {
    return catalogue_page(app, r, nullptr);
  }));
  router.get("/xxgk/ml", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect("/xxgk/ml/", 301);
  });
  router.get("/xxgk/ml/{code}", cached(cache, [&app](const web::Request& r, const web::PathParams& params) {
    return catalogue_page(app, r, &params.at("code"));
  }));
}

}  // namespace gongkai::portal
