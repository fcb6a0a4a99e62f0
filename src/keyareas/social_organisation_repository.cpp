#include "keyareas/social_organisation_repository.h"

#include "core/errors.h"

namespace gongkai::keyareas::detail {
namespace {

constexpr const char* kOrganisationColumns =
    "o.id, o.agency_id, o.kind, o.name, o.credit_code, o.legal_representative, o.business_scope, "
    "o.registration_authority, o.registered_on, o.status, o.cancelled_on";
constexpr const char* kEventColumns =
    "e.id, e.organisation_id, e.event, e.occurred_on, e.details, e.inspection_year, e.inspection_result, e.notice, "
    "e.recorded_by";

CivilDate stored_date(const std::string& text, const char* what) {
  const auto date = parse_date(text);
  if (!date) throw StoreError(std::string("social organisations: ") + what + " is not a date");
  return *date;
}

SocialOrganisation organisation_from_row(const store::Row& row) {
  SocialOrganisation o;
  o.id = row.integer("id");
  o.agency_id = row.integer("agency_id");
  o.kind = find_organisation_kind(row.text("kind"));
  if (!o.kind) throw StoreError("social_organisations: unknown kind " + row.text("kind"));
  o.name = row.text("name");
  o.credit_code = row.text("credit_code");
  o.legal_representative = row.text("legal_representative");
  o.business_scope = row.text("business_scope");
  o.registration_authority = row.text("registration_authority");
  o.registered_on = stored_date(row.text("registered_on"), "registered_on");
  o.cancelled = row.text("status") == "cancelled";
  if (const auto day = row.optional_text("cancelled_on")) o.cancelled_on = stored_date(*day, "cancelled_on");
  return o;
}

OrganisationEvent event_from_row(const store::Row& row) {
  OrganisationEvent e;
  e.id = row.integer("id");
  e.organisation_id = row.integer("organisation_id");
  const auto type = parse_event_key(row.text("event"));
  if (!type) throw StoreError("social_organisation_events: unknown event " + row.text("event"));
  e.type = *type;
  e.occurred_on = stored_date(row.text("occurred_on"), "occurred_on");
  e.details = row.text("details");
  if (const auto year = row.optional_integer("inspection_year")) e.inspection_year = static_cast<int>(*year);
  e.inspection_result = row.text("inspection_result");
  e.notice = row.text("notice");
  e.recorded_by = row.text("recorded_by");
  return e;
}

store::Value optional_date(const std::optional<CivilDate>& day) {
  if (!day) return std::monostate{};
  return format_date(*day);
}

std::string filter_sql(const OrganisationFilter& filter, std::vector<store::Value>& params) {
  std::string sql = " FROM social_organisations o WHERE o.agency_id = ?";
  params.push_back(filter.agency_id);
  if (!filter.kind.empty()) {
    sql += " AND o.kind = ?";
    params.push_back(filter.kind);
  }
  if (!filter.text.empty()) {
    sql += " AND (o.name LIKE ? OR o.credit_code LIKE ?)";
    params.push_back("%" + filter.text + "%");
    params.push_back(filter.text + "%");
  }
  return sql;
}

}  // namespace

int64_t insert_organisation(store::Connection& connection, const SocialOrganisation& o) {
  const auto row = connection.query_one(
      "INSERT INTO social_organisations (agency_id, kind, name, credit_code, legal_representative, business_scope, "
      "registration_authority, registered_on, status, cancelled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {o.agency_id, std::string(o.kind->key), o.name, o.credit_code, o.legal_representative, o.business_scope,
       o.registration_authority, format_date(o.registered_on), std::string(o.cancelled ? "cancelled" : "active"),
       optional_date(o.cancelled_on)});
  return row->integer(0);
}

void update_organisation(store::Connection& connection, const SocialOrganisation& o) {
  connection.execute(
      "UPDATE social_organisations SET name = ?, legal_representative = ?, business_scope = ?, status = ?, "
      "cancelled_on = ? WHERE id = ?",
      {o.name, o.legal_representative, o.business_scope, std::string(o.cancelled ? "cancelled" : "active"),
       optional_date(o.cancelled_on), o.id});
}

int64_t insert_event(store::Connection& connection, const OrganisationEvent& e) {
  store::Value year = std::monostate{};
  if (e.inspection_year) year = static_cast<int64_t>(*e.inspection_year);
  store::Value result = std::monostate{};
  if (!e.inspection_result.empty()) result = e.inspection_result;
  const auto row = connection.query_one(
      "INSERT INTO social_organisation_events (organisation_id, event, occurred_on, details, inspection_year, "
      "inspection_result, notice, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {e.organisation_id, std::string(event_key(e.type)), format_date(e.occurred_on), e.details, year, result,
       e.notice, e.recorded_by});
  return row->integer(0);
}

bool credit_code_exists(store::Connection& connection, const std::string& credit_code) {
  return connection.query_one("SELECT 1 FROM social_organisations WHERE credit_code = ?", {credit_code}).has_value();
}

std::optional<SocialOrganisation> select_organisation(store::Connection& connection, int64_t id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kOrganisationColumns + " FROM social_organisations o WHERE o.id = ?", {id});
  if (!row) return std::nullopt;
  return organisation_from_row(*row);
}

std::vector<OrganisationEvent> select_events(store::Connection& connection, int64_t organisation_id) {
  std::vector<OrganisationEvent> events;
  for (const auto& row :
       connection.query(std::string("SELECT ") + kEventColumns +
                            " FROM social_organisation_events e WHERE e.organisation_id = ? ORDER BY e.occurred_on, e.id",
                        {organisation_id})) {
    events.push_back(event_from_row(row));
  }
  return events;
}

std::optional<OrganisationEvent> select_event(store::Connection& connection, int64_t event_id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kEventColumns + " FROM social_organisation_events e WHERE e.id = ?", {event_id});
  if (!row) return std::nullopt;
  return event_from_row(*row);
}

bool inspection_exists(store::Connection& connection, int64_t organisation_id, int year) {
  return connection
      .query_one("SELECT 1 FROM social_organisation_events WHERE organisation_id = ? AND event = 'inspection' AND "
                 "inspection_year = ?",
                 {organisation_id, static_cast<int64_t>(year)})
      .has_value();
}

std::vector<SocialOrganisation> select_organisations(store::Connection& connection, const OrganisationFilter& filter) {
  std::vector<store::Value> params;
  std::string sql = std::string("SELECT ") + kOrganisationColumns + filter_sql(filter, params) +
                    " ORDER BY o.registered_on DESC, o.id DESC LIMIT ? OFFSET ?";
  params.push_back(static_cast<int64_t>(filter.limit));
  params.push_back(static_cast<int64_t>(filter.offset));
  std::vector<SocialOrganisation> organisations;
  for (const auto& row : connection.query(sql, params)) organisations.push_back(organisation_from_row(row));
  return organisations;
}

int64_t count_organisations(store::Connection& connection, const OrganisationFilter& filter) {
  std::vector<store::Value> params;
  const std::string sql = "SELECT COUNT(*)" + filter_sql(filter, params);
  return connection.query_one(sql, params)->integer(0);
}

std::vector<KindEvent> select_events_between(store::Connection& connection, int64_t agency_id, CivilDate from,
                                             CivilDate to) {
  std::vector<KindEvent> events;
  for (const auto& row : connection.query(
           std::string("SELECT o.kind AS kind, ") + kEventColumns +
               " FROM social_organisation_events e JOIN social_organisations o ON o.id = e.organisation_id "
               "WHERE o.agency_id = ? AND e.occurred_on >= ? AND e.occurred_on <= ? ORDER BY e.occurred_on, e.id",
           {agency_id, format_date(from), format_date(to)})) {
    events.push_back({row.text("kind"), event_from_row(row)});
  }
  return events;
}

std::vector<OrganisationEvent> select_inspections_of_year(store::Connection& connection, int64_t agency_id, int year) {
  std::vector<OrganisationEvent> events;
  for (const auto& row : connection.query(
           std::string("SELECT ") + kEventColumns +
               " FROM social_organisation_events e JOIN social_organisations o ON o.id = e.organisation_id "
               "WHERE o.agency_id = ? AND e.event = 'inspection' AND e.inspection_year = ? ORDER BY e.id",
           {agency_id, static_cast<int64_t>(year)})) {
    events.push_back(event_from_row(row));
  }
  return events;
}

}  // namespace gongkai::keyareas::detail
