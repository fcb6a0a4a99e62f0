// gongkai/catalog/item_row.h (internal to catalog/)
//
// The one mapping between the items table and InformationItem, and the one
// SQL condition that makes an item public, shared by queries and commands.
#pragma once

#include <string>

#include "catalog/item.h"
#include "store/database.h"

namespace gongkai::catalog::detail {

// The columns item_from_row() expects, qualified with "items.".
extern const char* const kItemColumns;

// "status = 'published' AND attribute IN ('proactive','partial') AND
// published_date IS NOT NULL AND published_date <= ?": bind today's date.
extern const char* const kPublicCondition;

InformationItem item_from_row(const store::Row& row);

std::string_view status_code(ItemStatus status);

}  // namespace gongkai::catalog::detail
