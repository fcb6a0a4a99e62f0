// gongkai/api/category_json.h
//
// The category tree as nested JSON: [{id, code, name, description, url,
// api_url, children: […]}], roots in display order.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/category.h"

namespace gongkai::api {

nlohmann::json category_tree_json(const catalog::CategoryTree& tree);

}  // namespace gongkai::api
