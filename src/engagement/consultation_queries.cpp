#include "engagement/consultation_queries.h"

#include "core/masking.h"
#include "engagement/moment.h"
#include "engagement/personal_text.h"

namespace gongkai::engagement {
namespace {

constexpr const char* kConsultationColumns =
    "SELECT id, agency_id, title, draft_text, background, basis, opens_on, closes_on, policy_item_id, "
    "adoption_summary, adoption_published_on, published, created_by, created_at FROM consultations ";

constexpr const char* kCommentColumns =
    "SELECT id, consultation_id, commenter_name, contact, body, remote_address, submitted_at, moderation, "
    "adopted, response, moderated_by FROM consultation_comments ";

CivilDate stored_date(const store::Row& row, const char* column) {
  return parse_date(row.text(column)).value_or(CivilDate{});
}

Consultation consultation_from(const store::Row& row) {
  Consultation c;
  c.id = row.integer("id");
  c.agency_id = row.integer("agency_id");
  c.title = row.text("title");
  c.draft_text = row.text("draft_text");
  c.background = row.text("background");
  c.basis = row.text("basis");
  c.opens_on = stored_date(row, "opens_on");
  c.closes_on = stored_date(row, "closes_on");
  c.policy_item_id = row.optional_integer("policy_item_id");
  c.adoption_summary = row.text("adoption_summary");
  if (auto published_on = row.optional_text("adoption_published_on")) c.adoption_published_on = parse_date(*published_on);
  c.published = row.integer("published") != 0;
  c.created_by = row.text("created_by");
  c.created_at = row.text("created_at");
  return c;
}

ConsultationComment comment_from(const store::Row& row) {
  ConsultationComment c;
  c.id = row.integer("id");
  c.consultation_id = row.integer("consultation_id");
  c.commenter_name = row.text("commenter_name");
  c.contact = row.text("contact");
  c.body = row.text("body");
  c.remote_address = row.text("remote_address");
  c.submitted_at = row.text("submitted_at");
  c.moderation = moderation_from_key(row.text("moderation")).value_or(Moderation::kPending);
  c.adoption = adoption_from_key(row.text("adopted")).value_or(Adoption::kUndecided);
  c.response = row.text("response");
  c.moderated_by = row.text("moderated_by");
  return c;
}

// The China date of a stored UTC instant "YYYY-MM-DDTHH:MM:SSZ".
std::string china_day_of(const std::string& instant) {
  const auto moment = Moment::parse_iso(instant);
  return moment ? format_date(moment->china_date()) : instant.substr(0, 10);
}

}  // namespace

std::optional<Consultation> find_consultation(store::Connection& connection, int64_t id) {
  const auto row = connection.query_one(std::string(kConsultationColumns) + "WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return consultation_from(*row);
}

std::vector<Consultation> list_consultations(store::Connection& connection, int64_t agency_id, bool public_only) {
  const std::string sql = std::string(kConsultationColumns) + "WHERE agency_id = ?" +
                          (public_only ? " AND published = 1" : "") + " ORDER BY opens_on DESC, id DESC";
  std::vector<Consultation> out;
  for (const auto& row : connection.query(sql, {agency_id})) out.push_back(consultation_from(row));
  return out;
}

std::optional<Consultation> find_public_consultation(store::Connection& connection, int64_t agency_id, int64_t id) {
  auto found = find_consultation(connection, id);
  if (!found || found->agency_id != agency_id || !found->published) return std::nullopt;
  return found;
}

std::vector<Consultation> consultations_for_policy(store::Connection& connection, int64_t policy_item_id) {
  std::vector<Consultation> out;
  for (const auto& row : connection.query(
           std::string(kConsultationColumns) + "WHERE policy_item_id = ? AND published = 1 ORDER BY opens_on, id",
           {policy_item_id})) {
    out.push_back(consultation_from(row));
  }
  return out;
}

std::optional<ConsultationComment> find_comment(store::Connection& connection, int64_t id) {
  const auto row = connection.query_one(std::string(kCommentColumns) + "WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return comment_from(*row);
}

std::vector<ConsultationComment> list_comments(store::Connection& connection, int64_t consultation_id) {
  std::vector<ConsultationComment> out;
  for (const auto& row :
       connection.query(std::string(kCommentColumns) + "WHERE consultation_id = ? ORDER BY id", {consultation_id})) {
    out.push_back(comment_from(row));
  }
  return out;
}

int64_t count_comments(store::Connection& connection, int64_t consultation_id, Moderation moderation) {
  return connection
      .query_one("SELECT COUNT(*) FROM consultation_comments WHERE consultation_id = ? AND moderation = ?",
                 {consultation_id, std::string(moderation_key(moderation))})
      ->integer(0);
}

std::vector<PublicComment> public_comments(store::Connection& connection, int64_t consultation_id) {
  std::vector<PublicComment> out;
  // The contact is read only to mask it where the commenter repeated it in the text.
  for (const auto& row : connection.query(
           "SELECT id, commenter_name, contact, body, submitted_at, adopted, response FROM consultation_comments "
           "WHERE consultation_id = ? AND moderation = 'approved' ORDER BY id",
           {consultation_id})) {
    PublicComment c;
    c.id = row.integer("id");
    const std::string name = row.text("commenter_name");
    c.name = name.empty() ? "匿名" : mask_name(name);
    const std::string contact = row.text("contact");
    c.body = mask_known_personal_data(row.text("body"), {name, contact, contact, ""});
    c.submitted_on = china_day_of(row.text("submitted_at"));
    c.adoption = std::string(adoption_label(adoption_from_key(row.text("adopted")).value_or(Adoption::kUndecided)));
    c.response = row.text("response");
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<PolicyChoice> policy_choices(store::Connection& connection, int64_t agency_id) {
  std::vector<PolicyChoice> out;
  for (const auto& row : connection.query(
           "SELECT id, title, published_date FROM items WHERE agency_id = ? AND status = 'published' "
           "ORDER BY published_date DESC, id DESC LIMIT 200",
           {agency_id})) {
    out.push_back({row.integer(0), row.text(1), row.text(2)});
  }
  return out;
}

}  // namespace gongkai::engagement
