// gongkai/audit/audit_log.h
//
// The audit log (审计日志): one append-only record per state change, written by
// the domain function that makes the change, on the same connection and inside
// the same transaction, so that a change and its record commit or fail together.
// Each record's hash is SHA-256 over its fields and the previous record's hash;
// verify_audit_chain() detects a changed, inserted or removed record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/database.h"

namespace gongkai::audit {

// Who acts, and from where: a staff account, "cli" for the command line,
// "public" for an anonymous visitor.
struct Actor {
  std::string name;
  std::string remote_address;
};

struct AuditEntry {
  std::string action;       // e.g. "item.create", "agency.create"
  std::string entity;       // e.g. "item"
  std::string entity_id;    // e.g. "42"
  std::string before_json;  // "" when created
  std::string after_json;   // "" when deleted
};

// Appends `entry` for `actor`. Must be called inside a transaction
// (throws StoreError otherwise).
void record(store::Connection& connection, const Actor& actor, const AuditEntry& entry);

struct ChainCheck {
  bool intact = true;
  int64_t records = 0;
  std::optional<int64_t> first_broken_id;  // the first record whose hash does not match
};

ChainCheck verify_audit_chain(store::Connection& connection);

}  // namespace gongkai::audit
