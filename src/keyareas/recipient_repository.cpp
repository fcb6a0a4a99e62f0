#include "keyareas/recipient_repository.h"

#include "core/errors.h"

namespace gongkai::keyareas::detail {
namespace {

constexpr const char* kListColumns =
    "l.id, l.agency_id, l.programme, l.period_start, l.period_end, l.area, l.kind, l.status, l.created_by, "
    "l.created_on, l.published_on, l.window_ends_on, l.withdrawn_on, l.withdrawal_reason, "
    "(SELECT COUNT(*) FROM assistance_recipients r WHERE r.list_id = l.id) AS row_count";

CivilDate stored_date(const store::Row& row, const char* column) {
  const auto date = parse_date(row.text(column));
  if (!date) throw StoreError(std::string("assistance_recipient_lists.") + column + " is not a date");
  return *date;
}

std::optional<CivilDate> optional_date(const store::Row& row, const char* column) {
  const std::string text = row.text(column);
  if (text.empty()) return std::nullopt;
  return stored_date(row, column);
}

std::string optional_text(const std::optional<CivilDate>& date) { return date ? format_date(*date) : ""; }

ListStatus status_of(const std::string& key) {
  if (key == "draft") return ListStatus::kDraft;
  if (key == "published") return ListStatus::kPublished;
  if (key == "withdrawn") return ListStatus::kWithdrawn;
  throw StoreError("assistance_recipient_lists: unknown status " + key);
}

RecipientList list_from_row(const store::Row& row) {
  RecipientList l;
  l.id = row.integer("id");
  l.agency_id = row.integer("agency_id");
  l.programme = find_programme(row.text("programme"));
  if (!l.programme) throw StoreError("assistance_recipient_lists: unknown programme " + row.text("programme"));
  l.period = {stored_date(row, "period_start"), stored_date(row, "period_end")};
  l.area = row.text("area");
  l.kind = find_publicity_kind(row.text("kind"));
  if (!l.kind) throw StoreError("assistance_recipient_lists: unknown kind " + row.text("kind"));
  l.status = status_of(row.text("status"));
  l.created_by = row.text("created_by");
  l.created_on = stored_date(row, "created_on");
  l.published_on = optional_date(row, "published_on");
  l.window_ends_on = optional_date(row, "window_ends_on");
  l.withdrawn_on = optional_date(row, "withdrawn_on");
  l.withdrawal_reason = row.text("withdrawal_reason");
  l.rows = static_cast<int>(row.integer("row_count"));
  return l;
}

}  // namespace

int64_t insert_list(store::Connection& connection, const RecipientList& l) {
  const auto row = connection.query_one(
      "INSERT INTO assistance_recipient_lists (agency_id, programme, period_start, period_end, area, kind, status, "
      "created_by, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {l.agency_id, std::string(l.programme->key), format_date(l.period.start), format_date(l.period.end), l.area,
       std::string(l.kind->key), std::string(list_status_key(l.status)), l.created_by, format_date(l.created_on)});
  return row->integer(0);
}

int64_t insert_recipient(store::Connection& connection, int64_t list_id, const Recipient& r,
                         const std::string& id_digest) {
  const auto row = connection.query_one(
      "INSERT INTO assistance_recipients (list_id, position, head_name, township, village, household_size, "
      "amount_fen, change_kind, id_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {list_id, int64_t{r.position}, r.head_name, r.township, r.village, int64_t{r.household_size}, r.amount.value,
       r.change_kind, id_digest});
  return row->integer(0);
}

void delete_recipients(store::Connection& connection, int64_t list_id) {
  connection.execute("DELETE FROM assistance_recipients WHERE list_id = ?", {list_id});
}

void update_list_status(store::Connection& connection, const RecipientList& l) {
  connection.execute(
      "UPDATE assistance_recipient_lists SET status = ?, kind = ?, published_on = ?, window_ends_on = ?, "
      "withdrawn_on = ?, withdrawal_reason = ?, created_by = ?, created_on = ? WHERE id = ?",
      {std::string(list_status_key(l.status)), std::string(l.kind->key), optional_text(l.published_on),
       optional_text(l.window_ends_on), optional_text(l.withdrawn_on), l.withdrawal_reason, l.created_by,
       format_date(l.created_on), l.id});
}

std::optional<RecipientList> select_list(store::Connection& connection, int64_t list_id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kListColumns + " FROM assistance_recipient_lists l WHERE l.id = ?", {list_id});
  if (!row) return std::nullopt;
  return list_from_row(*row);
}

std::optional<RecipientList> select_current_list(store::Connection& connection, int64_t agency_id,
                                                 std::string_view programme, CivilDate period_start,
                                                 std::string_view area) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kListColumns +
          " FROM assistance_recipient_lists l WHERE l.agency_id = ? AND l.programme = ? AND l.period_start = ? "
          "AND l.area = ? AND l.status <> 'withdrawn'",
      {agency_id, std::string(programme), format_date(period_start), std::string(area)});
  if (!row) return std::nullopt;
  return list_from_row(*row);
}

std::vector<RecipientList> select_lists(store::Connection& connection, int64_t agency_id, std::string_view programme,
                                        bool public_only) {
  std::string sql = std::string("SELECT ") + kListColumns + " FROM assistance_recipient_lists l WHERE l.agency_id = ?";
  std::vector<store::Value> params{agency_id};
  if (!programme.empty()) {
    sql += " AND l.programme = ?";
    params.emplace_back(std::string(programme));
  }
  if (public_only) sql += " AND l.status <> 'draft'";
  sql += " ORDER BY l.period_start DESC, l.programme, l.area, l.id DESC";
  std::vector<RecipientList> out;
  for (const auto& row : connection.query(sql, params)) out.push_back(list_from_row(row));
  return out;
}

std::vector<Recipient> select_recipients(store::Connection& connection, int64_t list_id) {
  std::vector<Recipient> out;
  for (const auto& row : connection.query(
           "SELECT id, position, head_name, township, village, household_size, amount_fen, change_kind "
           "FROM assistance_recipients WHERE list_id = ? ORDER BY position",
           {list_id})) {
    Recipient r;
    r.id = row.integer("id");
    r.position = static_cast<int>(row.integer("position"));
    r.head_name = row.text("head_name");
    r.township = row.text("township");
    r.village = row.text("village");
    r.household_size = static_cast<int>(row.integer("household_size"));
    r.amount = Fen{row.integer("amount_fen")};
    r.change_kind = row.text("change_kind");
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<std::string> area_holding_digest(store::Connection& connection, int64_t agency_id,
                                               std::string_view programme, CivilDate period_start,
                                               int64_t except_list, const std::string& id_digest) {
  const auto row = connection.query_one(
      "SELECT l.area FROM assistance_recipients r JOIN assistance_recipient_lists l ON l.id = r.list_id "
      "WHERE l.agency_id = ? AND l.programme = ? AND l.period_start = ? AND l.status <> 'withdrawn' "
      "AND l.id <> ? AND r.id_digest = ?",
      {agency_id, std::string(programme), format_date(period_start), except_list, id_digest});
  if (!row) return std::nullopt;
  return row->text(0);
}

}  // namespace gongkai::keyareas::detail
