#include "proposals/proposal_repository.h"

namespace gongkai::proposals::detail {
namespace {

constexpr const char* kSessionColumns = "id, agency_id, name, body, level, reply_months, redo_months";
constexpr const char* kProposalColumns =
    "id, agency_id, session_id, number, title, proposers, topics, handling_role, assigned_on, due_on, reply_text, "
    "reply_grade, replied_on, contacted_on, contact_way, satisfaction, result_summary, published, published_on, "
    "extended_on, extension_note, reassigned_on";

Session session_from(const store::Row& row) {
  return {row.integer("id"),   row.integer("agency_id"), row.text("name"),
          row.text("body"),    row.text("level"),        static_cast<int>(row.integer("reply_months")),
          static_cast<int>(row.integer("redo_months"))};
}

Proposal proposal_from(const store::Row& row) {
  Proposal p;
  p.id = row.integer("id");
  p.agency_id = row.integer("agency_id");
  p.session_id = row.integer("session_id");
  p.number = row.text("number");
  p.title = row.text("title");
  p.proposers = row.text("proposers");
  p.topics = row.text("topics");
  p.handling_role = row.text("handling_role");
  p.assigned_on = row.text("assigned_on");
  p.due_on = row.text("due_on");
  p.reply_text = row.text("reply_text");
  p.reply_grade = row.text("reply_grade");
  p.replied_on = row.text("replied_on");
  p.contacted_on = row.text("contacted_on");
  p.contact_way = row.text("contact_way");
  p.satisfaction = row.text("satisfaction");
  p.result_summary = row.text("result_summary");
  p.published = row.integer("published") != 0;
  p.published_on = row.text("published_on");
  p.extended_on = row.text("extended_on");
  p.extension_note = row.text("extension_note");
  p.reassigned_on = row.text("reassigned_on");
  return p;
}

HandlingRound round_from(const store::Row& row) {
  HandlingRound r;
  r.number = static_cast<int>(row.integer("round_number"));
  r.assigned_on = row.text("assigned_on");
  r.due_on = row.text("due_on");
  r.extended_on = row.text("extended_on");
  r.reply_grade = row.text("reply_grade");
  r.reply_text = row.text("reply_text");
  r.replied_on = row.text("replied_on");
  r.contacted_on = row.text("contacted_on");
  r.contact_way = row.text("contact_way");
  r.satisfaction = row.text("satisfaction");
  r.objection = row.text("objection");
  r.reassigned_on = row.text("reassigned_on");
  return r;
}

}  // namespace

int64_t insert_session(store::Connection& connection, const Session& s) {
  const auto row = connection.query_one(
      "INSERT INTO proposal_sessions (agency_id, name, body, level, reply_months, redo_months) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {s.agency_id, s.name, s.body, s.level, static_cast<int64_t>(s.reply_months),
       static_cast<int64_t>(s.redo_months)});
  return row->integer(0);
}

std::optional<Session> find_session(store::Connection& connection, int64_t agency_id, int64_t session_id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kSessionColumns + " FROM proposal_sessions WHERE agency_id = ? AND id = ?",
      {agency_id, session_id});
  if (!row) return std::nullopt;
  return session_from(*row);
}

std::optional<Session> find_session_by_name(store::Connection& connection, int64_t agency_id,
                                            const std::string& name) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kSessionColumns + " FROM proposal_sessions WHERE agency_id = ? AND name = ?",
      {agency_id, name});
  if (!row) return std::nullopt;
  return session_from(*row);
}

std::vector<Session> select_sessions(store::Connection& connection, int64_t agency_id) {
  std::vector<Session> out;
  for (const auto& row : connection.query(
           std::string("SELECT ") + kSessionColumns + " FROM proposal_sessions WHERE agency_id = ? ORDER BY id",
           {agency_id})) {
    out.push_back(session_from(row));
  }
  return out;
}

int64_t insert_proposal(store::Connection& connection, const Proposal& p) {
  const auto row = connection.query_one(
      "INSERT INTO proposal_items (agency_id, session_id, number, title, proposers, topics, handling_role, "
      "assigned_on, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {p.agency_id, p.session_id, p.number, p.title, p.proposers, p.topics, p.handling_role, p.assigned_on,
       p.due_on});
  return row->integer(0);
}

void update_proposal(store::Connection& connection, const Proposal& p) {
  connection.execute(
      "UPDATE proposal_items SET reply_text = ?, reply_grade = ?, replied_on = ?, contacted_on = ?, contact_way = ?, "
      "satisfaction = ?, result_summary = ?, published = ?, published_on = ?, due_on = ?, extended_on = ?, "
      "extension_note = ?, reassigned_on = ? WHERE id = ? AND agency_id = ?",
      {p.reply_text, p.reply_grade, p.replied_on, p.contacted_on, p.contact_way, p.satisfaction, p.result_summary,
       static_cast<int64_t>(p.published ? 1 : 0), p.published_on, p.due_on, p.extended_on, p.extension_note,
       p.reassigned_on, p.id, p.agency_id});
}

std::optional<Proposal> find_proposal(store::Connection& connection, int64_t agency_id, int64_t proposal_id) {
  const auto row = connection.query_one(
      std::string("SELECT ") + kProposalColumns + " FROM proposal_items WHERE agency_id = ? AND id = ?",
      {agency_id, proposal_id});
  if (!row) return std::nullopt;
  return proposal_from(*row);
}

std::vector<HandlingRound> select_rounds(store::Connection& connection, int64_t proposal_id) {
  std::vector<HandlingRound> out;
  for (const auto& row : connection.query(
           "SELECT round_number, assigned_on, due_on, extended_on, reply_grade, reply_text, replied_on, contacted_on, "
           "contact_way, satisfaction, objection, reassigned_on FROM proposal_rounds WHERE proposal_id = ? "
           "ORDER BY round_number",
           {proposal_id})) {
    out.push_back(round_from(row));
  }
  return out;
}

void insert_round(store::Connection& connection, int64_t proposal_id, const HandlingRound& r) {
  connection.execute(
      "INSERT INTO proposal_rounds (proposal_id, round_number, assigned_on, due_on, extended_on, reply_grade, "
      "reply_text, replied_on, contacted_on, contact_way, satisfaction, objection, reassigned_on) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {proposal_id, static_cast<int64_t>(r.number), r.assigned_on, r.due_on, r.extended_on, r.reply_grade,
       r.reply_text, r.replied_on, r.contacted_on, r.contact_way, r.satisfaction, r.objection, r.reassigned_on});
}

bool proposal_number_taken(store::Connection& connection, int64_t session_id, const std::string& number) {
  return connection.query_one("SELECT 1 FROM proposal_items WHERE session_id = ? AND number = ?", {session_id, number})
      .has_value();
}

std::vector<Proposal> select_proposals(store::Connection& connection, int64_t agency_id, bool published_only) {
  std::string sql = std::string("SELECT ") + kProposalColumns + " FROM proposal_items WHERE agency_id = ?";
  if (published_only) sql += " AND published = 1";
  sql += " ORDER BY session_id, id";
  std::vector<Proposal> out;
  for (const auto& row : connection.query(sql, {agency_id})) out.push_back(proposal_from(row));
  return out;
}

}  // namespace gongkai::proposals::detail
