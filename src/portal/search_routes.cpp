// /search?q=&category=&year=&sort=relevance|date&page=: Chinese full-text
// search over the portal agency's public items, with highlighted titles and
// snippets, facets by category and year (as links) and paging. An empty q
// shows the form only; a bad parameter gives the page with a Chinese message
// and status 400.
#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "core/text.h"
#include "portal/page.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/view_models.h"

namespace gongkai::portal {

namespace {

constexpr int kPerPage = 20;
constexpr size_t kMaxQueryChars = 200;

struct SearchParams {
  std::string q;
  std::string category;
  std::optional<int> year;
  std::string sort;  // "" (relevance) or "date"
  int page = 1;

  std::string url(int page_number, const std::string* category_override = nullptr,
                  const std::string* year_override = nullptr) const {
    std::string year_text = year ? std::to_string(*year) : std::string();
    return with_query("/search", {{"q", q},
                                  {"category", category_override ? *category_override : category},
                                  {"year", year_override ? *year_override : year_text},
                                  {"sort", sort},
                                  {"page", page_number > 1 ? std::to_string(page_number) : ""}});
  }
};

// Reads and checks the parameters; throws InvalidInput with a Chinese message.
SearchParams read_params(const web::Request& request, const catalog::CategoryTree& tree) {
  SearchParams params;
  params.q = text_param(request, "q");
  if (utf8_length(params.q) > kMaxQueryChars) throw InvalidInput("搜索词过长：最多 200 个字。");
  params.category = text_param(request, "category");
  if (!params.category.empty() && tree.find(params.category) == nullptr) {
    throw InvalidInput("栏目不存在，请重新选择。");
  }
  params.year = parse_year(request);
  std::string sort = text_param(request, "sort");
  if (sort == "date") {
    params.sort = "date";
  } else if (!sort.empty() && sort != "relevance") {
    throw InvalidInput("排序方式无效：应为按相关度或按时间。");
  }
  params.page = parse_page(request);
  return params;
}

nlohmann::json facet_links(const search::SearchResults& results, const catalog::CategoryTree& tree,
                           const SearchParams& params) {
  nlohmann::json categories = nlohmann::json::array();
  for (const auto& category : tree.all()) {  // in the catalogue's display order
    auto found = results.by_category.find(category.code);
    if (found == results.by_category.end() || found->second == 0) continue;
    categories.push_back({{"name", category.name},
                          {"count", found->second},
                          {"url", params.url(1, &category.code)},
                          {"current", params.category == category.code}});
  }
  nlohmann::json years = nlohmann::json::array();
  for (auto it = results.by_year.rbegin(); it != results.by_year.rend(); ++it) {
    if (it->second == 0) continue;
    std::string year_text = std::to_string(it->first);
    years.push_back({{"name", year_text + "年"},
                     {"count", it->second},
                     {"url", params.url(1, nullptr, &year_text)},
                     {"current", params.year && *params.year == it->first}});
  }
  std::string empty;
  return {{"categories", categories},
          {"years", years},
          {"has_filter", !params.category.empty() || params.year.has_value()},
          {"clear_url", params.url(1, &empty, &empty)}};
}

nlohmann::json hit_rows(app::App& app, store::Connection& connection, const catalog::CategoryTree& tree,
                        const search::SearchResults& results, int64_t agency_id) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& hit : results.hits) {
    auto item = catalog::find_public_item(connection, hit.item_id, app.today());
    if (!item || item->agency_id != agency_id) continue;  // the index lags a revocation
    nlohmann::json row = item_row(*item, tree);
    row["title_html"] = hit.title_html;
    row["snippet_html"] = hit.snippet_html;
    rows.push_back(std::move(row));
  }
  return rows;
}

nlohmann::json form_view(const SearchParams& params, const catalog::CategoryTree& tree) {
  nlohmann::json categories = nlohmann::json::array();
  for (const auto& category : tree.all()) {
    // Sub-categories are indented by their depth (the select cannot nest).
    std::string indent;
    for (size_t depth = tree.path(category.id).size(); depth > 1; --depth) indent += "　";
    categories.push_back({{"code", category.code},
                          {"name", indent + category.name},
                          {"selected", category.code == params.category}});
  }
  return {{"q", params.q},
          {"categories", categories},
          {"year", params.year ? std::to_string(*params.year) : std::string()},
          {"sort_date", params.sort == "date"}};
}

// Runs the query and adds the results, facets, sorting links and paging to `content`.
void add_results(app::App& app, store::Connection& connection, const catalog::CategoryTree& tree,
                 int64_t agency_id, const SearchParams& params, nlohmann::json& content) {
  search::SearchQuery query;
  query.text = params.q;
  query.agency_id = agency_id;
  if (!params.category.empty()) query.category_code = params.category;
  query.year = params.year;
  query.order = params.sort == "date" ? search::SearchOrder::kNewest : search::SearchOrder::kRelevance;
  query.page = params.page;
  query.per_page = kPerPage;
  search::SearchResults results = app.search(query);

  int page_count = static_cast<int>((results.total + kPerPage - 1) / kPerPage);
  nlohmann::json rows = hit_rows(app, connection, tree, results, agency_id);
  SearchParams by_date = params;
  by_date.sort = "date";
  SearchParams by_relevance = params;
  by_relevance.sort = "";
  content["searched"] = true;
  content["q"] = params.q;
  content["total"] = results.total;
  content["total_exact"] = results.total_exact;
  content["results"] = rows;
  content["has_results"] = !rows.empty();
  content["facets"] = facet_links(results, tree, params);
  content["sort_date_url"] = by_date.url(1);
  content["sort_relevance_url"] = by_relevance.url(1);
  content["sort_date"] = params.sort == "date";
  content["pagination"] = pagination(params.page, page_count, [&params](int n) { return params.url(n); });
}

web::Response search_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);
  PageMeta meta{"站内搜索", "search", {{"站内搜索", ""}}, 200};
  nlohmann::json content = {{"form", form_view(SearchParams{}, tree)}};
  try {
    SearchParams params = read_params(request, tree);
    content["form"] = form_view(params, tree);
    if (!params.q.empty()) {
      add_results(app, *connection, tree, agency.id, params, content);
      meta.title = "搜索：" + params.q;
    }
  } catch (const InvalidInput& error) {
    content["error"] = error.what();
    meta.status = 400;
    meta.title = "搜索条件有误";
  }
  return render_page(app, request, agency, "portal/search", std::move(content), meta);
}

}  // namespace

void register_search_routes(web::Router& router, app::App& app) {
  router.get("/search", [&app](const web::Request& r, const web::PathParams&) { return search_page(app, r); });
}

}  // namespace gongkai::portal
