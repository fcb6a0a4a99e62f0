// gongkai/api/item_json.h
//
// Public items as JSON. Only public fields: never the original body of a
// 部分公开 item (public_text() only), never the withholding ground, the
// department or the workflow status.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/category.h"
#include "catalog/item.h"

namespace gongkai::api {

// The list form: id, index_number, title, doc_number, publisher, category
// {code,name}, written_date, published_date, topic, genre, validity(+_label),
// attribute(+_label), summary, url, api_url.
nlohmann::json item_summary_json(const catalog::InformationItem& item, const catalog::CategoryTree& tree);

// The full form: the summary plus body, attachments [{id, file_name,
// media_type, size_bytes, sha256, url}] and links [{item_id, title, relation,
// relation_label, url, api_url}].
nlohmann::json item_detail_json(const catalog::InformationItem& item, const catalog::CategoryTree& tree,
                                const std::vector<catalog::Attachment>& attachments,
                                const std::vector<catalog::ItemLink>& links);

}  // namespace gongkai::api
