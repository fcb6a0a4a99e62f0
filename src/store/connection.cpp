// Connection: the engine-independent helpers.
#include "store/database.h"

namespace gongkai::store {

std::optional<Row> Connection::query_one(std::string_view sql, const std::vector<Value>& params) {
  Rows rows = query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

}  // namespace gongkai::store
