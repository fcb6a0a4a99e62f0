// Values go in and come back unchanged on both engines: integers (including
// the int64 extremes), reals, Chinese text and NULL; new rows report their id.
#include <limits>

#include "core/errors.h"
#include "store_fixture.h"

namespace gongkai::store::testing {
namespace {

using ValueTypes = StoreTest;

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

TEST_P(ValueTypes, EveryValueTypeRoundTrips) {
  create("CREATE TABLE sample (id {{id}}, n {{bigint}}, r DOUBLE PRECISION, s TEXT)");
  auto c = db_->lease();
  const std::string chinese = "吴忠市民政局关于《最低生活保障》的公告（2024年第3号）";
  const std::string sql = "INSERT INTO sample (n, r, s) VALUES (?, ?, ?)";
  c->execute(sql, {kMax, 0.1, chinese});
  c->execute(sql, {kMin, -2.5e300, std::string("")});
  c->execute(sql, {std::monostate{}, std::monostate{}, std::monostate{}});

  Rows rows = c->query("SELECT n, r, s FROM sample ORDER BY id");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].integer("n"), kMax);
  EXPECT_EQ(rows[0].real("r"), 0.1);
  EXPECT_EQ(rows[0].text("s"), chinese);
  EXPECT_EQ(rows[1].integer("n"), kMin);
  EXPECT_EQ(rows[1].real("r"), -2.5e300);
  EXPECT_FALSE(rows[1].is_null("s"));
  EXPECT_EQ(rows[1].text("s"), "");
  for (const char* column : {"n", "r", "s"}) EXPECT_TRUE(rows[2].is_null(column)) << column;
}

TEST_P(ValueTypes, BinaryBytesRoundTripThroughABlobColumn) {
  create("CREATE TABLE attachment (id {{id}}, content {{blob}})");
  auto c = db_->lease();
  const std::string bytes("%PDF\x00\x01\xff\xfe\n\\x41", 13);
  c->execute("INSERT INTO attachment (content) VALUES (?)", {bytes});
  auto row = c->query_one("SELECT content FROM attachment");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->text("content"), bytes);
  EXPECT_EQ(row->text("content").size(), 13u);
}

TEST_P(ValueTypes, NullReadsAsNulloptAndEmptyText) {
  create("CREATE TABLE sample (n {{bigint}}, s TEXT)");
  auto c = db_->lease();
  c->execute("INSERT INTO sample (n, s) VALUES (?, ?)", {std::monostate{}, std::monostate{}});
  auto row = c->query_one("SELECT n, s FROM sample");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->optional_integer("n"), std::nullopt);
  EXPECT_EQ(row->optional_text("s"), std::nullopt);
  EXPECT_EQ(row->text("s"), "");
  EXPECT_THROW(row->integer("n"), StoreError);
}

TEST_P(ValueTypes, NumbersConvertToTextAndDigitsToNumbers) {
  create("CREATE TABLE sample (n {{bigint}}, r DOUBLE PRECISION, s TEXT)");
  auto c = db_->lease();
  c->execute("INSERT INTO sample (n, r, s) VALUES (?, ?, ?)", {int64_t{640302}, 2.5, std::string("1024")});
  auto row = c->query_one("SELECT n, r, s FROM sample");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->text("n"), "640302");
  EXPECT_EQ(row->text("r"), "2.5");
  EXPECT_EQ(row->integer("s"), 1024);
  EXPECT_EQ(row->real("n"), 640302.0);
  EXPECT_EQ(row->optional_integer("n"), std::optional<int64_t>(640302));
}

TEST_P(ValueTypes, TextThatIsNotANumberIsRejected) {
  auto row = db_->lease()->query_one("SELECT 'abc' AS s");
  ASSERT_TRUE(row.has_value());
  EXPECT_THROW(row->integer("s"), StoreError);
  EXPECT_THROW(row->real("s"), StoreError);
}

TEST_P(ValueTypes, InsertReturningIdGivesTheNewRowsId) {
  create("CREATE TABLE agency (id {{id}}, name TEXT NOT NULL)");
  auto c = db_->lease();
  auto first = c->query_one("INSERT INTO agency (name) VALUES (?) RETURNING id", {std::string("吴忠市民政局")});
  auto second = c->query_one("INSERT INTO agency (name) VALUES (?) RETURNING id", {std::string("吴忠市财政局")});
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->integer("id"), 1);
  EXPECT_EQ(second->integer("id"), 2);
  auto row = c->query_one("SELECT name FROM agency WHERE id = ?", {second->integer("id")});
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->text(0), "吴忠市财政局");
}

TEST_P(ValueTypes, ExecuteReportsRowsChanged) {
  create("CREATE TABLE item (id {{id}}, year {{bigint}}, published {{bigint}} NOT NULL DEFAULT 0)");
  auto c = db_->lease();
  for (int64_t year : {2022, 2023, 2023, 2024}) c->execute("INSERT INTO item (year) VALUES (?)", {year});
  EXPECT_EQ(c->execute("UPDATE item SET published = 1 WHERE year >= ?", {int64_t{2023}}), 3);
  EXPECT_EQ(c->execute("DELETE FROM item WHERE year = ?", {int64_t{1999}}), 0);
  EXPECT_EQ(c->execute("DELETE FROM item WHERE year = ?", {int64_t{2022}}), 1);
  EXPECT_EQ(count("item"), 3);
}

TEST_P(ValueTypes, AggregatesOfIntegersAreIntegers) {
  create("CREATE TABLE fee (amount_fen {{bigint}})");
  auto c = db_->lease();
  for (int64_t fen : {1050, 2000, 35}) c->execute("INSERT INTO fee (amount_fen) VALUES (?)", {fen});
  auto row = c->query_one("SELECT SUM(amount_fen) AS total, COUNT(*) AS n, MAX(amount_fen) AS top FROM fee");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->integer("total"), 3085);
  EXPECT_EQ(row->text("total"), "3085");
  EXPECT_EQ(row->integer("n"), 3);
  EXPECT_EQ(row->integer("top"), 2000);
}

TEST_P(ValueTypes, ColumnsAreFoundByNameAndUnknownNamesThrow) {
  auto row = db_->lease()->query_one("SELECT 7 AS seven, 'x' AS letter");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->size(), 2u);
  EXPECT_EQ(row->index_of("letter"), 1u);
  EXPECT_EQ(row->integer("seven"), 7);
  EXPECT_THROW(row->index_of("eight"), StoreError);
}

TEST_P(ValueTypes, QueryOneGivesNulloptWhenNoRow) {
  create("CREATE TABLE empty_table (n {{bigint}})");
  EXPECT_FALSE(db_->lease()->query_one("SELECT n FROM empty_table").has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, ValueTypes, all_engines(), engine_name);

}  // namespace
}  // namespace gongkai::store::testing
