#include "services/service_repository.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"

namespace gongkai::services::repository {
namespace {

constexpr const char* kItemColumns =
    "id, agency_id, code, kind, name, basis, conditions, materials, steps, legal_days, promised_days, fee, "
    "fee_basis, unit, window_location, phone, state, published_on, withdrawn_on";

constexpr const char* kCaseColumns =
    "id, agency_id, item_id, tracking_code, query_password_hash, applicant_name, id_number_sealed, "
    "id_number_masked, phone, received_on, registered_by";

std::string materials_json(const std::vector<Material>& materials) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& m : materials) {
    out.push_back({{"name", m.name}, {"originals", m.originals}, {"copies", m.copies}, {"note", m.note}});
  }
  return out.dump();
}

std::string steps_json(const std::vector<Step>& steps) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : steps) out.push_back({{"name", s.name}, {"description", s.description}});
  return out.dump();
}

std::vector<Material> materials_from(const std::string& text) {
  std::vector<Material> out;
  for (const auto& m : nlohmann::json::parse(text)) {
    out.push_back({m.value("name", ""), m.value("originals", 0), m.value("copies", 0), m.value("note", "")});
  }
  return out;
}

std::vector<Step> steps_from(const std::string& text) {
  std::vector<Step> out;
  for (const auto& s : nlohmann::json::parse(text)) out.push_back({s.value("name", ""), s.value("description", "")});
  return out;
}

ServiceItem item_from(const store::Row& r) {
  ServiceItem i;
  i.id = r.integer("id");
  i.agency_id = r.integer("agency_id");
  i.code = r.text("code");
  i.kind = r.text("kind");
  i.name = r.text("name");
  i.basis = r.text("basis");
  i.conditions = r.text("conditions");
  i.materials = materials_from(r.text("materials"));
  i.steps = steps_from(r.text("steps"));
  i.legal_days = static_cast<int>(r.integer("legal_days"));
  i.promised_days = static_cast<int>(r.integer("promised_days"));
  i.fee = r.text("fee");
  i.fee_basis = r.text("fee_basis");
  i.unit = r.text("unit");
  i.window_location = r.text("window_location");
  i.phone = r.text("phone");
  i.state = item_state_from_key(r.text("state"));
  i.published_on = r.text("published_on");
  i.withdrawn_on = r.text("withdrawn_on");
  return i;
}

std::vector<store::Value> item_values(const ServiceItem& i) {
  return {i.code,
          i.kind,
          i.name,
          i.basis,
          i.conditions,
          materials_json(i.materials),
          steps_json(i.steps),
          static_cast<int64_t>(i.legal_days),
          static_cast<int64_t>(i.promised_days),
          i.fee,
          i.fee_basis,
          i.unit,
          i.window_location,
          i.phone,
          std::string(item_state_key(i.state)),
          i.published_on,
          i.withdrawn_on};
}

WindowCase case_from(const store::Row& r) {
  WindowCase c;
  c.id = r.integer("id");
  c.agency_id = r.integer("agency_id");
  c.item_id = r.integer("item_id");
  c.tracking_code = r.text("tracking_code");
  c.query_password_hash = r.text("query_password_hash");
  c.applicant_name = r.text("applicant_name");
  c.id_number_sealed = r.text("id_number_sealed");
  c.id_number_masked = r.text("id_number_masked");
  c.phone = r.text("phone");
  const auto received = parse_date(r.text("received_on"));
  if (!received) throw StoreError("service case with a malformed received_on");
  c.received_on = *received;
  c.registered_by = r.text("registered_by");
  return c;
}

}  // namespace

int64_t insert_item(store::Connection& connection, const ServiceItem& item) {
  std::vector<store::Value> values{item.agency_id};
  for (auto& v : item_values(item)) values.push_back(std::move(v));
  return connection
      .query_one("INSERT INTO service_items (agency_id, code, kind, name, basis, conditions, materials, steps, "
                 "legal_days, promised_days, fee, fee_basis, unit, window_location, phone, state, published_on, "
                 "withdrawn_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 values)
      ->integer(0);
}

void update_item(store::Connection& connection, const ServiceItem& item) {
  std::vector<store::Value> values = item_values(item);
  values.push_back(item.id);
  connection.execute(
      "UPDATE service_items SET code = ?, kind = ?, name = ?, basis = ?, conditions = ?, materials = ?, steps = ?, "
      "legal_days = ?, promised_days = ?, fee = ?, fee_basis = ?, unit = ?, window_location = ?, phone = ?, "
      "state = ?, published_on = ?, withdrawn_on = ? WHERE id = ?",
      values);
}

std::optional<ServiceItem> find_item(store::Connection& connection, int64_t agency_id, int64_t id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kItemColumns + " FROM service_items WHERE agency_id = ? AND id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return item_from(*row);
}

bool item_code_taken(store::Connection& connection, int64_t agency_id, const std::string& code, int64_t except_id) {
  return connection
      .query_one("SELECT id FROM service_items WHERE agency_id = ? AND code = ? AND id <> ?", {agency_id, code, except_id})
      .has_value();
}

std::vector<ServiceItem> items_of(store::Connection& connection, int64_t agency_id, bool published_only) {
  const std::string sql = std::string("SELECT ") + kItemColumns + " FROM service_items WHERE agency_id = ?" +
                          (published_only ? " AND state = 'published'" : "") + " ORDER BY code, id";
  std::vector<ServiceItem> out;
  for (const auto& row : connection.query(sql, {agency_id})) out.push_back(item_from(row));
  return out;
}

int64_t insert_case(store::Connection& connection, const WindowCase& c) {
  return connection
      .query_one("INSERT INTO service_cases (agency_id, item_id, tracking_code, query_password_hash, applicant_name, "
                 "id_number_sealed, id_number_masked, phone, received_on, registered_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {c.agency_id, c.item_id, c.tracking_code, c.query_password_hash, c.applicant_name,
                  c.id_number_sealed, c.id_number_masked, c.phone, format_date(c.received_on), c.registered_by})
      ->integer(0);
}

std::optional<WindowCase> find_case(store::Connection& connection, int64_t agency_id, int64_t id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kCaseColumns + " FROM service_cases WHERE agency_id = ? AND id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return case_from(*row);
}

std::optional<WindowCase> find_case_by_code(store::Connection& connection, const std::string& code) {
  const auto row =
      connection.query_one(std::string("SELECT ") + kCaseColumns + " FROM service_cases WHERE tracking_code = ?", {code});
  if (!row) return std::nullopt;
  return case_from(*row);
}

bool case_code_taken(store::Connection& connection, const std::string& code) {
  return connection.query_one("SELECT id FROM service_cases WHERE tracking_code = ?", {code}).has_value();
}

std::vector<WindowCase> cases_of(store::Connection& connection, int64_t agency_id) {
  std::vector<WindowCase> out;
  for (const auto& row : connection.query(std::string("SELECT ") + kCaseColumns +
                                              " FROM service_cases WHERE agency_id = ? ORDER BY received_on DESC, id DESC",
                                          {agency_id})) {
    out.push_back(case_from(row));
  }
  return out;
}

void append_event(store::Connection& connection, int64_t case_id, const WindowEvent& event) {
  connection.execute(
      "INSERT INTO service_case_events (case_id, kind, on_date, at, actor, comment, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {case_id, std::string(window_event_key(event.kind)), format_date(event.on), event.at, event.actor, event.comment,
       event.data.dump()});
}

std::vector<WindowEvent> events_of(store::Connection& connection, int64_t case_id) {
  std::vector<WindowEvent> out;
  for (const auto& row : connection.query(
           "SELECT id, kind, on_date, at, actor, comment, data FROM service_case_events WHERE case_id = ? ORDER BY id",
           {case_id})) {
    WindowEvent e;
    e.id = row.integer("id");
    e.kind = require_window_event(row.text("kind"));
    const auto on = parse_date(row.text("on_date"));
    if (!on) throw StoreError("service case event with a malformed date");
    e.on = *on;
    e.at = row.text("at");
    e.actor = row.text("actor");
    e.comment = row.text("comment");
    e.data = nlohmann::json::parse(row.text("data"));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace gongkai::services::repository
