#include "catalog/category.h"

#include <algorithm>

namespace gongkai::catalog {

CategoryTree::CategoryTree(std::vector<Category> categories) : categories_(std::move(categories)) {
  std::stable_sort(categories_.begin(), categories_.end(),
                   [](const Category& a, const Category& b) { return a.sort_order < b.sort_order; });
}

const Category* CategoryTree::find(int64_t id) const {
  for (const auto& c : categories_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

const Category* CategoryTree::find(const std::string& code) const {
  for (const auto& c : categories_) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

std::vector<const Category*> CategoryTree::roots() const {
  std::vector<const Category*> result;
  for (const auto& c : categories_) {
    if (!c.parent_id) result.push_back(&c);
  }
  return result;
}

std::vector<const Category*> CategoryTree::children(int64_t id) const {
  std::vector<const Category*> result;
  for (const auto& c : categories_) {
    if (c.parent_id == id) result.push_back(&c);
  }
  return result;
}

std::vector<int64_t> CategoryTree::subtree_ids(int64_t id) const {
  std::vector<int64_t> ids{id};
  for (size_t i = 0; i < ids.size(); ++i) {
    for (const Category* child : children(ids[i])) ids.push_back(child->id);
  }
  return ids;
}

std::vector<const Category*> CategoryTree::path(int64_t id) const {
  std::vector<const Category*> result;
  for (const Category* c = find(id); c != nullptr && result.size() < categories_.size();
       c = c->parent_id ? find(*c->parent_id) : nullptr) {
    result.push_back(c);
  }
  std::reverse(result.begin(), result.end());
  return result;
}

}  // namespace gongkai::catalog
