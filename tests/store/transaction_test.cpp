// Transactions: all or nothing, durable once committed; begin() never nests,
// but a Transaction inside another is a savepoint; a duplicate is a Conflict
// and a missing parent row is refused.
#include <stdexcept>

#include "core/errors.h"
#include "store_fixture.h"

namespace gongkai::store::testing {
namespace {

using Transactions = StoreTest;

TEST_P(Transactions, ExceptionRollsEverythingBack) {
  create("CREATE TABLE request (id {{id}}, title TEXT NOT NULL)");
  auto c = db_->lease();
  try {
    Transaction transaction(*c);
    c->execute("INSERT INTO request (title) VALUES (?)", {std::string("申请公开低保名单")});
    c->execute("INSERT INTO request (title) VALUES (?)", {std::string("申请公开财政预算")});
    throw std::runtime_error("interrupted");
  } catch (const std::runtime_error&) {
  }
  EXPECT_FALSE(c->in_transaction());
  EXPECT_EQ(count("request"), 0);
}

TEST_P(Transactions, CommitPersistsAcrossReopen) {
  create("CREATE TABLE request (id {{id}}, title TEXT NOT NULL)");
  {
    auto c = db_->lease();
    Transaction transaction(*c);
    c->execute("INSERT INTO request (title) VALUES (?)", {std::string("申请公开低保名单")});
    transaction.commit();
    EXPECT_FALSE(c->in_transaction());
  }
  db_.reset();
  auto reopened = reopen();
  Rows rows = reopened->lease()->query("SELECT id, title FROM request");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer("id"), 1);
  EXPECT_EQ(rows[0].text("title"), "申请公开低保名单");
}

TEST_P(Transactions, NestedBeginIsAnError) {
  auto c = db_->lease();
  Transaction transaction(*c);
  EXPECT_TRUE(c->in_transaction());
  EXPECT_THROW(c->begin(), StoreError);
  EXPECT_TRUE(c->in_transaction());
}

TEST_P(Transactions, InnerTransactionRollsBackAloneAndCommitsWithTheOuter) {
  create("CREATE TABLE request (id {{id}}, title TEXT NOT NULL)");
  auto c = db_->lease();
  {
    Transaction outer(*c);
    c->execute("INSERT INTO request (title) VALUES (?)", {std::string("外层")});
    {
      Transaction inner(*c);
      c->execute("INSERT INTO request (title) VALUES (?)", {std::string("内层撤销")});
    }  // not committed: only its row goes
    {
      Transaction inner(*c);
      c->execute("INSERT INTO request (title) VALUES (?)", {std::string("内层提交")});
      inner.commit();
    }
    EXPECT_TRUE(c->in_transaction());
    outer.commit();
  }
  Rows rows = c->query("SELECT title FROM request ORDER BY id");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text(0), "外层");
  EXPECT_EQ(rows[1].text(0), "内层提交");
}

TEST_P(Transactions, OuterRollbackUndoesACommittedInnerTransaction) {
  create("CREATE TABLE request (id {{id}}, title TEXT NOT NULL)");
  auto c = db_->lease();
  {
    Transaction outer(*c);
    Transaction inner(*c);
    c->execute("INSERT INTO request (title) VALUES (?)", {std::string("内层提交")});
    inner.commit();
  }
  EXPECT_FALSE(c->in_transaction());
  EXPECT_EQ(count("request"), 0);
}

TEST_P(Transactions, DuplicateUniqueValueIsAConflict) {
  create("CREATE TABLE agency (id {{id}}, code TEXT NOT NULL UNIQUE)");
  auto c = db_->lease();
  c->execute("INSERT INTO agency (code) VALUES (?)", {std::string("wzsmzj")});
  try {
    c->execute("INSERT INTO agency (code) VALUES (?)", {std::string("wzsmzj")});
    FAIL() << "a duplicate code was accepted";
  } catch (const Conflict& conflict) {
    EXPECT_STREQ(conflict.what(), "记录已存在（唯一性约束冲突）");
  }
  EXPECT_EQ(count("agency"), 1);
}

TEST_P(Transactions, ConflictInsideATransactionLeavesNothingOnceRolledBack) {
  create("CREATE TABLE agency (id {{id}}, code TEXT NOT NULL UNIQUE)");
  auto c = db_->lease();
  c->execute("INSERT INTO agency (code) VALUES (?)", {std::string("wzsmzj")});
  try {
    Transaction transaction(*c);
    c->execute("INSERT INTO agency (code) VALUES (?)", {std::string("wzscz")});
    c->execute("INSERT INTO agency (code) VALUES (?)", {std::string("wzsmzj")});
    transaction.commit();
    FAIL() << "a duplicate code was accepted";
  } catch (const Conflict&) {
  }
  Rows rows = c->query("SELECT code FROM agency");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text("code"), "wzsmzj");
}

TEST_P(Transactions, MissingParentRowIsRefused) {
  create("CREATE TABLE agency (id {{id}}, name TEXT NOT NULL)");
  create("CREATE TABLE department (id {{id}}, agency_id {{bigint}} NOT NULL REFERENCES agency (id))");
  auto c = db_->lease();
  EXPECT_THROW(c->execute("INSERT INTO department (agency_id) VALUES (?)", {int64_t{42}}), StoreError);
  EXPECT_EQ(count("department"), 0);
}

TEST_P(Transactions, LeaseReturnedMidTransactionIsRolledBack) {
  create("CREATE TABLE request (id {{id}}, title TEXT NOT NULL)");
  db_->set_max_idle(1);
  {
    auto c = db_->lease();
    c->begin();
    c->execute("INSERT INTO request (title) VALUES (?)", {std::string("未提交")});
  }
  auto c = db_->lease();  // the same connection, back from the pool
  EXPECT_FALSE(c->in_transaction());
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM request")->integer(0), 0);
  // Nothing still holds the write lock the abandoned transaction took.
  EXPECT_EQ(c->execute("INSERT INTO request (title) VALUES (?)", {std::string("已提交")}), 1);
  EXPECT_EQ(count("request"), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Transactions, all_engines(), engine_name);

}  // namespace
}  // namespace gongkai::store::testing
