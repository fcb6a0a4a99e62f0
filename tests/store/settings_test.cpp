// Each connection is configured as the store's contract says: on SQLite WAL,
// foreign keys, a 5 s busy timeout and synchronous=FULL; on PostgreSQL UTF-8
// and China time. Opening a store that cannot be reached fails with StoreError.
#include "core/errors.h"
#include "store_fixture.h"

namespace gongkai::store::testing {
namespace {

using Settings = StoreTest;

void expect_configured(Connection& c) {
  if (c.engine() == Engine::kSqlite) {
    EXPECT_EQ(c.query_one("PRAGMA journal_mode")->text(0), "wal");
    EXPECT_EQ(c.query_one("PRAGMA foreign_keys")->integer(0), 1);
    EXPECT_EQ(c.query_one("PRAGMA busy_timeout")->integer(0), 5000);
    EXPECT_EQ(c.query_one("PRAGMA synchronous")->integer(0), 2);  // 2 = FULL
    return;
  }
  EXPECT_EQ(c.query_one("SHOW client_encoding")->text(0), "UTF8");
  EXPECT_EQ(c.query_one("SHOW TimeZone")->text(0), "Asia/Shanghai");
}

TEST_P(Settings, EveryConnectionIsConfigured) {
  auto first = db_->lease();
  auto second = db_->lease();
  EXPECT_EQ(first->engine(), GetParam());
  EXPECT_EQ(db_->engine(), GetParam());
  expect_configured(*first);
  expect_configured(*second);
}

TEST_P(Settings, UnreachableStoreFailsToOpen) {
  if (GetParam() == Engine::kSqlite) {
    EXPECT_THROW(Database::open("/nonexistent-gongkai-dir/sub/x.db"), StoreError);
  } else {
    EXPECT_THROW(Database::open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"), StoreError);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, Settings, all_engines(), engine_name);

}  // namespace
}  // namespace gongkai::store::testing
