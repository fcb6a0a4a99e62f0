#include "audit/audit_queries.h"

namespace gongkai::audit {
namespace {

constexpr const char* kColumns =
    "SELECT id, at, actor, remote_address, action, entity, entity_id, before_json, after_json FROM audit_log";

struct Where {
  std::string sql;
  std::vector<store::Value> params;
};

Where where_of(const AuditFilter& filter) {
  Where where;
  auto add = [&where](const std::string& clause, store::Value value) {
    where.sql += where.sql.empty() ? " WHERE " : " AND ";
    where.sql += clause;
    where.params.push_back(std::move(value));
  };
  if (!filter.actor.empty()) add("actor = ?", filter.actor);
  if (!filter.action.empty()) add("action = ?", filter.action);
  if (!filter.entity.empty()) add("entity = ?", filter.entity);
  if (!filter.entity_id.empty()) add("entity_id = ?", filter.entity_id);
  if (filter.from) add("at >= ?", format_date(*filter.from));
  if (filter.to) add("at < ?", format_date(from_days_since_epoch(days_since_epoch(*filter.to) + 1)));
  return where;
}

AuditRecord from_row(const store::Row& row) {
  return {row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4),
          row.text(5),    row.text(6), row.text(7), row.text(8)};
}

std::string csv_cell(std::string text) {
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) text = "'" + text;
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

AuditPage find_audit_records(store::Connection& connection, const AuditFilter& filter, int64_t offset, int64_t limit) {
  const Where where = where_of(filter);
  AuditPage page;
  page.total = connection.query_one("SELECT COUNT(*) FROM audit_log" + where.sql, where.params)->integer(0);
  std::vector<store::Value> params = where.params;
  params.emplace_back(limit);
  params.emplace_back(offset);
  for (const auto& row : connection.query(kColumns + where.sql + " ORDER BY id DESC LIMIT ? OFFSET ?", params)) {
    page.records.push_back(from_row(row));
  }
  return page;
}

std::vector<AuditRecord> all_audit_records(store::Connection& connection, const AuditFilter& filter) {
  const Where where = where_of(filter);
  std::vector<AuditRecord> records;
  for (const auto& row : connection.query(kColumns + where.sql + " ORDER BY id", where.params)) {
    records.push_back(from_row(row));
  }
  return records;
}

std::string audit_csv(const std::vector<AuditRecord>& records) {
  std::string csv = "\xEF\xBB\xBF编号,时间,操作人,来源地址,操作,对象,对象编号,修改前,修改后\r\n";
  for (const auto& r : records) {
    csv += std::to_string(r.id);
    for (const std::string* cell : {&r.at, &r.actor, &r.remote_address, &r.action, &r.entity, &r.entity_id,
                                    &r.before_json, &r.after_json}) {
      csv += ',';
      csv += csv_cell(*cell);
    }
    csv += "\r\n";
  }
  return csv;
}

std::vector<std::string> audit_actions(store::Connection& connection) {
  std::vector<std::string> actions;
  for (const auto& row : connection.query("SELECT DISTINCT action FROM audit_log ORDER BY action")) {
    actions.push_back(row.text(0));
  }
  return actions;
}

}  // namespace gongkai::audit
