#include "api/category_json.h"

#include "web/http.h"

namespace gongkai::api {

namespace {

nlohmann::json node_json(const catalog::CategoryTree& tree, const catalog::Category& category) {
  nlohmann::json children = nlohmann::json::array();
  for (const auto* child : tree.children(category.id)) children.push_back(node_json(tree, *child));
  return {
      {"id", category.id},
      {"code", category.code},
      {"name", category.name},
      {"description", category.description},
      {"url", "/xxgk/ml/" + category.code},
      {"items_url", "/api/v1/items?category=" + web::percent_encode(category.code)},
      {"children", std::move(children)},
  };
}

}  // namespace

nlohmann::json category_tree_json(const catalog::CategoryTree& tree) {
  nlohmann::json roots = nlohmann::json::array();
  for (const auto* root : tree.roots()) roots.push_back(node_json(tree, *root));
  return roots;
}

}  // namespace gongkai::api
