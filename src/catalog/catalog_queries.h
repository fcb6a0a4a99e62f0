// gongkai/catalog/catalog_queries.h
//
// The read side of the catalogue, as the public sees it. Every function here
// returns public items only (InformationItem::is_public): an item that is a
// draft, revoked, 依申请公开 or 不予公开, or dated in the future, does not exist
// for these functions. The portal, the API, the feed, the sitemap and search all
// read through them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "catalog/category.h"
#include "catalog/item.h"
#include "search/search_index.h"
#include "store/database.h"

namespace gongkai::catalog {

CategoryTree load_category_tree(store::Connection& connection, int64_t agency_id);

struct ItemFilter {
  int64_t agency_id = 0;
  std::optional<int64_t> category_id;  // includes the category's descendants
  std::optional<int> year;             // year of 发布日期
  int page = 1;                        // 1-based
  int per_page = 20;                   // 1..100
};

struct ItemPage {
  std::vector<InformationItem> items;  // newest first (发布日期, then id)
  int64_t total = 0;
  int page = 1;
  int per_page = 20;
  int page_count() const;
};

// Throws InvalidInput for a page < 1 or per_page outside 1..100, NotFound for
// a category not in `tree`.
ItemPage list_public_items(store::Connection& connection, const CategoryTree& tree,
                           const ItemFilter& filter, CivilDate today);

// Years (of 发布日期) that have public items, newest first, with counts.
std::vector<std::pair<int, int64_t>> public_item_years(store::Connection& connection,
                                                       int64_t agency_id, CivilDate today);

// A number that grows whenever an item changes in a way the public could see
// (every such change writes a search change-log row): what is computed from
// public items stays valid while it, and the date, stay the same.
int64_t catalog_version(store::Connection& connection);

// nullopt when the item does not exist or is not public.
std::optional<InformationItem> find_public_item(store::Connection& connection, int64_t id,
                                                CivilDate today);

std::vector<Attachment> list_attachments(store::Connection& connection, int64_t item_id);
// The bytes of an attachment of a public item; throws NotFound otherwise.
std::pair<Attachment, std::string> read_public_attachment(store::Connection& connection,
                                                          int64_t attachment_id, CivilDate today);

// Links to and from public items only.
std::vector<ItemLink> public_links(store::Connection& connection, int64_t item_id, CivilDate today);

// The newest public items of an agency (the feed, the home page).
std::vector<InformationItem> latest_public_items(store::Connection& connection, int64_t agency_id,
                                                 int limit, CivilDate today);

// Every public item's id and 发布日期 (the sitemap).
std::vector<std::pair<int64_t, CivilDate>> all_public_item_dates(store::Connection& connection,
                                                                 int64_t agency_id, CivilDate today);

// The search index's view of items (see search/index_follower.h).
std::optional<search::SearchDocument> search_document(store::Connection& connection, int64_t item_id,
                                                      CivilDate today);
void for_each_search_document(store::Connection& connection, CivilDate today,
                              const std::function<void(const search::SearchDocument&)>& sink);

}  // namespace gongkai::catalog
