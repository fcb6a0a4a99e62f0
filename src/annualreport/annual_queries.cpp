// gongkai/annualreport/annual_queries.cpp
#include "annualreport/annual_queries.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace gongkai::annualreport {
namespace {

std::string first_day(int year) { return std::to_string(year) + "-01-01"; }
std::string last_day(int year) { return std::to_string(year) + "-12-31"; }

int64_t count(store::Connection& connection, std::string_view sql, const std::vector<store::Value>& params) {
  return connection.query_one(sql, params)->integer(0);
}

// "a", "b" → "?, ?" with the values appended to `params`.
std::string placeholders(const std::vector<std::string>& values, std::vector<store::Value>& params) {
  std::string out;
  for (const auto& value : values) {
    out += out.empty() ? "?" : ", ?";
    params.emplace_back(value);
  }
  return out;
}

}  // namespace

std::vector<ConsultationFact> consultations_of_year(store::Connection& connection, int64_t agency_id, int year) {
  const auto rows = connection.query(
      "SELECT c.title, COALESCE(i.title, ''), "
      "(SELECT COUNT(*) FROM consultation_comments m WHERE m.consultation_id = c.id AND m.moderation = 'approved'), "
      "(SELECT COUNT(*) FROM consultation_comments m WHERE m.consultation_id = c.id AND m.moderation = 'approved' "
      " AND m.adopted IN ('adopted', 'partly')) "
      "FROM consultations c LEFT JOIN items i ON i.id = c.policy_item_id "
      "WHERE c.agency_id = ? AND c.opens_on >= ? AND c.opens_on <= ? ORDER BY c.opens_on, c.id",
      {agency_id, first_day(year), last_day(year)});
  std::vector<ConsultationFact> out;
  for (const auto& row : rows) out.push_back({row.text(0), row.text(1), row.integer(2), row.integer(3)});
  return out;
}

std::vector<std::string> interpreted_policies_of_year(store::Connection& connection, int64_t agency_id,
                                                      int year) {
  const auto rows = connection.query(
      "SELECT p.title FROM item_links l JOIN items i ON i.id = l.from_item_id JOIN items p ON p.id = l.to_item_id "
      "WHERE l.kind = 'interprets' AND i.agency_id = ? AND i.status = 'published' "
      "AND i.published_date >= ? AND i.published_date <= ? ORDER BY i.published_date, i.id",
      {agency_id, first_day(year), last_day(year)});
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.text(0));
  return out;
}

LetterFacts letters_of_year(store::Connection& connection, int64_t agency_id, int year) {
  const auto row = connection.query_one(
      "SELECT COUNT(*), COUNT(replied_on) FROM letters WHERE agency_id = ? AND received_on >= ? AND received_on <= ?",
      {agency_id, first_day(year), last_day(year)});
  return {row->integer(0), row->integer(1)};
}

OpinionFacts opinions_of_year(store::Connection& connection, int64_t agency_id, int year) {
  const auto row = connection.query_one(
      "SELECT COUNT(*), "
      "COALESCE(SUM(CASE WHEN response <> '' THEN 1 ELSE 0 END), 0), "
      "COUNT(reported_upward_on), "
      "COALESCE(SUM(CASE WHEN source = '行政首长信箱' THEN 1 ELSE 0 END), 0) "
      "FROM opinion_records WHERE agency_id = ? AND found_on >= ? AND found_on <= ?",
      {agency_id, first_day(year), last_day(year)});
  return {row->integer(0), row->integer(1), row->integer(2), row->integer(3)};
}

std::vector<std::string> outlets_of_year(store::Connection& connection, int64_t agency_id, int year,
                                         const std::vector<std::string>& channel_keys) {
  if (channel_keys.empty()) return {};
  std::vector<store::Value> params{agency_id, first_day(year), last_day(year)};
  const auto in = placeholders(channel_keys, params);
  const auto rows = connection.query(
      "SELECT c.outlet, COUNT(*) AS n FROM item_channels c JOIN items i ON i.id = c.item_id "
      "WHERE i.agency_id = ? AND c.published_on >= ? AND c.published_on <= ? AND c.outlet <> '' "
      "AND c.channel IN (" + in + ") GROUP BY c.outlet ORDER BY n DESC, c.outlet",
      params);
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.text(0));
  return out;
}

std::vector<DocumentTitle> documents_of_year(store::Connection& connection, int64_t agency_id, int year,
                                             const std::string& category_code) {
  const auto rows = connection.query(
      "SELECT i.title, i.doc_number FROM items i JOIN categories c ON c.id = i.category_id "
      "WHERE i.agency_id = ? AND c.code = ? AND i.status = 'published' "
      "AND i.written_date >= ? AND i.written_date <= ? ORDER BY i.written_date, i.id",
      {agency_id, category_code, first_day(year), last_day(year)});
  std::vector<DocumentTitle> out;
  for (const auto& row : rows) out.push_back({row.text(0), row.text(1)});
  return out;
}

RequestCounts requests_of_year(store::Connection& connection, int64_t agency_id, int year) {
  const auto from = first_day(year);
  const auto to = last_day(year);
  RequestCounts counts;
  counts.received = count(connection,
                          "SELECT COUNT(*) FROM applications WHERE agency_id = ? AND received_on >= ? AND received_on <= ?",
                          {agency_id, from, to});
  const std::string appeals =
      "SELECT COUNT(*) FROM application_appeals p JOIN applications a ON a.id = p.application_id "
      "WHERE a.agency_id = ? AND p.filed_on >= ? AND p.filed_on <= ? AND ";
  counts.reconsiderations = count(connection, appeals + "p.kind = 'reconsideration'", {agency_id, from, to});
  counts.lawsuits = count(connection, appeals + "p.kind <> 'reconsideration'", {agency_id, from, to});
  counts.complaints = count(
      connection,
      "SELECT COUNT(*) FROM disclosure_complaints WHERE agency_id = ? AND received_on >= ? AND received_on <= ?",
      {agency_id, from, to});
  std::set<int64_t> paying;
  for (const auto& row : connection.query(
           "SELECT e.application_id, e.data_json FROM application_events e JOIN applications a ON a.id = e.application_id "
           "WHERE a.agency_id = ? AND e.kind = 'fee_paid' AND e.on_date >= ? AND e.on_date <= ?",
           {agency_id, from, to})) {
    paying.insert(row.integer(0));
    const auto data = nlohmann::json::parse(row.text(1), nullptr, false);
    if (data.is_object() && data.contains("amount_fen") && data["amount_fen"].is_number_integer()) {
      counts.fee_fen += data["amount_fen"].get<int64_t>();
    }
  }
  counts.fee_applications = static_cast<int64_t>(paying.size());
  return counts;
}

std::vector<RegulatoryDocument> regulatory_documents(store::Connection& connection, int64_t agency_id,
                                                     const std::vector<std::string>& genres) {
  if (genres.empty()) return {};
  std::vector<store::Value> params{agency_id};
  const auto in = placeholders(genres, params);
  std::vector<RegulatoryDocument> documents;
  std::map<int64_t, size_t> index;
  for (const auto& row : connection.query(
           "SELECT id, genre, written_date, COALESCE(published_date, ''), status, validity FROM items "
           "WHERE agency_id = ? AND status <> 'draft' AND genre IN (" + in + ") ORDER BY id",
           params)) {
    index[row.integer(0)] = documents.size();
    documents.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), {}});
  }
  if (documents.empty()) return documents;
  for (const auto& row : connection.query(
           "SELECT e.item_id, e.on_date, e.data_json FROM item_events e JOIN items i ON i.id = e.item_id "
           "WHERE i.agency_id = ? AND e.kind = 'validity_changed' ORDER BY e.on_date, e.id",
           {agency_id})) {
    const auto found = index.find(row.integer(0));
    if (found == index.end()) continue;
    const auto data = nlohmann::json::parse(row.text(2), nullptr, false);
    if (!data.is_object()) continue;
    documents[found->second].changes.push_back(
        {row.text(1), data.value("from", std::string()), data.value("to", std::string())});
  }
  return documents;
}

ServiceItemCounts service_items_of_year(store::Connection& connection, int64_t agency_id, int year) {
  const auto row = connection.query_one(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN kind = 'licensing' THEN 1 ELSE 0 END), 0) FROM service_items "
      "WHERE agency_id = ? AND state = 'published' AND published_on <> '' AND published_on <= ?",
      {agency_id, last_day(year)});
  return {row->integer(0), row->integer(1)};
}

std::optional<std::string> first_record_date(store::Connection& connection, int64_t agency_id, RecordKind kind) {
  std::string sql;
  switch (kind) {
    case RecordKind::portal_publication:
      sql = "SELECT MIN(published_date) FROM items WHERE agency_id = ? AND status = 'published'";
      break;
    case RecordKind::channel_publication:
      sql = "SELECT MIN(c.published_on) FROM item_channels c JOIN items i ON i.id = c.item_id WHERE i.agency_id = ?";
      break;
    case RecordKind::application:
      sql = "SELECT MIN(received_on) FROM applications WHERE agency_id = ?";
      break;
    case RecordKind::letter:
      sql = "SELECT MIN(received_on) FROM letters WHERE agency_id = ?";
      break;
    case RecordKind::consultation:
      sql = "SELECT MIN(opens_on) FROM consultations WHERE agency_id = ?";
      break;
  }
  const auto row = connection.query_one(sql, {agency_id});
  if (!row || row->is_null(0)) return std::nullopt;
  return row->text(0);
}

}  // namespace gongkai::annualreport
