#include "credit/decision_repository.h"

#include <algorithm>

#include "core/errors.h"

namespace gongkai::credit::detail {
namespace {

// Every field column once (the union of the kinds' fields), with its type.
const std::vector<const PublicityField*>& field_columns() {
  static const std::vector<const PublicityField*> columns = [] {
    std::vector<const PublicityField*> all;
    for (const auto& kind : decision_kinds()) {
      for (const auto& field : kind.fields) {
        const bool seen = std::any_of(all.begin(), all.end(), [&](const auto* f) { return f->key == field.key; });
        if (!seen) all.push_back(&field);
      }
    }
    return all;
  }();
  return columns;
}

const std::string& select_columns() {
  static const std::string columns = [] {
    std::string text = "d.id, d.agency_id, d.kind, d.status, d.public_name, d.published_on, d.withdrawn_on, "
                       "d.withdrawal_reason, d.recorded_by";
    for (const auto* field : field_columns()) text += ", d." + std::string(field->key);
    return text;
  }();
  return columns;
}

CivilDate stored_date(const std::string& text, const char* what) {
  const auto date = parse_date(text);
  if (!date) throw StoreError(std::string("credit_decisions: ") + what + " is not a date");
  return *date;
}

std::optional<CivilDate> stored_optional_date(const store::Row& row, const char* column) {
  const auto text = row.optional_text(column);
  if (!text || text->empty()) return std::nullopt;
  return stored_date(*text, column);
}

CreditDecision decision_from_row(const store::Row& row) {
  CreditDecision d;
  d.id = row.integer("id");
  d.agency_id = row.integer("agency_id");
  const auto kind = find_decision_kind(row.text("kind"));
  if (!kind) throw StoreError("credit_decisions: unknown kind " + row.text("kind"));
  d.kind = *kind;
  const auto status = parse_status_key(row.text("status"));
  if (!status) throw StoreError("credit_decisions: unknown status " + row.text("status"));
  d.status = *status;
  d.public_name = row.text("public_name");
  d.published_on = stored_optional_date(row, "published_on");
  d.withdrawn_on = stored_optional_date(row, "withdrawn_on");
  d.withdrawal_reason = row.text("withdrawal_reason");
  d.recorded_by = row.text("recorded_by");
  for (const auto& field : kind_info(d.kind).fields) {
    const std::string value = row.text(field.key);
    if (!value.empty()) d.fields[std::string(field.key)] = value;
  }
  d.decision_date = stored_date(d.field("decision_date"), "decision_date");
  return d;
}

DecisionEvent event_from_row(const store::Row& row) {
  DecisionEvent e;
  e.id = row.integer("id");
  e.decision_id = row.integer("decision_id");
  const auto type = parse_event_key(row.text("event"));
  if (!type) throw StoreError("credit_decision_events: unknown event " + row.text("event"));
  e.type = *type;
  e.occurred_on = stored_date(row.text("occurred_on"), "occurred_on");
  e.reason = row.text("reason");
  e.recorded_by = row.text("recorded_by");
  return e;
}

store::Value optional_date(const std::optional<CivilDate>& day) {
  if (!day) return std::monostate{};
  return format_date(*day);
}

store::Value optional_text(const std::string& text) {
  if (text.empty()) return std::monostate{};
  return text;
}

// The stored value of a field of `d`: NULL when empty or not a field of its kind.
store::Value field_value(const CreditDecision& d, const PublicityField& column) {
  if (!find_field(d.kind, column.key)) return std::monostate{};
  const std::string& value = d.field(column.key);
  if (value.empty()) return std::monostate{};
  if (column.type == FieldType::kAmount) return static_cast<int64_t>(std::stoll(value));
  return value;
}

std::string where_sql(const DecisionSelection& s, std::vector<store::Value>& params) {
  std::string sql = " FROM credit_decisions d WHERE d.agency_id = ?";
  params.push_back(s.agency_id);
  if (s.kind) {
    sql += " AND d.kind = ?";
    params.push_back(std::string(kind_info(*s.kind).key));
  }
  if (s.year) {
    sql += " AND d.decision_date >= ? AND d.decision_date <= ?";
    params.push_back(std::to_string(*s.year) + "-01-01");
    params.push_back(std::to_string(*s.year) + "-12-31");
  }
  if (s.public_only) {
    sql += " AND d.status = 'published' AND (d.publicity_until IS NULL OR d.publicity_until >= ?)";
    params.push_back(format_date(s.today));
  } else if (s.status) {
    sql += " AND d.status = ?";
    params.push_back(std::string(status_key(*s.status)));
  } else if (!s.include_withdrawn) {
    sql += " AND d.status <> 'withdrawn'";
  }
  if (!s.text.empty()) {
    sql += s.public_only ? " AND (d.public_name LIKE ? OR d.document_number LIKE ?)"
                         : " AND (d.party_name LIKE ? OR d.document_number LIKE ?)";
    params.push_back("%" + s.text + "%");
    params.push_back("%" + s.text + "%");
  }
  return sql;
}

}  // namespace

int64_t insert_decision(store::Connection& connection, const CreditDecision& d) {
  std::string columns = "agency_id, kind, status, public_name, published_on, withdrawn_on, withdrawal_reason, recorded_by";
  std::string marks = "?, ?, ?, ?, ?, ?, ?, ?";
  std::vector<store::Value> params = {d.agency_id,
                                      std::string(kind_info(d.kind).key),
                                      std::string(status_key(d.status)),
                                      d.public_name,
                                      optional_date(d.published_on),
                                      optional_date(d.withdrawn_on),
                                      optional_text(d.withdrawal_reason),
                                      d.recorded_by};
  for (const auto* column : field_columns()) {
    columns += ", " + std::string(column->key);
    marks += ", ?";
    params.push_back(field_value(d, *column));
  }
  const auto row = connection.query_one(
      "INSERT INTO credit_decisions (" + columns + ") VALUES (" + marks + ") RETURNING id", params);
  return row->integer(0);
}

void update_decision(store::Connection& connection, const CreditDecision& d) {
  std::string sets = "status = ?, public_name = ?, published_on = ?, withdrawn_on = ?, withdrawal_reason = ?";
  std::vector<store::Value> params = {std::string(status_key(d.status)), d.public_name, optional_date(d.published_on),
                                      optional_date(d.withdrawn_on), optional_text(d.withdrawal_reason)};
  for (const auto* column : field_columns()) {
    sets += ", " + std::string(column->key) + " = ?";
    params.push_back(field_value(d, *column));
  }
  params.push_back(d.id);
  connection.execute("UPDATE credit_decisions SET " + sets + " WHERE id = ?", params);
}

int64_t insert_event(store::Connection& connection, const DecisionEvent& e) {
  const auto row = connection.query_one(
      "INSERT INTO credit_decision_events (decision_id, event, occurred_on, reason, recorded_by) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {e.decision_id, std::string(event_key(e.type)), format_date(e.occurred_on), e.reason, e.recorded_by});
  return row->integer(0);
}

std::optional<CreditDecision> select_decision(store::Connection& connection, int64_t id) {
  const auto row =
      connection.query_one("SELECT " + select_columns() + " FROM credit_decisions d WHERE d.id = ?", {id});
  if (!row) return std::nullopt;
  return decision_from_row(*row);
}

std::vector<DecisionEvent> select_events(store::Connection& connection, int64_t decision_id) {
  std::vector<DecisionEvent> events;
  for (const auto& row : connection.query(
           "SELECT id, decision_id, event, occurred_on, reason, recorded_by FROM credit_decision_events "
           "WHERE decision_id = ? ORDER BY id",
           {decision_id})) {
    events.push_back(event_from_row(row));
  }
  return events;
}

bool document_number_taken(store::Connection& connection, int64_t agency_id, DecisionKind kind,
                           const std::string& document_number, int64_t except_id) {
  return connection
      .query_one("SELECT 1 FROM credit_decisions WHERE agency_id = ? AND kind = ? AND document_number = ? "
                 "AND status <> 'withdrawn' AND id <> ?",
                 {agency_id, std::string(kind_info(kind).key), document_number, except_id})
      .has_value();
}

std::vector<CreditDecision> select_decisions(store::Connection& connection, const DecisionSelection& selection) {
  std::vector<store::Value> params;
  std::string sql = "SELECT " + select_columns() + where_sql(selection, params) +
                    (selection.oldest_first ? " ORDER BY d.decision_date, d.id" : " ORDER BY d.decision_date DESC, d.id DESC");
  if (selection.limit > 0) {
    sql += " LIMIT ? OFFSET ?";
    params.push_back(static_cast<int64_t>(selection.limit));
    params.push_back(static_cast<int64_t>(selection.offset));
  }
  std::vector<CreditDecision> decisions;
  for (const auto& row : connection.query(sql, params)) decisions.push_back(decision_from_row(row));
  return decisions;
}

int64_t count_decisions(store::Connection& connection, const DecisionSelection& selection) {
  std::vector<store::Value> params;
  const std::string sql = "SELECT COUNT(*)" + where_sql(selection, params);
  return connection.query_one(sql, params)->integer(0);
}

}  // namespace gongkai::credit::detail
