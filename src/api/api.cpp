#include "api/api.h"

#include "api/application_api.h"
#include "api/category_json.h"
#include "api/item_json.h"
#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "core/text.h"
#include "portal/request_params.h"

namespace gongkai::api {

namespace {

constexpr int kDefaultPerPage = 20;
constexpr size_t kMaxQueryChars = 200;

web::Response json_response(const nlohmann::json& value) {
  web::Response response = web::Response::json(value.dump());
  response.set_header("Access-Control-Allow-Origin", "*");
  return response;
}

web::Response categories(app::App& app) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  return json_response({
      {"agency", {{"code", agency.code}, {"name", agency.name}}},
      {"categories", category_tree_json(tree)},
  });
}

nlohmann::json facets_json(const search::SearchResults& results, const catalog::CategoryTree& tree) {
  nlohmann::json by_category = nlohmann::json::array();
  for (const auto& [code, count] : results.by_category) {
    const catalog::Category* category = tree.find(code);
    by_category.push_back({{"code", code}, {"name", category ? category->name : code}, {"count", count}});
  }
  nlohmann::json by_year = nlohmann::json::array();
  for (auto it = results.by_year.rbegin(); it != results.by_year.rend(); ++it) {
    by_year.push_back({{"year", it->first}, {"count", it->second}});
  }
  return {{"category", by_category}, {"year", by_year}};
}

web::Response items(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  std::string code = portal::text_param(request, "category");
  const catalog::Category* category = nullptr;
  if (!code.empty()) {
    category = tree.find(code);
    if (category == nullptr) throw InvalidInput("栏目不存在：" + code);
  }
  std::optional<int> year = portal::parse_year(request);
  int page = portal::parse_page(request);
  int per_page = portal::parse_per_page(request, kDefaultPerPage);
  std::string q = portal::text_param(request, "q");
  if (utf8_length(q) > kMaxQueryChars) throw InvalidInput("搜索词过长：最多 200 个字。");

  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json out = {{"page", page}, {"per_page", per_page}};
  if (q.empty()) {
    catalog::ItemFilter filter;
    filter.agency_id = agency.id;
    if (category != nullptr) filter.category_id = category->id;
    filter.year = year;
    filter.page = page;
    filter.per_page = per_page;
    catalog::ItemPage result = catalog::list_public_items(*connection, tree, filter, app.today());
    for (const auto& item : result.items) rows.push_back(item_summary_json(item, tree));
    out["total"] = result.total;
  } else {
    search::SearchQuery query;
    query.text = q;
    query.agency_id = agency.id;
    if (category != nullptr) query.category_code = category->code;
    query.year = year;
    query.page = page;
    query.per_page = per_page;
    std::string sort = portal::text_param(request, "sort");
    if (!sort.empty() && sort != "relevance" && sort != "date") {
      throw InvalidInput("排序方式无效：应为 relevance 或 date。");
    }
    if (sort == "date") query.order = search::SearchOrder::kNewest;
    search::SearchResults results = app.search(query);
    for (const auto& hit : results.hits) {
      auto item = catalog::find_public_item(*connection, hit.item_id, app.today());
      if (!item || item->agency_id != agency.id) continue;
      nlohmann::json row = item_summary_json(*item, tree);
      row["title_html"] = hit.title_html;
      row["snippet_html"] = hit.snippet_html;
      row["score"] = hit.score;
      rows.push_back(std::move(row));
    }
    out["total"] = results.total;
    out["total_exact"] = results.total_exact;
    out["facets"] = facets_json(results, tree);
  }
  out["items"] = std::move(rows);
  return json_response(out);
}

web::Response one_item(app::App& app, const std::string& id_text) {
  int64_t id = portal::parse_id(id_text, "未找到该信息。");
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  auto item = catalog::find_public_item(*connection, id, app.today());
  if (!item || item->agency_id != agency.id) throw NotFound("未找到该信息，或该信息未公开。");
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  return json_response(item_detail_json(*item, tree, catalog::list_attachments(*connection, item->id),
                                        catalog::public_links(*connection, item->id, app.today())));
}

}  // namespace

void register_api_routes(web::Router& router, app::App& app) {
  router.get("/api/v1/categories", [&app](const web::Request&, const web::PathParams&) { return categories(app); });
  router.get("/api/v1/items", [&app](const web::Request& r, const web::PathParams&) { return items(app, r); });
  router.get("/api/v1/items/{id}", [&app](const web::Request&, const web::PathParams& params) {
    return one_item(app, params.at("id"));
  });
  register_application_routes(router, app);
}

}  // namespace gongkai::api
