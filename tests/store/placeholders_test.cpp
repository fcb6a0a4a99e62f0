// "?" placeholders: numbered for PostgreSQL, left alone inside string
// literals, quoted identifiers and comments, on both engines.
#include "core/errors.h"
#include "store/placeholders.h"
#include "store_fixture.h"

namespace gongkai::store::testing {
namespace {

TEST(NumberPlaceholders, NumbersEachPlaceholderInOrder) {
  NumberedSql numbered = number_placeholders("SELECT * FROM item WHERE agency_id = ? AND year = ? LIMIT ?");
  EXPECT_EQ(numbered.sql, "SELECT * FROM item WHERE agency_id = $1 AND year = $2 LIMIT $3");
  EXPECT_EQ(numbered.placeholders, 3);
}

TEST(NumberPlaceholders, LeavesLiteralsIdentifiersAndCommentsAlone) {
  NumberedSql numbered = number_placeholders(
      "SELECT 'why?', 'it''s ?', \"odd?name\", ? -- really?\n FROM t /* what? */ WHERE a = ?");
  EXPECT_EQ(numbered.sql,
            "SELECT 'why?', 'it''s ?', \"odd?name\", $1 -- really?\n FROM t /* what? */ WHERE a = $2");
  EXPECT_EQ(numbered.placeholders, 2);
}

TEST(NumberPlaceholders, CountsTenAndMore) {
  NumberedSql numbered = number_placeholders("VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  EXPECT_EQ(numbered.sql, "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)");
  EXPECT_EQ(numbered.placeholders, 11);
}

TEST(NumberPlaceholders, UnterminatedLiteralIsCopiedAsIs) {
  NumberedSql numbered = number_placeholders("SELECT ? , 'open ?");
  EXPECT_EQ(numbered.sql, "SELECT $1 , 'open ?");
  EXPECT_EQ(numbered.placeholders, 1);
}

using Placeholders = StoreTest;

TEST_P(Placeholders, QuestionMarksInLiteralsAndIdentifiersAreNotParameters) {
  create("CREATE TABLE faq (\"question?\" TEXT NOT NULL, n {{bigint}} NOT NULL)");
  auto c = db_->lease();
  c->execute("INSERT INTO faq (\"question?\", n) VALUES (?, ?)", {std::string("如何申请？"), int64_t{1}});
  c->execute("INSERT INTO faq (\"question?\", n) VALUES ('why?', ?)", {int64_t{2}});
  Rows rows = c->query("SELECT \"question?\" AS q, '?' AS mark, 'it''s ?' AS quote FROM faq WHERE n >= ? ORDER BY n",
                       {int64_t{1}});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text("q"), "如何申请？");
  EXPECT_EQ(rows[1].text("q"), "why?");
  EXPECT_EQ(rows[0].text("mark"), "?");
  EXPECT_EQ(rows[0].text("quote"), "it's ?");
}

TEST_P(Placeholders, WrongNumberOfValuesIsAStoreError) {
  create("CREATE TABLE pair (a {{bigint}}, b {{bigint}})");
  auto c = db_->lease();
  EXPECT_THROW(c->execute("INSERT INTO pair (a, b) VALUES (?, ?)", {int64_t{1}}), StoreError);
  EXPECT_THROW(c->execute("INSERT INTO pair (a, b) VALUES (?, ?)", {int64_t{1}, int64_t{2}, int64_t{3}}),
               StoreError);
  EXPECT_EQ(count("pair"), 0);
}

TEST_P(Placeholders, CachedStatementRunsAgainWithNewValues) {
  create("CREATE TABLE seq (n {{bigint}})");
  auto c = db_->lease();
  for (int64_t n = 1; n <= 5; ++n) c->execute("INSERT INTO seq (n) VALUES (?)", {n * n});
  auto row = c->query_one("SELECT SUM(n) FROM seq WHERE n > ?", {int64_t{4}});
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->integer(0), 9 + 16 + 25);
}

TEST_P(Placeholders, ManyDistinctStatementsKeepWorking) {
  create("CREATE TABLE seq (n {{bigint}})");
  auto c = db_->lease();
  c->execute("INSERT INTO seq (n) VALUES (?)", {int64_t{7}});
  // More distinct SQL texts than a connection keeps prepared (512).
  for (int i = 0; i < 600; ++i) {
    auto row = c->query_one("SELECT n + " + std::to_string(i) + " AS m FROM seq WHERE n = ?", {int64_t{7}});
    ASSERT_TRUE(row.has_value()) << i;
    ASSERT_EQ(row->integer("m"), 7 + i);
  }
  EXPECT_EQ(c->query_one("SELECT n + 0 AS m FROM seq WHERE n = ?", {int64_t{7}})->integer("m"), 7);
}

INSTANTIATE_TEST_SUITE_P(Engines, Placeholders, all_engines(), engine_name);

}  // namespace
}  // namespace gongkai::store::testing
