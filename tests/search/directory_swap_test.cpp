// The swap of a rebuilt index into place, by RENAME_EXCHANGE and by the
// three-rename fallback used where the file system lacks it: afterwards each
// directory holds the other's files, and nothing is left behind.
#include "search/directory_swap.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "core/errors.h"
#include "temp_dir.h"

namespace gongkai::search {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

std::string read(const fs::path& file) {
  std::ifstream in(file);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class DirectorySwapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write(live_ / "revision", "old");
    write(fresh_ / "revision", "new");
  }
  void expect_swapped() {
    EXPECT_EQ(read(live_ / "revision"), "new");
    EXPECT_EQ(read(fresh_ / "revision"), "old");
    EXPECT_FALSE(fs::exists(live_.string() + ".old"));
  }
  gongkai::testing::TempDir dir_;
  const fs::path live_ = dir_.path() / "search";
  const fs::path fresh_ = dir_.path() / "search.rebuild";
};

TEST_F(DirectorySwapTest, InOneStepWhereTheFileSystemAllows) {
  swap_directories(live_, fresh_);
  expect_swapped();
}

TEST_F(DirectorySwapTest, ByThreeRenamesElsewhereEvenOverALeftoverOld) {
  write(fs::path(live_.string() + ".old") / "revision", "left by a crash");
  swap_by_renames(live_, fresh_);
  expect_swapped();
}

TEST_F(DirectorySwapTest, AMissingIndexIsAStoreErrorAndTheLiveOneStays) {
  fs::remove_all(fresh_);
  EXPECT_THROW(swap_by_renames(live_, fresh_), StoreError);
  EXPECT_THROW(swap_directories(live_, fresh_), StoreError);
  EXPECT_EQ(read(live_ / "revision"), "old");
  EXPECT_FALSE(fs::exists(live_.string() + ".old"));
}

}  // namespace
}  // namespace gongkai::search
