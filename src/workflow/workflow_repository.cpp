#include "workflow/workflow_repository.h"

#include "core/errors.h"

namespace gongkai::workflow::detail {
namespace {

const char* const kItemSelect =
    "SELECT items.id, items.agency_id, categories.code, items.index_number, items.title, items.doc_number, "
    "COALESCE(departments.code, ''), items.written_date, COALESCE(items.formed_date, items.written_date), "
    "COALESCE(items.published_date, ''), items.topic, items.genre, items.validity, items.attribute, "
    "COALESCE(items.withholding_ground, ''), items.summary, items.body, COALESCE(items.public_body, ''), "
    "items.status, items.workflow_state, items.importance, items.body_format, items.created_by, items.version "
    "FROM items JOIN categories ON categories.id = items.category_id "
    "LEFT JOIN departments ON departments.id = items.department_id ";

ItemRow item_from(const store::Row& r) {
  ItemRow item;
  item.id = r.integer(0);
  item.agency_id = r.integer(1);
  item.category_code = r.text(2);
  item.index_number = r.text(3);
  item.title = r.text(4);
  item.doc_number = r.text(5);
  item.department_code = r.text(6);
  item.written_date = r.text(7);
  item.formed_date = r.text(8);
  item.published_date = r.text(9);
  item.topic = r.text(10);
  item.genre = r.text(11);
  item.validity = r.text(12);
  item.attribute = r.text(13);
  item.withholding_ground = r.text(14);
  item.summary = r.text(15);
  item.body = r.text(16);
  item.public_body = r.text(17);
  item.status = r.text(18);
  item.workflow_state = r.text(19);
  item.importance = r.text(20);
  item.body_format = r.text(21);
  item.created_by = r.optional_integer(22);
  item.version = r.integer(23);
  return item;
}

}  // namespace

std::optional<ItemRow> find_item_row(store::Connection& connection, int64_t id) {
  auto row = connection.query_one(std::string(kItemSelect) + "WHERE items.id = ?", {id});
  if (!row) return std::nullopt;
  return item_from(*row);
}

std::vector<ItemEvent> load_events(store::Connection& connection, int64_t item_id) {
  std::vector<ItemEvent> events;
  for (const auto& r : connection.query(
           "SELECT id, item_id, kind, at, on_date, user_id, actor, comment, data_json FROM item_events "
           "WHERE item_id = ? ORDER BY id",
           {item_id})) {
    const auto kind = event_from_key(r.text(2));
    if (!kind) throw StoreError("unknown item event kind: " + r.text(2));
    events.push_back({r.integer(0), r.integer(1), *kind, r.text(3), r.text(4), r.optional_integer(5), r.text(6),
                      r.text(7), r.text(8)});
  }
  return events;
}

int64_t insert_event(store::Connection& connection, const ItemEvent& event) {
  const auto row = connection.query_one(
      "INSERT INTO item_events (item_id, kind, at, on_date, user_id, actor, comment, data_json) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {event.item_id, std::string(event_key(event.kind)), event.at, event.on_date,
       event.user_id ? store::Value{*event.user_id} : store::Value{}, event.actor, event.comment, event.data_json});
  return row->integer(0);
}

bool move_projection(store::Connection& connection, int64_t item_id, const std::string& expected,
                     const std::string& to) {
  return connection.execute("UPDATE items SET workflow_state = ? WHERE id = ? AND workflow_state = ?",
                            {to, item_id, expected}) == 1;
}

std::vector<ItemRow> items_in_states(store::Connection& connection, int64_t agency_id,
                                     const std::vector<std::string>& states) {
  std::vector<ItemRow> out;
  if (states.empty()) return out;
  std::string placeholders;
  std::vector<store::Value> params{agency_id};
  for (const auto& state : states) {
    placeholders += placeholders.empty() ? "?" : ", ?";
    params.emplace_back(state);
  }
  for (const auto& r : connection.query(std::string(kItemSelect) + "WHERE items.agency_id = ? AND items.workflow_state IN (" +
                                            placeholders + ") ORDER BY COALESCE(items.formed_date, items.written_date), items.id",
                                        params)) {
    out.push_back(item_from(r));
  }
  return out;
}

std::optional<int64_t> category_id(store::Connection& connection, int64_t agency_id, const std::string& code) {
  auto row = connection.query_one("SELECT id FROM categories WHERE agency_id = ? AND code = ?", {agency_id, code});
  if (!row) return std::nullopt;
  return row->integer(0);
}

std::optional<int64_t> department_id(store::Connection& connection, int64_t agency_id, const std::string& code) {
  auto row = connection.query_one("SELECT id FROM departments WHERE agency_id = ? AND code = ?", {agency_id, code});
  if (!row) return std::nullopt;
  return row->integer(0);
}

}  // namespace gongkai::workflow::detail

namespace gongkai::workflow::detail {

namespace {
store::Value text_or_null(const std::string& text) { return text.empty() ? store::Value{} : store::Value{text}; }
}  // namespace

void set_workflow_columns(store::Connection& connection, int64_t item_id, const std::string& importance,
                          const std::string& body_format, const std::string& formed_date,
                          std::optional<int64_t> created_by) {
  connection.execute("UPDATE items SET importance = ?, body_format = ?, formed_date = ?, created_by = ? WHERE id = ?",
                     {importance, body_format, formed_date, created_by ? store::Value{*created_by} : store::Value{},
                      item_id});
}

int64_t update_draft(store::Connection& connection, int64_t item_id, const DraftContent& c,
                     const std::string& snapshot_json, const std::string& now, const std::string& changed_by) {
  connection.execute(
      "UPDATE items SET category_id = ?, department_id = ?, title = ?, doc_number = ?, written_date = ?, "
      "formed_date = ?, topic = ?, genre = ?, attribute = ?, withholding_ground = ?, summary = ?, body = ?, "
      "public_body = ?, importance = ?, body_format = ?, version = version + 1, updated_at = ? WHERE id = ?",
      {c.category_id, c.department_id ? store::Value{*c.department_id} : store::Value{}, c.title, c.doc_number,
       c.written_date, c.formed_date, c.topic, c.genre, c.attribute, text_or_null(c.withholding_ground), c.summary,
       c.body, text_or_null(c.public_body), c.importance, c.body_format, now, item_id});
  const int64_t version = connection.query_one("SELECT version FROM items WHERE id = ?", {item_id})->integer(0);
  connection.execute(
      "INSERT INTO item_versions (item_id, version, snapshot, changed_at, changed_by, note) VALUES (?, ?, ?, ?, ?, ?)",
      {item_id, version, snapshot_json, now, changed_by, std::string("修改草稿")});
  return version;
}

void set_published(store::Connection& connection, int64_t item_id, const std::string& published_date,
                   const std::string& now) {
  connection.execute("UPDATE items SET status = 'published', published_date = ?, updated_at = ? WHERE id = ?",
                     {published_date, now, item_id});
}

void set_revoked(store::Connection& connection, int64_t item_id, const std::string& now) {
  connection.execute("UPDATE items SET status = 'revoked', updated_at = ? WHERE id = ?", {now, item_id});
}

void set_validity(store::Connection& connection, int64_t item_id, const std::string& validity_code,
                  const std::string& now) {
  connection.execute("UPDATE items SET validity = ?, updated_at = ? WHERE id = ?", {validity_code, now, item_id});
}

int64_t insert_channel(store::Connection& connection, const ChannelRow& r) {
  return connection
      .query_one(
          "INSERT INTO item_channels (item_id, channel, outlet, published_on, reference, recorded_by, recorded_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {r.item_id, r.channel, r.outlet, r.published_on, r.reference, r.recorded_by, r.recorded_at})
      ->integer(0);
}

namespace {
ChannelRow channel_from(const store::Row& r) {
  return {r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7)};
}
}  // namespace

std::vector<ChannelRow> load_channels(store::Connection& connection, int64_t item_id) {
  std::vector<ChannelRow> out;
  for (const auto& r : connection.query(
           "SELECT id, item_id, channel, outlet, published_on, reference, recorded_by, recorded_at FROM item_channels "
           "WHERE item_id = ? ORDER BY published_on, id",
           {item_id})) {
    out.push_back(channel_from(r));
  }
  return out;
}

std::vector<ChannelRow> channels_between(store::Connection& connection, int64_t agency_id, const std::string& from,
                                         const std::string& to) {
  std::vector<ChannelRow> out;
  for (const auto& r : connection.query(
           "SELECT c.id, c.item_id, c.channel, c.outlet, c.published_on, c.reference, c.recorded_by, c.recorded_at "
           "FROM item_channels c JOIN items ON items.id = c.item_id "
           "WHERE items.agency_id = ? AND c.published_on >= ? AND c.published_on <= ? ORDER BY c.published_on, c.id",
           {agency_id, from, to})) {
    out.push_back(channel_from(r));
  }
  return out;
}

int64_t count_portal_items(store::Connection& connection, int64_t agency_id, const std::string& from,
                           const std::string& to) {
  return connection
      .query_one(
          "SELECT COUNT(*) FROM items WHERE agency_id = ? AND status = 'published' AND "
          "attribute IN ('proactive', 'partial') AND published_date >= ? AND published_date <= ?",
          {agency_id, from, to})
      ->integer(0);
}

}  // namespace gongkai::workflow::detail

namespace gongkai::workflow::detail {

namespace {

// The condition for items in `state` on `today`: a scheduled item whose day
// has come counts as published, whatever its projection still says.
std::string state_condition(const std::string& state, const std::string& today, std::vector<store::Value>& params) {
  if (state.empty()) return "";
  if (state == "published") {
    params.emplace_back(today);
    return "AND (items.workflow_state = 'published' OR "
           "(items.workflow_state = 'scheduled' AND items.published_date <= ?)) ";
  }
  if (state == "scheduled") {
    params.emplace_back(today);
    return "AND items.workflow_state = 'scheduled' AND items.published_date > ? ";
  }
  params.emplace_back(state);
  return "AND items.workflow_state = ? ";
}

}  // namespace

std::vector<ItemRow> list_items(store::Connection& connection, int64_t agency_id, const std::string& state,
                                const std::string& today, int64_t limit, int64_t offset) {
  std::vector<ItemRow> out;
  std::vector<store::Value> params{agency_id};
  const std::string condition = state_condition(state, today, params);
  params.emplace_back(limit);
  params.emplace_back(offset);
  for (const auto& r : connection.query(std::string(kItemSelect) + "WHERE items.agency_id = ? " + condition +
                                            "ORDER BY items.id DESC LIMIT ? OFFSET ?",
                                        params)) {
    out.push_back(item_from(r));
  }
  return out;
}

int64_t count_items(store::Connection& connection, int64_t agency_id, const std::string& state,
                    const std::string& today) {
  std::vector<store::Value> params{agency_id};
  const std::string condition = state_condition(state, today, params);
  return connection.query_one("SELECT COUNT(*) FROM items WHERE items.agency_id = ? " + condition, params)->integer(0);
}

std::string body_format(store::Connection& connection, int64_t item_id) {
  auto row = connection.query_one("SELECT body_format FROM items WHERE id = ?", {item_id});
  return row ? row->text(0) : "text";
}

}  // namespace gongkai::workflow::detail

namespace gongkai::workflow::detail {

std::vector<std::tuple<int64_t, std::string, std::string>> item_links(store::Connection& connection, int64_t item_id) {
  std::vector<std::tuple<int64_t, std::string, std::string>> out;
  for (const auto& r : connection.query(
           "SELECT items.id, items.title, 'interprets' FROM item_links JOIN items ON items.id = item_links.to_item_id "
           "WHERE item_links.from_item_id = ? "
           "UNION ALL SELECT items.id, items.title, 'interpreted_by' FROM item_links "
           "JOIN items ON items.id = item_links.from_item_id WHERE item_links.to_item_id = ? ORDER BY 1",
           {item_id, item_id})) {
    out.emplace_back(r.integer(0), r.text(1), r.text(2));
  }
  return out;
}

}  // namespace gongkai::workflow::detail
