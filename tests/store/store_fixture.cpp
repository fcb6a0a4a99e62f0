#include "store_fixture.h"

#include <cstdlib>
#include <random>

#include "store/migrations.h"

namespace gongkai::store::testing {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

std::string random_suffix(size_t length) {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  std::uniform_int_distribution<int> digit(0, 15);
  std::string out;
  for (size_t i = 0; i < length; ++i) out += "0123456789abcdef"[digit(generator)];
  return out;
}

::testing::internal::ParamGenerator<Engine> all_engines() {
  return ::testing::Values(Engine::kSqlite, Engine::kPostgres);
}

std::string engine_name(const ::testing::TestParamInfo<Engine>& info) {
  return info.param == Engine::kSqlite ? "Sqlite" : "Postgres";
}

void StoreTest::SetUp() {
  if (GetParam() == Engine::kSqlite) {
    sqlite_dir_ = std::filesystem::temp_directory_path() / ("gongkai-store-test-" + random_suffix(12));
    std::filesystem::create_directories(sqlite_dir_);
    url_ = (sqlite_dir_ / "test.db").string();
    db_ = Database::open(url_);
    return;
  }
  pg_base_url_ = env("GONGKAI_TEST_PG_URL");
  if (pg_base_url_.empty()) {
    if (env("GONGKAI_REQUIRE_PG") == "1") {
      FAIL() << "GONGKAI_REQUIRE_PG=1 but GONGKAI_TEST_PG_URL is not set";
    }
    GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set (scripts/pg-test-cluster.sh start)";
  }
  pg_schema_ = "t_" + random_suffix(16);
  Database::open(pg_base_url_)->lease()->execute_script("CREATE SCHEMA " + pg_schema_);
  char separator = pg_base_url_.find('?') == std::string::npos ? '?' : '&';
  url_ = pg_base_url_ + separator + "options=-csearch_path%3D" + pg_schema_;
  db_ = Database::open(url_);
}

void StoreTest::TearDown() {
  db_.reset();
  if (!sqlite_dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(sqlite_dir_, ignored);
  }
  if (!pg_schema_.empty()) {
    Database::open(pg_base_url_)->lease()->execute_script("DROP SCHEMA " + pg_schema_ + " CASCADE");
  }
}

void StoreTest::create(const std::string& ddl) {
  db_->lease()->execute_script(render_migration(ddl, GetParam()));
}

int64_t StoreTest::count(const std::string& table) {
  return db_->lease()->query_one("SELECT COUNT(*) FROM " + table)->integer(0);
}

}  // namespace gongkai::store::testing
