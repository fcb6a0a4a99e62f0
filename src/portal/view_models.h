// gongkai/portal/view_models.h
//
// Turning domain values into the JSON the templates render: plain strings,
// never HTML (the templates escape them), except where a field name ends in
// _html. Dates are YYYY-MM-DD.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/category.h"
#include "catalog/item.h"
#include "org/agency.h"

namespace gongkai::portal {

// "/xxgk/item/42".
std::string item_path(int64_t item_id);

// "2017-03-26", or "" when absent.
std::string date_text(const std::optional<CivilDate>& date);

// One row of a list: id, url, index_number, title, doc_number,
// published_date, category_name, category_url.
nlohmann::json item_row(const catalog::InformationItem& item, const catalog::CategoryTree& tree);

// The metadata block of an item page, as rows {label, value} in the order of
// the conventions: 索引号, 主题分类, 体裁分类, 发布机构, 成文日期, 发布日期, 文号,
// 有效性, 公开属性, 内容概述. An empty value shows as "无".
nlohmann::json item_metadata(const catalog::InformationItem& item);

// Paragraphs of a plain-text body: split on blank lines, trimmed, empties dropped.
std::vector<std::string> paragraphs(const std::string& text);

// The category tree as nested nodes {code, name, url, current, has_children,
// nodes}; `current` marks the category being shown.
nlohmann::json category_nodes(const catalog::CategoryTree& tree, std::optional<int64_t> current_id);

// "path?a=1&b=2" with every value percent-encoded; empty values are skipped.
std::string with_query(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params);

// Pagination: {show, page, page_count, prev_url, next_url, pages: [{number,
// url, current, gap}]} with the first, the last and two pages either side of
// the current one; `url_of(n)` builds the link to page n.
nlohmann::json pagination(int page, int page_count, const std::function<std::string(int)>& url_of);

// "12.3 KB" style file size.
std::string file_size_text(int64_t bytes);

// The disclosure office's contacts as label/value rows, empty ones left out.
nlohmann::json office_rows(const org::DisclosureOffice& office);

}  // namespace gongkai::portal
