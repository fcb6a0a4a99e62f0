#include "engagement/letter_queries.h"

#include "engagement/tracking_code.h"
#include "org/permission.h"
#include "org/role.h"

namespace gongkai::engagement {
namespace {

constexpr const char* kLetterColumns =
    "SELECT l.id, l.agency_id, l.tracking_code, l.writer_name, l.phone, l.email, l.address, l.subject, l.body, "
    "l.remote_address, l.submitted_at, l.received_on, l.due_on, l.assigned_user_id, u.display_name AS assignee, "
    "l.reply, l.replied_on, l.replied_by, l.published, l.public_subject, l.public_body, l.public_reply "
    "FROM letters l LEFT JOIN users u ON u.id = l.assigned_user_id ";

CivilDate stored_date(const std::string& text) { return parse_date(text).value_or(CivilDate{}); }

Letter letter_from(const store::Row& row) {
  Letter l;
  l.id = row.integer("id");
  l.agency_id = row.integer("agency_id");
  l.tracking_code = row.text("tracking_code");
  l.writer_name = row.text("writer_name");
  l.phone = row.text("phone");
  l.email = row.text("email");
  l.address = row.text("address");
  l.subject = row.text("subject");
  l.body = row.text("body");
  l.remote_address = row.text("remote_address");
  l.submitted_at = row.text("submitted_at");
  l.received_on = stored_date(row.text("received_on"));
  l.due_on = stored_date(row.text("due_on"));
  l.assigned_user_id = row.optional_integer("assigned_user_id");
  l.assigned_user_name = row.text("assignee");
  l.reply = row.text("reply");
  if (auto replied = row.optional_text("replied_on")) l.replied_on = parse_date(*replied);
  l.replied_by = row.text("replied_by");
  l.published = row.integer("published") != 0;
  l.public_subject = row.text("public_subject");
  l.public_body = row.text("public_body");
  l.public_reply = row.text("public_reply");
  return l;
}

PublishedLetter published_from(const store::Row& row) {
  return {row.integer("id"), row.text("public_subject"), row.text("public_body"), row.text("public_reply"),
          stored_date(row.text("received_on")), stored_date(row.text("replied_on"))};
}

constexpr const char* kPublishedColumns =
    "SELECT id, public_subject, public_body, public_reply, received_on, replied_on FROM letters "
    "WHERE agency_id = ? AND published = 1 AND replied_on IS NOT NULL ";

}  // namespace

std::optional<Letter> find_letter(store::Connection& connection, int64_t id) {
  const auto row = connection.query_one(std::string(kLetterColumns) + "WHERE l.id = ?", {id});
  if (!row) return std::nullopt;
  return letter_from(*row);
}

std::vector<Letter> list_letters(store::Connection& connection, int64_t agency_id, const LetterFilter& filter,
                                 CivilDate today) {
  std::string sql = std::string(kLetterColumns) + "WHERE l.agency_id = ?";
  std::vector<store::Value> params{agency_id};
  if (filter.overdue_only) {
    sql += " AND l.replied_on IS NULL AND l.due_on < ?";
    params.emplace_back(format_date(today));
  }
  if (filter.unreplied_only) sql += " AND l.replied_on IS NULL";
  if (filter.assigned_to) {
    sql += " AND l.assigned_user_id = ?";
    params.emplace_back(*filter.assigned_to);
  }
  sql += " ORDER BY l.submitted_at DESC, l.id DESC";
  std::vector<Letter> out;
  for (const auto& row : connection.query(sql, params)) out.push_back(letter_from(row));
  return out;
}

std::optional<LetterLookup> lookup_letter(store::Connection& connection, int64_t agency_id,
                                          const std::string& typed_code) {
  const auto code = normalize_tracking_code(typed_code);
  if (!code) return std::nullopt;
  const auto row =
      connection.query_one(std::string(kLetterColumns) + "WHERE l.agency_id = ? AND l.tracking_code = ?",
                           {agency_id, *code});
  if (!row) return std::nullopt;
  const Letter letter = letter_from(*row);
  return LetterLookup{format_tracking_code(letter.tracking_code), letter.subject, letter.received_on, letter.due_on,
                      letter.status(), letter.reply, letter.replied_on};
}

std::vector<PublishedLetter> published_letters(store::Connection& connection, int64_t agency_id) {
  std::vector<PublishedLetter> out;
  for (const auto& row :
       connection.query(std::string(kPublishedColumns) + "ORDER BY replied_on DESC, id DESC", {agency_id})) {
    out.push_back(published_from(row));
  }
  return out;
}

std::optional<PublishedLetter> find_published_letter(store::Connection& connection, int64_t agency_id, int64_t id) {
  const auto row = connection.query_one(std::string(kPublishedColumns) + "AND id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return published_from(*row);
}

std::vector<LetterHandler> letter_handlers(store::Connection& connection, int64_t agency_id) {
  std::vector<LetterHandler> out;
  for (const auto& row : connection.query(
           "SELECT id, display_name, role FROM users WHERE agency_id = ? AND active = 1 ORDER BY id", {agency_id})) {
    const auto role = org::role_from_key(row.text("role"));
    if (!role || !org::may(*role, org::Permission::kHandleLetters)) continue;
    out.push_back({row.integer("id"), row.text("display_name")});
  }
  return out;
}

}  // namespace gongkai::engagement
