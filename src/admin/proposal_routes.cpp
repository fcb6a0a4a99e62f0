#include "admin/proposal_routes.h"

#include "core/errors.h"
#include "proposals/proposal_commands.h"
#include "proposals/proposal_queries.h"
#include "proposals/proposal_terms.h"

namespace gongkai::admin {
namespace {

namespace pr = gongkai::proposals;
using org::Permission;

constexpr const char* kBase = "/admin/proposals";
constexpr int kSoonDays = 15;

std::string status_label(const pr::TrackedProposal& t) {
  switch (t.status) {
    case pr::DueStatus::kReplied: return "已答复";
    case pr::DueStatus::kOverdue: return "已逾期" + std::to_string(-t.days_left) + "天";
    case pr::DueStatus::kDueSoon: return "剩余" + std::to_string(t.days_left) + "天";
    case pr::DueStatus::kOpen: return "办理中";
  }
  return "";
}

nlohmann::json options(std::span<const pr::Term> terms) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : terms) out.push_back({{"key", t.key}, {"label", t.label}});
  return out;
}

nlohmann::json item_row(const pr::TrackedProposal& t) {
  const auto& p = t.proposal;
  return {{"url", std::string(kBase) + "/" + std::to_string(p.id)},
          {"session", t.session_name},
          {"number", p.number},
          {"title", p.title},
          {"role", pr::label_of(pr::handling_roles(), p.handling_role)},
          {"assigned_on", p.assigned_on},
          {"due_on", p.due_on},
          {"status", status_label(t)},
          {"late", t.status == pr::DueStatus::kOverdue},
          {"grade", p.reply_grade},
          {"satisfaction", pr::label_of(pr::satisfactions(), p.satisfaction)},
          {"published", p.published}};
}

struct PageState {
  std::string error;
  int status = 200;
};

web::Response list_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  const auto board = pr::proposal_board(*connection, context.staff.agency_id, context.app.today(), kSoonDays);
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json due = nlohmann::json::array();
  for (const auto& t : board.items) {
    rows.push_back(item_row(t));
    if (t.status == pr::DueStatus::kOverdue || t.status == pr::DueStatus::kDueSoon) due.push_back(item_row(t));
  }
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& s : pr::list_sessions(*connection, context.staff.agency_id)) {
    sessions.push_back({{"id", s.id}, {"name", s.name}, {"months", s.reply_months}, {"redo_months", s.redo_months}});
  }
  nlohmann::json content{{"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"due", due},
                         {"has_due", !due.empty()},
                         {"due_soon", board.due_soon},
                         {"overdue", board.overdue},
                         {"any_overdue", board.overdue > 0},
                         {"soon_days", kSoonDays},
                         {"sessions", sessions},
                         {"has_sessions", !sessions.empty()},
                         {"bodies", options(pr::bodies())},
                         {"levels", options(pr::levels())},
                         {"roles", options(pr::handling_roles())},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "proposals", std::move(content), {"建议提案办理", "proposals", state.status});
}

nlohmann::json round_rows(const std::vector<pr::HandlingRound>& rounds) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : rounds) {
    rows.push_back({{"number", r.number},
                    {"assigned_on", r.assigned_on},
                    {"first", r.number == 1},
                    {"due_on", r.due_on},
                    {"extended_on", r.extended_on},
                    {"grade_label", pr::label_of(pr::reply_grades(), r.reply_grade)},
                    {"reply_text", r.reply_text},
                    {"replied_on", r.replied_on},
                    {"contacted_on", r.contacted_on},
                    {"contact_way", r.contact_way},
                    {"satisfaction", pr::label_of(pr::satisfactions(), r.satisfaction)},
                    {"objection", r.objection},
                    {"reassigned_on", r.reassigned_on}});
  }
  return rows;
}

web::Response item_page(AdminContext& context, int64_t id, const PageState& state) {
  auto connection = context.app.database().lease();
  const auto t = pr::tracked_proposal(*connection, context.staff.agency_id, id, context.app.today(), kSoonDays);
  const auto& p = t.proposal;
  const auto rounds = pr::handling_rounds(*connection, context.staff.agency_id, id);
  nlohmann::json content = item_row(t);
  content.update({{"action", std::string(kBase) + "/" + std::to_string(p.id)},
                  {"proposers", p.proposers},
                  {"topics", p.topics},
                  {"grade_label", pr::label_of(pr::reply_grades(), p.reply_grade)},
                  {"reply_text", p.reply_text},
                  {"replied_on", p.replied_on},
                  {"replied", !p.replied_on.empty()},
                  {"contacted", !p.contacted_on.empty()},
                  {"contacted_on", p.contacted_on},
                  {"has_satisfaction", !p.satisfaction.empty()},
                  {"contact_way", p.contact_way},
                  {"result_summary", p.result_summary},
                  {"published_on", p.published_on},
                  {"extended_on", p.extended_on},
                  {"extension_note", p.extension_note},
                  {"may_extend", p.replied_on.empty() && p.extended_on.empty() && p.reassigned_on.empty()},
                  {"may_reassign", !p.replied_on.empty() && p.satisfaction == "unsatisfied"},
                  {"reassigned_on", p.reassigned_on},
                  {"round", rounds.size() + 1},
                  {"rounds", round_rows(rounds)},
                  {"has_rounds", !rounds.empty()},
                  {"grades", options(pr::reply_grades())},
                  {"satisfactions", options(pr::satisfactions())},
                  {"error", state.error},
                  {"has_error", !state.error.empty()}});
  return render_admin_page(context, "proposal", std::move(content), {p.title, "proposals", state.status});
}

// Runs one command; on bad input the page is shown again with the reason.
template <typename Command, typename Page>
web::Response attempt(AdminContext& context, const std::string& done_url, const std::string& flash, Command command,
                      Page page) {
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        command(*connection);
        return redirect_with_flash(context, done_url, flash);
      },
      [&](const std::string& message, int status) { return page(PageState{message, status}); });
}

web::Response add_session(AdminContext& c) {
  const pr::SessionInput input{c.form.value("name"), c.form.value("body"), c.form.value("level"),
                               c.form.value("reply_months"), c.form.value("redo_months")};
  return attempt(
      c, kBase, "会议已登记。", [&](store::Connection& db) { pr::create_session(db, c.staff, input); },
      [&](const PageState& s) { return list_page(c, s); });
}

web::Response add_item(AdminContext& c) {
  const std::string session = c.form.value("session_id");
  const int64_t session_id = session.empty() || session.find_first_not_of("0123456789") != std::string::npos || session.size() > 15
                                 ? 0
                                 : std::stoll(session);
  const pr::ProposalInput input{session_id,           c.form.value("number"), c.form.value("title"),
                                c.form.value("proposers"), c.form.value("topics"), c.form.value("handling_role"),
                                c.form.value("assigned_on")};
  return attempt(
      c, kBase, "建议提案已登记。",
      [&](store::Connection& db) { pr::add_proposal(db, c.staff, c.app.today(), input); },
      [&](const PageState& s) { return list_page(c, s); });
}

web::Response reply(AdminContext& c) {
  const int64_t id = c.id_param();
  const pr::ReplyInput input{c.form.value("grade"), c.form.value("text"), c.form.value("replied_on")};
  return attempt(
      c, std::string(kBase) + "/" + std::to_string(id), "答复已登记。",
      [&](store::Connection& db) { pr::record_reply(db, c.staff, c.app.today(), id, input); },
      [&](const PageState& s) { return item_page(c, id, s); });
}

web::Response contact(AdminContext& c) {
  const int64_t id = c.id_param();
  const pr::ContactInput input{c.form.value("contacted_on"), c.form.value("way"), c.form.value("satisfaction")};
  return attempt(
      c, std::string(kBase) + "/" + std::to_string(id), "沟通情况已登记。",
      [&](store::Connection& db) { pr::record_contact(db, c.staff, c.app.today(), id, input); },
      [&](const PageState& s) { return item_page(c, id, s); });
}

web::Response extend(AdminContext& c) {
  const int64_t id = c.id_param();
  const std::string note = c.form.value("note");
  return attempt(
      c, std::string(kBase) + "/" + std::to_string(id), "已延期，答复期限改为交办后6个月。",
      [&](store::Connection& db) { pr::extend_reply(db, c.staff, c.app.today(), id, note); },
      [&](const PageState& s) { return item_page(c, id, s); });
}

web::Response reassign(AdminContext& c) {
  const int64_t id = c.id_param();
  const pr::ReassignInput input{c.form.value("reassigned_on"), c.form.value("objection")};
  return attempt(
      c, std::string(kBase) + "/" + std::to_string(id), "已登记重新交办，请在新的答复期限内重新答复。",
      [&](store::Connection& db) { pr::reassign_after_objection(db, c.staff, c.app.today(), id, input); },
      [&](const PageState& s) { return item_page(c, id, s); });
}

web::Response publish(AdminContext& c) {
  const int64_t id = c.id_param();
  const std::string summary = c.form.value("summary");
  return attempt(
      c, std::string(kBase) + "/" + std::to_string(id), "办理结果已公开。",
      [&](store::Connection& db) { pr::publish_result(db, c.staff, c.app.today(), id, summary); },
      [&](const PageState& s) { return item_page(c, id, s); });
}

}  // namespace

nlohmann::json proposal_due_view(AdminContext& context) {
  if (!context.staff.may(Permission::kManageKeyAreas)) return nullptr;
  auto connection = context.app.database().lease();
  const auto due = pr::replies_due(*connection, context.app.calendar(), context.staff.agency_id, context.app.today());
  if (due.empty()) return nullptr;
  nlohmann::json rows = nlohmann::json::array();
  bool any_overdue = false;
  for (const auto& t : due) {
    const bool overdue = t.status == pr::DueStatus::kOverdue;
    any_overdue = any_overdue || overdue;
    rows.push_back({{"url", std::string(kBase) + "/" + std::to_string(t.proposal.id)},
                    {"title", t.proposal.title},
                    {"session", t.session_name},
                    {"number", t.proposal.number},
                    {"due_on", t.proposal.due_on},
                    {"overdue", overdue},
                    {"left", overdue ? "已逾期" + std::to_string(-t.days_left) + "天"
                                     : "剩余" + std::to_string(t.days_left) + "个工作日"}});
  }
  return {{"rows", rows}, {"has_overdue", any_overdue}, {"working_days", pr::kDashboardDueWorkingDays}};
}

void register_proposal_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kManageKeyAreas, [](AdminContext& c) { return list_page(c, {}); });
  routes.post(kBase, Permission::kManageKeyAreas, add_item);
  routes.post("/admin/proposals/sessions", Permission::kManageKeyAreas, add_session);
  routes.get("/admin/proposals/{id}", Permission::kManageKeyAreas,
             [](AdminContext& c) { return item_page(c, c.id_param(), {}); });
  routes.post("/admin/proposals/{id}/reply", Permission::kManageKeyAreas, reply);
  routes.post("/admin/proposals/{id}/contact", Permission::kManageKeyAreas, contact);
  routes.post("/admin/proposals/{id}/publish", Permission::kManageKeyAreas, publish);
  routes.post("/admin/proposals/{id}/extend", Permission::kManageKeyAreas, extend);
  routes.post("/admin/proposals/{id}/reassign", Permission::kManageKeyAreas, reassign);
}

}  // namespace gongkai::admin
