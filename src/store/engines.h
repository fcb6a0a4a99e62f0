// gongkai/store/engines.h
//
// The two engines behind Database::open(). Each opens one connection at once,
// so that a bad path or URL fails here with StoreError, and keeps it pooled.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"

namespace gongkai::store {

// `path` is a SQLite database file, created if absent.
std::unique_ptr<Database> open_sqlite(const std::string& path);

// `url` is a libpq connection URI ("postgresql://…" or "postgres://…").
std::unique_ptr<Database> open_postgres(const std::string& url);

// The message a user sees when a UNIQUE constraint is violated.
inline constexpr const char* kUniqueViolationMessage = "记录已存在（唯一性约束冲突）";

}  // namespace gongkai::store
