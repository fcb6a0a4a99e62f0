// StoreTest: a fresh, empty store for each test, on the engine the test is
// instantiated for.
//   - SQLite: a new file in a new temporary directory, removed afterwards.
//   - PostgreSQL: a new schema in the GONGKAI_TEST_PG_URL database, made the
//     connection's search_path through the URL, dropped afterwards. When the
//     variable is unset the test is skipped, or fails if GONGKAI_REQUIRE_PG=1.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "store/database.h"

namespace gongkai::store {

// Lets GoogleTest print an Engine as "sqlite" or "postgres".
inline void PrintTo(Engine engine, std::ostream* out) {
  *out << (engine == Engine::kSqlite ? "sqlite" : "postgres");
}

}  // namespace gongkai::store

namespace gongkai::store::testing {

class StoreTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // A second, independent Database on the same store.
  std::unique_ptr<Database> reopen() const { return Database::open(url_); }

  // Creates a table from DDL written with migration tokens ({{id}} …).
  void create(const std::string& ddl);

  // SELECT COUNT(*) FROM `table`.
  int64_t count(const std::string& table);

  std::string url_;
  std::unique_ptr<Database> db_;

 private:
  std::filesystem::path sqlite_dir_;
  std::string pg_base_url_;
  std::string pg_schema_;
};

// Both engines, named "Sqlite" and "Postgres" in test names.
::testing::internal::ParamGenerator<Engine> all_engines();
std::string engine_name(const ::testing::TestParamInfo<Engine>& info);

// A random lowercase hex string of `length` characters.
std::string random_suffix(size_t length);

}  // namespace gongkai::store::testing
