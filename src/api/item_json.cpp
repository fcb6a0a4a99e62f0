#include "api/item_json.h"

#include "core/civil_date.h"

namespace gongkai::api {

namespace {

std::string relation_label(const std::string& relation) {
  if (relation == "interprets") return "被解读的政策";
  if (relation == "interpreted_by") return "政策解读";
  return relation;
}

std::string item_url(int64_t id) { return "/xxgk/item/" + std::to_string(id); }
std::string item_api_url(int64_t id) { return "/api/v1/items/" + std::to_string(id); }

}  // namespace

nlohmann::json item_summary_json(const catalog::InformationItem& item, const catalog::CategoryTree& tree) {
  const catalog::Category* category = tree.find(item.category_id);
  nlohmann::json category_json = nullptr;
  if (category != nullptr) category_json = {{"code", category->code}, {"name", category->name}};
  return {
      {"id", item.id},
      {"index_number", item.index_number},
      {"title", item.title},
      {"doc_number", item.doc_number},
      {"publisher", item.publisher},
      {"category", category_json},
      {"written_date", format_date(item.written_date)},
      {"published_date", item.published_date ? nlohmann::json(format_date(*item.published_date)) : nullptr},
      {"topic", item.topic},
      {"genre", item.genre},
      {"validity", std::string(catalog::to_code(item.validity))},
      {"validity_label", std::string(catalog::to_label(item.validity))},
      {"attribute", std::string(catalog::to_code(item.attribute))},
      {"attribute_label", std::string(catalog::to_label(item.attribute))},
      {"summary", item.summary},
      {"url", item_url(item.id)},
      {"api_url", item_api_url(item.id)},
  };
}

nlohmann::json item_detail_json(const catalog::InformationItem& item, const catalog::CategoryTree& tree,
                                const std::vector<catalog::Attachment>& attachments,
                                const std::vector<catalog::ItemLink>& links) {
  nlohmann::json out = item_summary_json(item, tree);
  out["body"] = item.public_text();
  nlohmann::json files = nlohmann::json::array();
  for (const auto& attachment : attachments) {
    files.push_back({
        {"id", attachment.id},
        {"file_name", attachment.file_name},
        {"media_type", attachment.media_type},
        {"size_bytes", attachment.size_bytes},
        {"sha256", attachment.sha256},
        {"url", "/xxgk/file/" + std::to_string(attachment.id)},
    });
  }
  out["attachments"] = std::move(files);
  nlohmann::json related = nlohmann::json::array();
  for (const auto& link : links) {
    related.push_back({
        {"item_id", link.item_id},
        {"title", link.title},
        {"relation", link.relation},
        {"relation_label", relation_label(link.relation)},
        {"url", item_url(link.item_id)},
        {"api_url", item_api_url(link.item_id)},
    });
  }
  out["links"] = std::move(related);
  return out;
}

}  // namespace gongkai::api
