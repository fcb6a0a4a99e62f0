#include "search/stored_fields.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"

namespace gongkai::search {

std::string encode_stored_fields(const StoredFields& fields) {
  nlohmann::json json = {
      {"id", fields.item_id}, {"t", fields.title}, {"s", fields.summary}, {"b", fields.body}};
  return json.dump();
}

StoredFields decode_stored_fields(const std::string& data) {
  try {
    nlohmann::json json = nlohmann::json::parse(data);
    return StoredFields{json.at("id").get<int64_t>(), json.at("t").get<std::string>(),
                        json.at("s").get<std::string>(), json.at("b").get<std::string>()};
  } catch (const nlohmann::json::exception&) {
    throw StoreError("搜索索引中的文档数据已损坏，请重建索引");
  }
}

}  // namespace gongkai::search
