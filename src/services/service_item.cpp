#include "services/service_item.h"

#include <string>

#include "core/errors.h"

namespace gongkai::services {

std::string_view item_state_key(ItemState state) {
  switch (state) {
    case ItemState::kDraft: return "draft";
    case ItemState::kPublished: return "published";
    case ItemState::kWithdrawn: return "withdrawn";
  }
  return "draft";
}

std::string_view item_state_name(ItemState state) {
  switch (state) {
    case ItemState::kDraft: return "草稿";
    case ItemState::kPublished: return "已公开";
    case ItemState::kWithdrawn: return "已撤回";
  }
  return "草稿";
}

ItemState item_state_from_key(std::string_view key) {
  if (key == "published") return ItemState::kPublished;
  if (key == "withdrawn") return ItemState::kWithdrawn;
  if (key == "draft") return ItemState::kDraft;
  throw StoreError("unknown service item state: " + std::string(key));
}

}  // namespace gongkai::services
