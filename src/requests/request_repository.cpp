#include "requests/request_repository.h"

#include "core/digest.h"
#include "core/errors.h"

namespace gongkai::requests::repository {
namespace {

constexpr const char* kApplicationColumns =
    "id, agency_id, tracking_code, channel, applicant_kind, applicant_name, id_type, id_number_masked, "
    "id_number_sealed, phone, address, postcode, email, description, form_wanted, delivery, received_on, "
    "submitted_at, registered_by, item_id, status, due_on, outcome, closed_on, reply_number";

DisclosureRequest request_from(const store::Row& r) {
  DisclosureRequest d;
  d.id = r.integer("id");
  d.agency_id = r.integer("agency_id");
  d.tracking_code = r.text("tracking_code");
  d.channel = r.text("channel");
  d.applicant_kind = r.text("applicant_kind");
  d.applicant_name = r.text("applicant_name");
  d.id_type = r.text("id_type");
  d.id_number_masked = r.text("id_number_masked");
  d.id_number_sealed = r.text("id_number_sealed");
  d.phone = r.text("phone");
  d.address = r.text("address");
  d.postcode = r.text("postcode");
  d.email = r.text("email");
  d.description = r.text("description");
  d.form_wanted = r.text("form_wanted");
  d.delivery = r.text("delivery");
  d.received_on = parse_date(r.text("received_on")).value_or(CivilDate{});
  d.submitted_at = r.text("submitted_at");
  d.registered_by = r.text("registered_by");
  d.item_id = r.optional_integer("item_id");
  d.status = r.text("status");
  d.due_on = optional_date(r, "due_on");
  d.outcome = r.text("outcome");
  d.closed_on = optional_date(r, "closed_on");
  d.reply_number = r.text("reply_number");
  return d;
}

}  // namespace

std::optional<CivilDate> optional_date(const store::Row& row, const char* column) {
  const auto text = row.optional_text(column);
  if (!text || text->empty()) return std::nullopt;
  return parse_date(*text);
}

store::Value optional_value(const std::optional<CivilDate>& date) {
  if (!date) return std::monostate{};
  return format_date(*date);
}

DisclosureRequest own_application(store::Connection& connection, int64_t agency_id, int64_t id) {
  auto found = find_application(connection, id);
  if (!found || found->agency_id != agency_id) throw NotFound("申请不存在");
  return *found;
}

int64_t insert_application(store::Connection& connection, const NewApplicationRow& row) {
  const ApplicationForm& f = row.form;
  return connection
      .query_one(
          "INSERT INTO applications (agency_id, tracking_code, query_password_hash, channel, applicant_kind, "
          "applicant_name, id_type, id_number_sealed, id_number_masked, applicant_digest, phone, address, postcode, "
          "email, description, form_wanted, delivery, received_on, submitted_at, remote_address, registered_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {row.agency_id, row.tracking_code, row.query_password_hash, row.channel, f.applicant_kind, f.name,
           f.id_type, row.id_number_sealed, row.id_number_masked, row.applicant_digest, f.phone, f.address,
           f.postcode, f.email, f.description, f.form_wanted, f.delivery, format_date(row.received_on),
           row.submitted_at, row.remote_address, row.registered_by})
      ->integer(0);
}

std::optional<DisclosureRequest> find_application(store::Connection& connection, int64_t id) {
  const auto row = connection.query_one(std::string("SELECT ") + kApplicationColumns + " FROM applications WHERE id = ?",
                                        {id});
  if (!row) return std::nullopt;
  return request_from(*row);
}

std::optional<CodeMatch> find_by_code(store::Connection& connection, const std::string& code) {
  const auto row =
      connection.query_one("SELECT id, query_password_hash FROM applications WHERE tracking_code = ?", {code});
  if (!row) return std::nullopt;
  return CodeMatch{row->integer(0), row->text(1)};
}

bool tracking_code_taken(store::Connection& connection, const std::string& code) {
  return connection.query_one("SELECT id FROM applications WHERE tracking_code = ?", {code}).has_value();
}

std::vector<RequestEvent> events_of(store::Connection& connection, int64_t application_id) {
  std::vector<RequestEvent> events;
  for (const auto& r : connection.query(
           "SELECT id, kind, on_date, at, actor, comment, data_json FROM application_events "
           "WHERE application_id = ? ORDER BY id",
           {application_id})) {
    const auto kind = request_event_from_key(r.text("kind"));
    if (!kind) throw StoreError("unknown application event kind: " + r.text("kind"));
    RequestEvent e;
    e.id = r.integer("id");
    e.kind = *kind;
    e.on = parse_date(r.text("on_date")).value_or(CivilDate{});
    e.at = r.text("at");
    e.actor = r.text("actor");
    e.comment = r.text("comment");
    e.data = nlohmann::json::parse(r.text("data_json"), nullptr, false);
    if (!e.data.is_object()) e.data = nlohmann::json::object();
    events.push_back(std::move(e));
  }
  return events;
}

int64_t append_event(store::Connection& connection, int64_t application_id, const RequestEvent& e) {
  return connection
      .query_one(
          "INSERT INTO application_events (application_id, kind, on_date, at, actor, comment, data_json) "
          "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {application_id, std::string(request_event_key(e.kind)), format_date(e.on), e.at, e.actor, e.comment,
           e.data.dump()})
      ->integer(0);
}

void store_projection(store::Connection& connection, int64_t application_id, const RequestClock& clock) {
  connection.execute(
      "UPDATE applications SET status = ?, due_on = ?, outcome = ?, closed_on = ?, reply_number = ? WHERE id = ?",
      {std::string(phase_key(clock.phase)), optional_value(clock.due_on), clock.outcome,
       optional_value(clock.closed_on), clock.reply_number, application_id});
}

void set_item(store::Connection& connection, int64_t application_id, int64_t item_id) {
  connection.execute("UPDATE applications SET item_id = ? WHERE id = ?", {item_id, application_id});
}

int64_t insert_file(store::Connection& connection, int64_t application_id, const std::string& purpose,
                    const RequestFile& file, const std::string& at) {
  return connection
      .query_one(
          "INSERT INTO application_files (application_id, purpose, file_name, media_type, size_bytes, sha256, "
          "content_base64, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {application_id, purpose, file.file_name, file.media_type, static_cast<int64_t>(file.content.size()),
           sha256_hex(file.content), encode_base64(file.content), at})
      ->integer(0);
}

std::vector<StoredFileInfo> files_of(store::Connection& connection, int64_t application_id) {
  std::vector<StoredFileInfo> files;
  for (const auto& r : connection.query(
           "SELECT id, application_id, purpose, file_name, media_type, size_bytes FROM application_files "
           "WHERE application_id = ? ORDER BY id",
           {application_id})) {
    files.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.integer(5)});
  }
  return files;
}

std::optional<std::pair<int64_t, RequestFile>> load_file(store::Connection& connection, int64_t file_id) {
  const auto r = connection.query_one(
      "SELECT application_id, file_name, media_type, content_base64 FROM application_files WHERE id = ?", {file_id});
  if (!r) return std::nullopt;
  return std::make_pair(r->integer(0), RequestFile{r->text(1), r->text(2), decode_base64(r->text(3))});
}

int count_by_applicant(store::Connection& connection, int64_t agency_id, const std::string& digest, CivilDate from,
                       CivilDate to) {
  return static_cast<int>(connection
                              .query_one(
                                  "SELECT COUNT(*) FROM applications WHERE agency_id = ? AND applicant_digest = ? "
                                  "AND received_on >= ? AND received_on <= ?",
                                  {agency_id, digest, format_date(from), format_date(to)})
                              ->integer(0));
}

int replies_numbered_in(store::Connection& connection, int64_t agency_id, int year) {
  return static_cast<int>(connection
                              .query_one(
                                  "SELECT COUNT(*) FROM applications WHERE agency_id = ? AND reply_number <> '' "
                                  "AND closed_on >= ? AND closed_on <= ?",
                                  {agency_id, std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"})
                              ->integer(0));
}

int events_in_year(store::Connection& connection, int64_t agency_id, RequestEventKind kind, int year) {
  return static_cast<int>(connection
                              .query_one(
                                  "SELECT COUNT(*) FROM application_events e JOIN applications a "
                                  "ON a.id = e.application_id WHERE a.agency_id = ? AND e.kind = ? "
                                  "AND e.on_date >= ? AND e.on_date <= ?",
                                  {agency_id, std::string(request_event_key(kind)), std::to_string(year) + "-01-01",
                                   std::to_string(year) + "-12-31"})
                              ->integer(0));
}

std::vector<int64_t> open_application_ids(store::Connection& connection) {
  std::vector<int64_t> ids;
  for (const auto& r : connection.query("SELECT id FROM applications WHERE status <> 'closed' ORDER BY id")) {
    ids.push_back(r.integer(0));
  }
  return ids;
}

std::vector<int64_t> application_ids(store::Connection& connection, int64_t agency_id, const std::string& view,
                                     std::optional<int> year) {
  std::string sql = "SELECT id FROM applications WHERE agency_id = ?";
  std::vector<store::Value> params{agency_id};
  if (view == "closed") sql += " AND status = 'closed'";
  if (view == "open" || view == "attention") sql += " AND status <> 'closed'";
  if (year) {
    sql += " AND received_on >= ? AND received_on <= ?";
    params.emplace_back(std::to_string(*year) + "-01-01");
    params.emplace_back(std::to_string(*year) + "-12-31");
  }
  sql += view == "closed" ? " ORDER BY closed_on DESC, id DESC" : " ORDER BY received_on DESC, id DESC";
  std::vector<int64_t> ids;
  for (const auto& r : connection.query(sql, params)) ids.push_back(r.integer(0));
  return ids;
}

std::optional<std::string> agency_setting(store::Connection& connection, int64_t agency_id, const std::string& key) {
  const auto row = connection.query_one("SELECT value FROM agency_settings WHERE agency_id = ? AND setting_key = ?",
                                        {agency_id, key});
  if (!row) return std::nullopt;
  return row->text(0);
}

void put_agency_setting(store::Connection& connection, int64_t agency_id, const std::string& key,
                        const std::string& value) {
  connection.execute("DELETE FROM agency_settings WHERE agency_id = ? AND setting_key = ?", {agency_id, key});
  connection.execute("INSERT INTO agency_settings (agency_id, setting_key, value) VALUES (?, ?, ?)",
                     {agency_id, key, value});
}

int lookup_failures_from(store::Connection& connection, const std::string& remote_address, const std::string& since) {
  return static_cast<int>(
      connection
          .query_one("SELECT COUNT(*) FROM application_lookup_failures WHERE remote_address = ? AND failed_at > ?",
                     {remote_address, since})
          ->integer(0));
}

int lookup_failures_of(store::Connection& connection, const std::string& code, const std::string& since) {
  return static_cast<int>(
      connection
          .query_one("SELECT COUNT(*) FROM application_lookup_failures WHERE tracking_code = ? AND failed_at > ?",
                     {code, since})
          ->integer(0));
}

void record_lookup_failure(store::Connection& connection, const std::string& remote_address, const std::string& code,
                           const std::string& at) {
  connection.execute(
      "INSERT INTO application_lookup_failures (remote_address, tracking_code, failed_at) VALUES (?, ?, ?)",
      {remote_address, code, at});
}

}  // namespace gongkai::requests::repository
