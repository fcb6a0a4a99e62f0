#include "admin/audit_routes.h"

#include "audit/audit_log.h"
#include "audit/audit_queries.h"
#include "core/civil_date.h"
#include "core/errors.h"

namespace gongkai::admin {
namespace {

constexpr int64_t kPageSize = 50;

std::optional<CivilDate> date_param(const web::Request& request, const char* name, const char* what) {
  const std::string text = request.query_param(name).value_or("");
  if (text.empty()) return std::nullopt;
  return require_date(text, what);
}

audit::AuditFilter filter_of(const web::Request& request) {
  audit::AuditFilter filter;
  filter.actor = request.query_param("actor").value_or("");
  filter.action = request.query_param("action").value_or("");
  filter.entity = request.query_param("entity").value_or("");
  filter.entity_id = request.query_param("entity_id").value_or("");
  filter.from = date_param(request, "from", "起始日期");
  filter.to = date_param(request, "to", "截止日期");
  if (filter.from && filter.to && days_since_epoch(*filter.from) > days_since_epoch(*filter.to)) {
    throw InvalidInput("起始日期不能晚于截止日期");
  }
  return filter;
}

int64_t page_of(const web::Request& request) {
  const std::string text = request.query_param("page").value_or("1");
  int64_t page = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || page > 1000000) throw InvalidInput("页码无效");
    page = page * 10 + (c - '0');
  }
  if (page < 1) throw InvalidInput("页码无效");
  return page;
}

// "actor=…&action=…" of the filter, for links that keep it.
std::string query_of(const audit::AuditFilter& filter) {
  std::string query;
  auto add = [&query](const char* name, const std::string& value) {
    if (value.empty()) return;
    query += (query.empty() ? "" : "&") + std::string(name) + "=" + web::percent_encode(value);
  };
  add("actor", filter.actor);
  add("action", filter.action);
  add("entity", filter.entity);
  add("entity_id", filter.entity_id);
  add("from", filter.from ? format_date(*filter.from) : "");
  add("to", filter.to ? format_date(*filter.to) : "");
  return query;
}

std::string page_link(const std::string& query, int64_t page) {
  return "/admin/audit?" + query + (query.empty() ? "" : "&") + "page=" + std::to_string(page);
}

web::Response browse(AdminContext& context) {
  context.staff.require(org::Permission::kViewAudit);
  const audit::AuditFilter filter = filter_of(context.request);
  const int64_t page = page_of(context.request);
  auto connection = context.app.database().lease();
  const auto found = audit::find_audit_records(*connection, filter, (page - 1) * kPageSize, kPageSize);
  const auto chain = audit::verify_audit_chain(*connection);
  nlohmann::json records = nlohmann::json::array();
  for (const auto& r : found.records) {
    records.push_back({{"id", r.id}, {"at", r.at}, {"actor", r.actor}, {"remote_address", r.remote_address},
                       {"action", r.action}, {"entity", r.entity}, {"entity_id", r.entity_id},
                       {"before", r.before_json}, {"after", r.after_json}});
  }
  nlohmann::json actions = nlohmann::json::array();
  for (const auto& action : audit::audit_actions(*connection)) {
    actions.push_back({{"value", action}, {"selected", action == filter.action}});
  }
  const std::string query = query_of(filter);
  const int64_t pages = (found.total + kPageSize - 1) / kPageSize;
  nlohmann::json content = {
      {"records", records},
      {"has_records", !found.records.empty()},
      {"total", found.total},
      {"page", page},
      {"pages", pages},
      {"has_previous", page > 1},
      {"previous_url", page_link(query, page - 1)},
      {"has_next", page < pages},
      {"next_url", page_link(query, page + 1)},
      {"csv_url", "/admin/audit.csv" + (query.empty() ? std::string() : "?" + query)},
      {"actions", actions},
      {"filter",
       {{"actor", filter.actor},
        {"entity", filter.entity},
        {"entity_id", filter.entity_id},
        {"from", filter.from ? format_date(*filter.from) : ""},
        {"to", filter.to ? format_date(*filter.to) : ""}}},
      {"chain_intact", chain.intact},
      {"chain_records", chain.records},
      {"chain_broken_id", chain.first_broken_id ? *chain.first_broken_id : 0},
  };
  return render_admin_page(context, "audit", std::move(content), {"审计日志", "audit"});
}

web::Response export_csv(AdminContext& context) {
  context.staff.require(org::Permission::kViewAudit);
  const audit::AuditFilter filter = filter_of(context.request);
  auto connection = context.app.database().lease();
  return web::Response::download(audit::audit_csv(audit::all_audit_records(*connection, filter)),
                                 "text/csv; charset=utf-8", "audit-" + format_date(today_in_china()) + ".csv");
}

}  // namespace

void register_audit_routes(AdminRoutes& routes) {
  routes.get("/admin/audit", org::Permission::kViewAudit, browse);
  routes.get("/admin/audit.csv", org::Permission::kViewAudit, export_csv);
}

}  // namespace gongkai::admin
