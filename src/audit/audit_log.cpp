#include "audit/audit_log.h"

#include <sodium.h>

#include <array>

#include "core/civil_date.h"
#include "core/errors.h"

namespace gongkai::audit {
namespace {

const std::string kGenesisHash(64, '0');

std::string to_hex(const unsigned char* bytes, size_t size) {
  static const char* digits = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    hex.push_back(digits[bytes[i] >> 4]);
    hex.push_back(digits[bytes[i] & 0x0f]);
  }
  return hex;
}

struct StoredRecord {
  std::string at, actor, remote_address, action, entity, entity_id, before_json, after_json;
};

// SHA-256 over the previous hash and every field, each field length-prefixed
// so that no two different records hash the same input.
std::string chain_hash(const std::string& prev_hash, const StoredRecord& r) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto feed = [&state](const std::string& field) {
    const std::string length = std::to_string(field.size()) + ":";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(length.data()), length.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(field.data()), field.size());
  };
  for (const std::string* field : {&prev_hash, &r.at, &r.actor, &r.remote_address, &r.action, &r.entity,
                                   &r.entity_id, &r.before_json, &r.after_json}) {
    feed(*field);
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256_final(&state, digest.data());
  return to_hex(digest.data(), digest.size());
}

std::string last_hash(store::Connection& connection) {
  // PostgreSQL runs writers concurrently: serialise appends so the chain
  // cannot fork. SQLite's BEGIN IMMEDIATE already serialises writers.
  if (connection.engine() == store::Engine::kPostgres) {
    connection.execute("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE");
  }
  auto row = connection.query_one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  return row ? row->text(0) : kGenesisHash;
}

}  // namespace

void record(store::Connection& connection, const Actor& actor, const AuditEntry& entry) {
  if (!connection.in_transaction()) {
    throw StoreError("audit record written outside a transaction");
  }
  StoredRecord r{now_iso8601_china(), actor.name,      actor.remote_address, entry.action,
                 entry.entity,        entry.entity_id, entry.before_json,    entry.after_json};
  const std::string prev = last_hash(connection);
  const std::string hash = chain_hash(prev, r);
  connection.execute(
      "INSERT INTO audit_log (at, actor, remote_address, action, entity, entity_id, before_json, "
      "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {r.at, r.actor, r.remote_address, r.action, r.entity, r.entity_id, r.before_json, r.after_json, prev,
       hash});
}

ChainCheck verify_audit_chain(store::Connection& connection) {
  ChainCheck check;
  std::string expected_prev = kGenesisHash;
  const auto rows = connection.query(
      "SELECT id, at, actor, remote_address, action, entity, entity_id, before_json, after_json, "
      "prev_hash, hash FROM audit_log ORDER BY id");
  for (const auto& row : rows) {
    ++check.records;
    StoredRecord r{row.text(1), row.text(2), row.text(3), row.text(4),
                   row.text(5), row.text(6), row.text(7), row.text(8)};
    const bool linked = row.text(9) == expected_prev;
    const bool sealed = row.text(10) == chain_hash(row.text(9), r);
    if (!linked || !sealed) {
      check.intact = false;
      check.first_broken_id = row.integer(0);
      return check;
    }
    expected_prev = row.text(10);
  }
  return check;
}

}  // namespace gongkai::audit
