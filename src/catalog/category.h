// gongkai/catalog/category.h
//
// The 公开目录: an agency's tree of categories (栏目), each with a short code
// used in URLs (/xxgk/ml/<code>). The tree is configurable per agency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gongkai::catalog {

struct Category {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string code;  // e.g. "zcwj"
  std::optional<int64_t> parent_id;
  std::string name;  // e.g. "政策文件"
  std::string description;
  int sort_order = 0;
};

// A read-only view of one agency's categories as a tree.
class CategoryTree {
 public:
  explicit CategoryTree(std::vector<Category> categories);  // any order

  const std::vector<Category>& all() const { return categories_; }  // in display order
  const Category* find(int64_t id) const;
  const Category* find(const std::string& code) const;
  std::vector<const Category*> roots() const;
  std::vector<const Category*> children(int64_t id) const;
  // The category and all its descendants' ids.
  std::vector<int64_t> subtree_ids(int64_t id) const;
  // From the root down to the category itself.
  std::vector<const Category*> path(int64_t id) const;

 private:
  std::vector<Category> categories_;
};

}  // namespace gongkai::catalog
