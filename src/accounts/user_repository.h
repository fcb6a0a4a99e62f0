// gongkai/accounts/user_repository.h
//
// The `users` table: reads, and the writes the account functions
// (login.h, user_admin.h) build on. insert_user validates a NewUser
// (username form, name, role, department of the agency, password policy),
// hashes the password and audits "user.create" in the caller's transaction;
// it checks no permission (the CLI and the demo loader call it directly,
// administrators through user_admin.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "accounts/instant.h"
#include "accounts/user.h"
#include "audit/audit_log.h"
#include "store/database.h"

namespace gongkai::accounts {

std::optional<User> find_user_by_username(store::Connection& connection, const std::string& username);
std::optional<User> find_user_by_id(store::Connection& connection, int64_t id);
// Throws NotFound ("未找到账号").
User require_user(store::Connection& connection, int64_t id);

// The agency's accounts, by username.
std::vector<User> list_users(store::Connection& connection, int64_t agency_id);

// Must run inside a transaction; returns the new id. Conflict when the
// username is taken.
int64_t insert_user(store::Connection& connection, const audit::Actor& actor, const NewUser& user, Instant now);

// The user's state as audited (no hash, no secret): {"username":…, "role":…, …}.
std::string user_audit_json(const User& user);

}  // namespace gongkai::accounts
