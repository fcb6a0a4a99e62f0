// The SQLite engine: one sqlite3 handle per Connection, statements prepared
// once per connection and cached by their SQL text.
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "core/errors.h"
#include "store/engines.h"

namespace gongkai::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;
// SQL built with inlined values would otherwise grow the cache without bound.
constexpr size_t kMaxCachedStatements = 512;

bool is_unique_violation(int extended_code) {
  return extended_code == SQLITE_CONSTRAINT_UNIQUE || extended_code == SQLITE_CONSTRAINT_PRIMARYKEY;
}

[[noreturn]] void fail(sqlite3* db, int code) {
  if (is_unique_violation(code)) throw Conflict(kUniqueViolationMessage);
  throw StoreError(fmt::format("sqlite error {}: {}", code, db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

// True when `tail` (what follows a prepared statement) holds only blanks and ';'.
bool only_separators(const char* tail) {
  for (; *tail != '\0'; ++tail) {
    char c = *tail;
    if (c != ';' && c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) {
    int code = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code != SQLITE_OK) {
      std::string message = fmt::format("cannot open sqlite database '{}': {}", path,
                                        db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code));
      sqlite3_close_v2(db_);
      throw StoreError(message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    try {
      run("PRAGMA journal_mode=WAL");
      run("PRAGMA foreign_keys=ON");
      run("PRAGMA synchronous=FULL");
    } catch (...) {
      sqlite3_close_v2(db_);
      throw;
    }
  }

  ~SqliteConnection() override {
    forget_statements();
    sqlite3_close_v2(db_);
  }

  Engine engine() const override { return Engine::kSqlite; }

  Rows query(std::string_view sql, const std::vector<Value>& params) override {
    sqlite3_stmt* statement = prepare(sql);
    Reset reset{statement};
    bind(statement, params);
    int count = sqlite3_column_count(statement);
    auto columns = std::make_shared<std::vector<std::string>>();
    for (int i = 0; i < count; ++i) columns->emplace_back(sqlite3_column_name(statement, i));
    Rows rows;
    while (step(statement)) rows.emplace_back(columns, read_row(statement, count));
    return rows;
  }

  int64_t execute(std::string_view sql, const std::vector<Value>& params) override {
    sqlite3_stmt* statement = prepare(sql);
    Reset reset{statement};
    bind(statement, params);
    while (step(statement)) {
    }
    return sqlite3_stmt_readonly(statement) ? 0 : sqlite3_changes64(db_);
  }

  void execute_script(std::string_view sql) override { run(std::string(sql)); }

  void begin() override {
    if (in_transaction()) throw StoreError("begin() inside a transaction: transactions do not nest");
    run("BEGIN IMMEDIATE");
  }

  void commit() override { run("COMMIT"); }

  void rollback() override { run("ROLLBACK"); }

  bool in_transaction() const override { return sqlite3_get_autocommit(db_) == 0; }

 private:
  // Resets a cached statement and drops its bindings when a call ends.
  struct Reset {
    sqlite3_stmt* statement;
    ~Reset() {
      sqlite3_reset(statement);
      sqlite3_clear_bindings(statement);
    }
  };

  void run(const std::string& sql) {
    char* message = nullptr;
    int code = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);  // sqlite3_errmsg(db_) still holds the text
    if (code != SQLITE_OK) fail(db_, sqlite3_extended_errcode(db_));
  }

  sqlite3_stmt* prepare(std::string_view sql) {
    std::string key(sql);
    if (auto found = cache_.find(key); found != cache_.end()) return found->second;
    if (cache_.size() >= kMaxCachedStatements) forget_statements();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    int code = sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size() + 1), SQLITE_PREPARE_PERSISTENT,
                                  &statement, &tail);
    if (code != SQLITE_OK) fail(db_, code);
    if (statement == nullptr) throw StoreError("empty SQL statement");
    if (!only_separators(tail)) {
      sqlite3_finalize(statement);
      throw StoreError("several SQL statements in one call; use execute_script()");
    }
    cache_.emplace(std::move(key), statement);
    return statement;
  }

  // Called only between calls, when no cached statement is running.
  void forget_statements() {
    for (auto& [sql, statement] : cache_) sqlite3_finalize(statement);
    cache_.clear();
  }

  void bind(sqlite3_stmt* statement, const std::vector<Value>& params) {
    int expected = sqlite3_bind_parameter_count(statement);
    if (expected != static_cast<int>(params.size())) {
      throw StoreError(fmt::format("statement has {} placeholders but {} values were given", expected,
                                   params.size()));
    }
    for (int i = 0; i < expected; ++i) {
      const Value& value = params[i];
      int code = SQLITE_OK;
      if (const auto* n = std::get_if<int64_t>(&value)) {
        code = sqlite3_bind_int64(statement, i + 1, *n);
      } else if (const auto* d = std::get_if<double>(&value)) {
        code = sqlite3_bind_double(statement, i + 1, *d);
      } else if (const auto* s = std::get_if<std::string>(&value)) {
        code = sqlite3_bind_text64(statement, i + 1, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      } else {
        code = sqlite3_bind_null(statement, i + 1);
      }
      if (code != SQLITE_OK) fail(db_, code);
    }
  }

  // Advances to the next row; false when the statement is done.
  bool step(sqlite3_stmt* statement) {
    int code = sqlite3_step(statement);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    fail(db_, code);
  }

  static std::vector<Value> read_row(sqlite3_stmt* statement, int count) {
    std::vector<Value> values;
    values.reserve(count);
    for (int i = 0; i < count; ++i) {
      switch (sqlite3_column_type(statement, i)) {
        case SQLITE_INTEGER:
          values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(statement, i)));
          break;
        case SQLITE_FLOAT:
          values.emplace_back(sqlite3_column_double(statement, i));
          break;
        case SQLITE_NULL:
          values.emplace_back(std::monostate{});
          break;
        default: {  // TEXT and BLOB both come back as bytes
          const void* data = sqlite3_column_blob(statement, i);
          int size = sqlite3_column_bytes(statement, i);
          values.emplace_back(std::string(static_cast<const char*>(data), data ? size : 0));
        }
      }
    }
    return values;
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(std::string path) : Database(std::move(path)) {}
  Engine engine() const override { return Engine::kSqlite; }

 protected:
  std::unique_ptr<Connection> connect() override { return std::make_unique<SqliteConnection>(url()); }
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path) {
  auto database = std::make_unique<SqliteDatabase>(path);
  database->lease();  // opens the first connection now, so a bad path fails here
  return database;
}

}  // namespace gongkai::store
