// gongkai/audit/audit_queries.h
//
// Reading the audit log (审计日志) for the administrators' page: records
// filtered by actor, action, entity and entity id (exact) and by a range of
// days in China (the `at` text starts with the civil date), newest first,
// a page at a time; and the same selection as CSV (UTF-8 with a BOM so that
// spreadsheet programs open it as such). Who may read is decided by the
// caller (Permission::kViewAudit).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "store/database.h"

namespace gongkai::audit {

struct AuditFilter {
  std::string actor;      // "" = any
  std::string action;     // "" = any
  std::string entity;     // "" = any
  std::string entity_id;  // "" = any
  std::optional<CivilDate> from;  // inclusive
  std::optional<CivilDate> to;    // inclusive
};

struct AuditRecord {
  int64_t id = 0;
  std::string at;
  std::string actor;
  std::string remote_address;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::string before_json;
  std::string after_json;
};

struct AuditPage {
  std::vector<AuditRecord> records;
  int64_t total = 0;  // records matching the filter
};

// Records `offset` … offset+limit-1 of the selection, newest first.
AuditPage find_audit_records(store::Connection& connection, const AuditFilter& filter, int64_t offset, int64_t limit);

// Every record of the selection, oldest first (the export).
std::vector<AuditRecord> all_audit_records(store::Connection& connection, const AuditFilter& filter);

// RFC 4180 CSV with a header row in Chinese:
// 编号,时间,操作人,来源地址,操作,对象,对象编号,修改前,修改后. A cell that a
// spreadsheet would run as a formula (starting with = + - @) gets a leading '.
std::string audit_csv(const std::vector<AuditRecord>& records);

// The distinct actions in the log, sorted (the filter's choices).
std::vector<std::string> audit_actions(store::Connection& connection);

}  // namespace gongkai::audit
