// The follower keeps the index in step with the store's change log.
#include "search/index_follower.h"

#include <gtest/gtest.h>

#include <map>

#include "store/database.h"
#include "temp_dir.h"
#include "test_segmenter.h"

namespace gongkai::search {
namespace {

using gongkai::testing::shared_segmenter;
using gongkai::testing::TempDir;

SearchDocument item(int64_t id, std::string title) {
  SearchDocument d;
  d.item_id = id;
  d.agency_id = 1;
  d.title = std::move(title);
  d.body = "正文";
  d.category_code = "zcwj";
  d.year = 2017;
  d.published = CivilDate{std::chrono::year{2017}, std::chrono::month{3}, std::chrono::day{26}};
  return d;
}

class IndexFollowerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::Database::open((dir_.path() / "store.db").string());
    auto lease = db_->lease();
    lease->execute_script(
        "CREATE TABLE search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "item_id INTEGER NOT NULL, changed_at TEXT NOT NULL);");
    index_ = std::make_unique<SearchIndex>(dir_.path() / "index", shared_segmenter());
  }

  void change(int64_t item_id) {
    auto lease = db_->lease();
    change(*lease, item_id);
  }

  static void change(store::Connection& connection, int64_t item_id) {
    connection.execute("INSERT INTO search_changes (item_id, changed_at) VALUES (?, ?)",
                   {item_id, std::string("2017-03-26T09:30:00+08:00")});
  }

  DocumentSource source() {
    return [this](store::Connection&, int64_t id) -> std::optional<SearchDocument> {
      asked_.push_back(id);
      auto it = public_items_.find(id);
      if (it == public_items_.end()) return std::nullopt;
      return it->second;
    };
  }

  AllDocuments all() {
    return [this](store::Connection&, const std::function<void(const SearchDocument&)>& sink) {
      for (const auto& [id, d] : public_items_) sink(d);
    };
  }

  int64_t count(const std::string& text) {
    SearchReader reader(dir_.path() / "index", shared_segmenter());
    SearchQuery q;
    q.text = text;
    return reader.search(q).total;
  }

  TempDir dir_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<SearchIndex> index_;
  std::map<int64_t, SearchDocument> public_items_;
  std::vector<int64_t> asked_;
};

TEST_F(IndexFollowerTest, AppliesPutsAndRemovalsInOrder) {
  public_items_[1] = item(1, "城乡低保标准");
  public_items_[5] = item(5, "古尔邦节慰问");
  change(1);
  change(5);
  auto lease = db_->lease();
  EXPECT_EQ(follow_changes(*lease, *index_, source()), 2);
  EXPECT_EQ(asked_, (std::vector<int64_t>{1, 5}));
  EXPECT_EQ(index_->applied_sequence(), 2);
  EXPECT_EQ(count("古尔邦节"), 1);

  public_items_.erase(5);  // revoked: no longer public
  change(5);
  EXPECT_EQ(follow_changes(*lease, *index_, source()), 1);
  EXPECT_EQ(index_->applied_sequence(), 3);
  EXPECT_EQ(count("古尔邦节"), 0);
  EXPECT_EQ(index_->document_count(), 1);

  EXPECT_EQ(follow_changes(*lease, *index_, source()), 0);
  EXPECT_EQ(asked_, (std::vector<int64_t>{1, 5, 5}));
}

TEST_F(IndexFollowerTest, ManyChangesAreAppliedInBatches) {
  auto lease = db_->lease();
  store::Transaction transaction(*lease);
  for (int64_t id = 1; id <= 1200; ++id) {
    public_items_[id] = item(id, "社会救助");
    change(*lease, id);
  }
  transaction.commit();
  EXPECT_EQ(follow_changes(*lease, *index_, source()), 1200);
  EXPECT_EQ(index_->applied_sequence(), 1200);
  EXPECT_EQ(index_->document_count(), 1200);
}

TEST_F(IndexFollowerTest, ReindexIsIdempotentAndRecordsNewestChange) {
  public_items_[1] = item(1, "城乡低保标准");
  public_items_[2] = item(2, "养老机构名单");
  public_items_[3] = item(3, "临时救助");
  change(1);
  change(2);
  change(3);
  change(9);  // an item that is gone
  auto lease = db_->lease();
  EXPECT_EQ(reindex(*lease, *index_, all()), 3);
  EXPECT_EQ(index_->applied_sequence(), 4);
  EXPECT_EQ(index_->document_count(), 3);
  EXPECT_EQ(reindex(*lease, *index_, all()), 3);
  EXPECT_EQ(index_->document_count(), 3);
  EXPECT_EQ(count("养老机构"), 1);
  EXPECT_EQ(follow_changes(*lease, *index_, source()), 0);  // nothing after the reindex
}

}  // namespace
}  // namespace gongkai::search
