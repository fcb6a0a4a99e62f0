// Database: engine selection and the connection pool.
#include <mutex>

#include "store/database.h"
#include "store/engines.h"
#include "store/migrations.h"

namespace gongkai::store {

struct Database::Pool {
  std::mutex mutex;
  std::vector<std::unique_ptr<Connection>> idle;
  size_t max_idle = 8;
};

namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// Rolls back a connection returned mid-transaction; false when it is unusable.
bool make_idle(Connection& connection) {
  try {
    if (!connection.healthy()) return false;
    if (connection.in_transaction()) connection.rollback();
    return !connection.in_transaction();
  } catch (...) {
    return false;
  }
}

}  // namespace

std::unique_ptr<Database> Database::open(const std::string& url) {
  if (starts_with(url, "postgresql://") || starts_with(url, "postgres://")) return open_postgres(url);
  return open_sqlite(url);
}

Database::Database(std::string url) : url_(std::move(url)), pool_(std::make_shared<Pool>()) {}

void Database::set_max_idle(size_t max_idle) {
  std::vector<std::unique_ptr<Connection>> surplus;
  {
    std::lock_guard lock(pool_->mutex);
    pool_->max_idle = max_idle;
    while (pool_->idle.size() > max_idle) {
      surplus.push_back(std::move(pool_->idle.back()));
      pool_->idle.pop_back();
    }
  }
  // `surplus` closes its connections here, outside the lock.
}

ConnectionLease Database::lease() {
  {
    std::lock_guard lock(pool_->mutex);
    if (!pool_->idle.empty()) {
      std::unique_ptr<Connection> connection = std::move(pool_->idle.back());
      pool_->idle.pop_back();
      return ConnectionLease(this, std::move(connection));
    }
  }
  return ConnectionLease(this, connect());
}

void Database::give_back(std::unique_ptr<Connection> connection) {
  if (!connection || !make_idle(*connection)) return;
  std::lock_guard lock(pool_->mutex);
  if (pool_->idle.size() < pool_->max_idle) pool_->idle.push_back(std::move(connection));
  // Otherwise `connection` is closed after the lock is released: a parameter
  // outlives the function's locals.
}

int Database::migrate() {
  ConnectionLease connection = lease();
  return apply_migrations(*connection, builtin_migrations());
}

ConnectionLease::ConnectionLease(Database* owner, std::unique_ptr<Connection> connection)
    : owner_(owner), connection_(std::move(connection)) {}

ConnectionLease::ConnectionLease(ConnectionLease&& other) noexcept
    : owner_(other.owner_), connection_(std::move(other.connection_)) {
  other.owner_ = nullptr;
}

ConnectionLease::~ConnectionLease() {
  if (owner_ == nullptr || !connection_) return;
  try {
    owner_->give_back(std::move(connection_));
  } catch (...) {
    // Out of memory while pooling: the connection is simply closed.
  }
}

}  // namespace gongkai::store
