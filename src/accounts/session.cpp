#include "accounts/session.h"

#include "accounts/secure_random.h"
#include "core/digest.h"
#include "accounts/user_repository.h"

namespace gongkai::accounts {
namespace {

bool well_formed_token(const std::string& token) {
  if (token.size() != 64) return false;
  for (char c : token) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

NewSession create_session(store::Connection& connection, int64_t user_id, bool second_factor_done,
                          const std::string& remote_address, Instant now) {
  NewSession session{random_hex(32), random_hex(32)};
  const std::string at = format_instant(now);
  // Sessions nobody came back to are cleared here rather than by a timer.
  connection.execute("DELETE FROM sessions WHERE last_seen_at <= ?", {format_instant(now - kSessionIdleLimit)});
  connection.execute(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, second_factor_done, created_at, last_seen_at, "
      "remote_address) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {sha256_hex(session.token), user_id, session.csrf_token, int64_t{second_factor_done ? 1 : 0}, at, at,
       remote_address});
  return session;
}

std::optional<ActiveSession> find_active_session(store::Connection& connection, const std::string& token,
                                                 Instant now) {
  if (!well_formed_token(token)) return std::nullopt;
  const std::string hash = sha256_hex(token);
  auto row = connection.query_one(
      "SELECT user_id, csrf_token, second_factor_done, created_at, last_seen_at FROM sessions WHERE token_hash = ?",
      {hash});
  if (!row) return std::nullopt;
  const auto last_seen = parse_instant(row->text(4));
  if (!last_seen || now - *last_seen >= kSessionIdleLimit) {
    delete_session(connection, hash);
    return std::nullopt;
  }
  auto user = find_user_by_id(connection, row->integer(0));
  if (!user || !user->active) {
    delete_session(connection, hash);
    return std::nullopt;
  }
  const std::string seen = format_instant(now);
  connection.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {seen, hash});
  return ActiveSession{hash, row->text(1), row->integer(2) != 0, row->text(3), seen, *user};
}

void delete_session(store::Connection& connection, const std::string& token_hash) {
  connection.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

void delete_user_sessions(store::Connection& connection, int64_t user_id) {
  connection.execute("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

void mark_second_factor_done(store::Connection& connection, const std::string& token_hash) {
  connection.execute("UPDATE sessions SET second_factor_done = 1 WHERE token_hash = ?", {token_hash});
}

}  // namespace gongkai::accounts
