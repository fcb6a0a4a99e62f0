// gongkai/accounts/session.h
//
// Server-side sessions (会话). The browser's cookie holds a random 32-byte
// token (hex); the `sessions` table holds only its SHA-256, the session's
// CSRF token, whether the second factor is done, and when it was last used.
// A session unused for 30 minutes is dead: looking it up deletes it. Each
// successful lookup moves last_seen_at to `now`. A session belongs to an
// active account only; deactivating an account ends its sessions.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "accounts/instant.h"
#include "accounts/user.h"
#include "store/database.h"

namespace gongkai::accounts {

inline constexpr std::chrono::minutes kSessionIdleLimit{30};

// What the browser gets: the cookie value and the token forms must carry.
struct NewSession {
  std::string token;       // 64 hex characters, for the cookie only
  std::string csrf_token;  // 64 hex characters
};

struct ActiveSession {
  std::string token_hash;
  std::string csrf_token;
  bool second_factor_done = false;
  std::string created_at;
  std::string last_seen_at;
  User user;
};

// Inserts a session for `user_id` (no audit: the login that calls it audits),
// and deletes every session idle for 30 minutes or more.
NewSession create_session(store::Connection& connection, int64_t user_id, bool second_factor_done,
                          const std::string& remote_address, Instant now);

// The live session of `token`, touched; nullopt for an unknown, idle or
// malformed token, or an inactive account.
std::optional<ActiveSession> find_active_session(store::Connection& connection, const std::string& token, Instant now);

void delete_session(store::Connection& connection, const std::string& token_hash);
void delete_user_sessions(store::Connection& connection, int64_t user_id);
void mark_second_factor_done(store::Connection& connection, const std::string& token_hash);

}  // namespace gongkai::accounts
