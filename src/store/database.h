// gongkai/store/database.h
//
// The store behind every domain module: one interface, two engines.
//   - SQLite (a file path): WAL, foreign keys on, busy timeout, synchronous=FULL.
//   - PostgreSQL (a "postgresql://" or "postgres://" URL) through libpq.
// SQL is written once, in the subset both engines run, with "?" placeholders
// (the PostgreSQL engine rewrites them to $1, $2 …). New rows report their id
// with "INSERT … RETURNING id". Dates and times are stored as ISO-8601 TEXT,
// booleans as INTEGER 0/1, money as INTEGER fen.
//
// A Database is shared by all threads and hands out Connections from a pool;
// a Connection is used by one thread at a time. Statements are prepared once
// per connection and cached. Every failure throws StoreError, except a
// violated UNIQUE constraint, which throws Conflict.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gongkai::store {

enum class Engine { kSqlite, kPostgres };

// A parameter or a column value. NULL is std::monostate.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> columns, std::vector<Value> values);

  size_t size() const { return values_.size(); }
  bool is_null(size_t i) const;
  int64_t integer(size_t i) const;   // throws StoreError if not an integer (text digits are accepted)
  double real(size_t i) const;
  std::string text(size_t i) const;  // integers and reals are formatted; NULL gives ""
  std::optional<std::string> optional_text(size_t i) const;
  std::optional<int64_t> optional_integer(size_t i) const;

  // The same, by column name (throws StoreError for an unknown name).
  size_t index_of(std::string_view column) const;
  bool is_null(std::string_view c) const { return is_null(index_of(c)); }
  int64_t integer(std::string_view c) const { return integer(index_of(c)); }
  double real(std::string_view c) const { return real(index_of(c)); }
  std::string text(std::string_view c) const { return text(index_of(c)); }
  std::optional<std::string> optional_text(std::string_view c) const { return optional_text(index_of(c)); }
  std::optional<int64_t> optional_integer(std::string_view c) const { return optional_integer(index_of(c)); }

 private:
  std::shared_ptr<const std::vector<std::string>> columns_;
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;

  // Runs a query and returns all its rows.
  virtual Rows query(std::string_view sql, const std::vector<Value>& params = {}) = 0;

  // Runs a statement; returns the number of rows changed.
  virtual int64_t execute(std::string_view sql, const std::vector<Value>& params = {}) = 0;

  // Runs several statements without parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;

  // Transactions; prefer the RAII Transaction below.
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  virtual bool in_transaction() const = 0;

  // False once the connection is lost (the server went away); the pool then
  // discards it instead of handing it out again.
  virtual bool healthy() const { return true; }

  // The first row, or nullopt when there is no row.
  std::optional<Row> query_one(std::string_view sql, const std::vector<Value>& params = {});
};

// Begins on construction; rolls back on destruction unless commit() was called.
// On a connection already inside a transaction it is a savepoint instead: its
// changes become part of the outer transaction when committed, and are undone
// alone when it rolls back — so a domain function that opens a Transaction
// can be called from another.
class Transaction {
 public:
  explicit Transaction(Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();
  Connection& connection() { return connection_; }

 private:
  Connection& connection_;
  bool nested_ = false;
  bool done_ = false;
};

class Database;

// A connection leased from the pool; returned when the lease is destroyed.
class ConnectionLease {
 public:
  ConnectionLease(Database* owner, std::unique_ptr<Connection> connection);
  ~ConnectionLease();
  ConnectionLease(ConnectionLease&&) noexcept;
  ConnectionLease& operator=(ConnectionLease&&) = delete;
  Connection& operator*() { return *connection_; }
  Connection* operator->() { return connection_.get(); }

 private:
  Database* owner_;
  std::unique_ptr<Connection> connection_;
};

class Database {
 public:
  // Opens the store named by `url`: "postgresql://…" or "postgres://…" selects
  // PostgreSQL; anything else is a SQLite file path (created if absent).
  // Throws StoreError when it cannot be opened.
  static std::unique_ptr<Database> open(const std::string& url);

  virtual ~Database() = default;
  virtual Engine engine() const = 0;
  const std::string& url() const { return url_; }

  // A connection from the pool (a new one when the pool is empty). A lease
  // must not outlive its Database. A connection given back in the middle of
  // a transaction is rolled back; one that cannot be is discarded.
  ConnectionLease lease();

  // How many idle connections the pool keeps (default 8); extra ones are closed.
  void set_max_idle(size_t max_idle);

  // Applies every migration not yet applied (see migrations.h), in order, each
  // in its own transaction. Returns the number applied.
  int migrate();

 protected:
  explicit Database(std::string url);
  virtual std::unique_ptr<Connection> connect() = 0;

 private:
  friend class ConnectionLease;
  void give_back(std::unique_ptr<Connection> connection);
  std::string url_;
  struct Pool;
  std::shared_ptr<Pool> pool_;
};

}  // namespace gongkai::store
