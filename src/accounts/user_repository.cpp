#include "accounts/user_repository.h"

#include <nlohmann/json.hpp>

#include "accounts/password.h"
#include "core/errors.h"
#include "core/text.h"

namespace gongkai::accounts {
namespace {

constexpr const char* kColumns =
    "SELECT id, agency_id, username, display_name, role, department_id, password_hash, must_change_password, "
    "totp_secret, totp_enabled, totp_last_step, failed_logins, locked_until, active, created_at, "
    "password_changed_at FROM users ";

User from_row(const store::Row& row) {
  User user;
  user.id = row.integer(0);
  user.agency_id = row.integer(1);
  user.username = row.text(2);
  user.display_name = row.text(3);
  const auto role = org::role_from_key(row.text(4));
  if (!role) throw StoreError("unknown role in users: " + row.text(4));
  user.role = *role;
  user.department_id = row.optional_integer(5);
  user.password_hash = row.text(6);
  user.must_change_password = row.integer(7) != 0;
  user.totp_secret = row.text(8);
  user.totp_enabled = row.integer(9) != 0;
  user.totp_last_step = row.integer(10);
  user.failed_logins = static_cast<int>(row.integer(11));
  user.locked_until = row.optional_text(12);
  user.active = row.integer(13) != 0;
  user.created_at = row.text(14);
  user.password_changed_at = row.optional_text(15);
  return user;
}

bool valid_username(const std::string& username) {
  if (username.size() < 2 || username.size() > 32) return false;
  for (char c : username) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

void validate(store::Connection& connection, const NewUser& user) {
  if (!valid_username(user.username)) {
    throw InvalidInput("用户名须为2至32个字符，只能包含小写字母、数字、下划线、点和连字符");
  }
  const std::string name = normalize_text(user.display_name);
  if (name.empty() || utf8_length(name) > 50) throw InvalidInput("姓名须为1至50个字符");
  if (user.department_id) {
    auto row = connection.query_one("SELECT agency_id FROM departments WHERE id = ?", {*user.department_id});
    if (!row || row->integer(0) != user.agency_id) throw InvalidInput("所选科室不属于本机关");
  }
  require_password_policy(user.password, user.username);
}

}  // namespace

org::StaffActor User::actor(const std::string& remote_address) const {
  org::StaffActor staff;
  staff.user_id = id;
  staff.agency_id = agency_id;
  staff.username = username;
  staff.display_name = display_name;
  staff.role = role;
  staff.department_id = department_id;
  staff.remote_address = remote_address;
  return staff;
}

std::optional<User> find_user_by_username(store::Connection& connection, const std::string& username) {
  auto row = connection.query_one(std::string(kColumns) + "WHERE username = ?", {username});
  if (!row) return std::nullopt;
  return from_row(*row);
}

std::optional<User> find_user_by_id(store::Connection& connection, int64_t id) {
  auto row = connection.query_one(std::string(kColumns) + "WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return from_row(*row);
}

User require_user(store::Connection& connection, int64_t id) {
  auto user = find_user_by_id(connection, id);
  if (!user) throw NotFound("未找到账号");
  return *user;
}

std::vector<User> list_users(store::Connection& connection, int64_t agency_id) {
  std::vector<User> users;
  for (const auto& row : connection.query(std::string(kColumns) + "WHERE agency_id = ? ORDER BY username", {agency_id})) {
    users.push_back(from_row(row));
  }
  return users;
}

std::string user_audit_json(const User& user) {
  nlohmann::json j = {
      {"username", user.username},
      {"display_name", user.display_name},
      {"role", std::string(org::role_key(user.role))},
      {"department_id", user.department_id ? nlohmann::json(*user.department_id) : nlohmann::json(nullptr)},
      {"must_change_password", user.must_change_password},
      {"totp_enabled", user.totp_enabled},
      {"failed_logins", user.failed_logins},
      {"locked_until", user.locked_until ? nlohmann::json(*user.locked_until) : nlohmann::json(nullptr)},
      {"active", user.active},
  };
  return j.dump();
}

int64_t insert_user(store::Connection& connection, const audit::Actor& actor, const NewUser& user, Instant now) {
  validate(connection, user);
  if (find_user_by_username(connection, user.username)) throw Conflict("用户名已被使用：" + user.username);
  const std::string created = format_instant(now);
  store::Value department = std::monostate{};
  if (user.department_id) department = *user.department_id;
  auto row = connection.query_one(
      "INSERT INTO users (agency_id, username, display_name, role, department_id, password_hash, "
      "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {user.agency_id, user.username, normalize_text(user.display_name), std::string(org::role_key(user.role)),
       department, hash_password(user.password), int64_t{user.must_change_password ? 1 : 0}, created});
  const int64_t id = row->integer(0);
  audit::record(connection, actor, {"user.create", "user", std::to_string(id), "", user_audit_json(require_user(connection, id))});
  return id;
}

}  // namespace gongkai::accounts
