#include <gtest/gtest.h>

#include "catalog/category.h"

namespace gongkai::catalog {
namespace {

// 1 政策文件; 2 重点领域信息 > 3 社会救助 > 5 低保; 2 > 4 社会组织.
CategoryTree sample() {
  return CategoryTree({{5, 1, "db", 3, "低保", "", 5},
                       {1, 1, "zcwj", std::nullopt, "政策文件", "", 1},
                       {4, 1, "shzz", 2, "社会组织", "", 4},
                       {2, 1, "zdly", std::nullopt, "重点领域信息", "", 2},
                       {3, 1, "shjz", 2, "社会救助", "", 3}});
}

TEST(CategoryTreeTest, KeepsDisplayOrder) {
  const auto tree = sample();
  ASSERT_EQ(tree.roots().size(), 2u);
  EXPECT_EQ(tree.roots()[0]->code, "zcwj");
  EXPECT_EQ(tree.roots()[1]->code, "zdly");
  EXPECT_EQ(tree.all().front().code, "zcwj");
}

TEST(CategoryTreeTest, SubtreeHoldsEveryDescendant) {
  const auto tree = sample();
  EXPECT_EQ(tree.subtree_ids(2), (std::vector<int64_t>{2, 3, 4, 5}));
  EXPECT_EQ(tree.subtree_ids(5), (std::vector<int64_t>{5}));
}

TEST(CategoryTreeTest, PathRunsFromTheRoot) {
  const auto tree = sample();
  const auto path = tree.path(5);
  ASSERT_EQ(path.size(), 3u);
  EXPECT_EQ(path[0]->name, "重点领域信息");
  EXPECT_EQ(path[1]->name, "社会救助");
  EXPECT_EQ(path[2]->name, "低保");
  EXPECT_EQ(tree.find("shzz")->id, 4);
  EXPECT_EQ(tree.find("none"), nullptr);
}

}  // namespace
}  // namespace gongkai::catalog
