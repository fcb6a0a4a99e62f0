#include "admin/engagement_routes.h"

#include <functional>

#include "core/errors.h"
#include "engagement/consultation_commands.h"
#include "engagement/consultation_queries.h"
#include "engagement/engagement_inbox.h"
#include "engagement/letter_commands.h"
#include "engagement/letter_queries.h"
#include "engagement/moment.h"
#include "engagement/opinion_record.h"
#include "engagement/tracking_code.h"

namespace gongkai::admin {
namespace {

namespace eg = gongkai::engagement;
using org::Permission;

std::string consultation_url(int64_t id) { return "/admin/consultations/" + std::to_string(id); }
std::string letter_url(int64_t id) { return "/admin/letters/" + std::to_string(id); }
std::string opinion_url(int64_t id) { return "/admin/opinion/" + std::to_string(id); }

std::string date_text(const std::optional<CivilDate>& date) { return date ? format_date(*date) : ""; }

// ---- 意见征集 -------------------------------------------------------------

eg::ConsultationDraft draft_from(const web::Form& form) {
  return {form.value("title"),   form.value("draft_text"), form.value("background"), form.value("basis"),
          form.value("opens_on"), form.value("closes_on"),  form.value("published") == "1"};
}

eg::ConsultationDraft draft_of(const eg::Consultation& c) {
  return {c.title, c.draft_text, c.background, c.basis, format_date(c.opens_on), format_date(c.closes_on), c.published};
}

nlohmann::json draft_view(const eg::ConsultationDraft& d) {
  return {{"title", d.title},       {"draft_text", d.draft_text}, {"background", d.background}, {"basis", d.basis},
          {"opens_on", d.opens_on}, {"closes_on", d.closes_on},   {"published", d.published}};
}

web::Response consultation_list(AdminContext& context) {
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : eg::list_consultations(*connection, context.staff.agency_id, false)) {
    const auto phase = c.phase(context.app.today());
    rows.push_back({{"url", consultation_url(c.id)},
                    {"title", c.title},
                    {"opens_on", format_date(c.opens_on)},
                    {"closes_on", format_date(c.closes_on)},
                    {"phase", eg::phase_label(phase)},
                    {"published", c.published},
                    {"pending", eg::count_comments(*connection, c.id, eg::Moderation::kPending)},
                    {"adoption_published", c.adoption_published()},
                    {"adoption_due", phase == eg::ConsultationPhase::kClosed && !c.adoption_published()}});
  }
  return render_admin_page(context, "consultations", {{"consultations", rows}, {"has_consultations", !rows.empty()}},
                           {"意见征集", "consultations"});
}

web::Response consultation_form(AdminContext& context, const eg::ConsultationDraft& draft, const std::string& error,
                                int status) {
  nlohmann::json content{{"form", draft_view(draft)}, {"error", error}, {"has_error", !error.empty()}};
  return render_admin_page(context, "consultation_form", std::move(content), {"发起意见征集", "consultations", status});
}

web::Response new_consultation_page(AdminContext& context) {
  eg::ConsultationDraft empty;
  empty.opens_on = format_date(context.app.today());
  return consultation_form(context, empty, "", 200);
}

web::Response create_consultation(AdminContext& context) {
  const auto draft = draft_from(context.form);
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        const int64_t id = eg::open_consultation(*connection, context.staff, draft, eg::Moment::now());
        return redirect_with_flash(context, consultation_url(id), "意见征集已发起。");
      },
      [&](const std::string& error, int status) { return consultation_form(context, draft, error, status); });
}

nlohmann::json comment_view(const eg::ConsultationComment& c, int64_t consultation_id) {
  nlohmann::json adoptions = nlohmann::json::array();
  for (auto a : {eg::Adoption::kUndecided, eg::Adoption::kAdopted, eg::Adoption::kPartly, eg::Adoption::kNotAdopted}) {
    adoptions.push_back({{"key", eg::adoption_key(a)},
                         {"name", a == eg::Adoption::kUndecided ? "未定" : eg::adoption_label(a)},
                         {"selected", a == c.adoption}});
  }
  return {{"id", c.id},
          {"action", consultation_url(consultation_id) + "/comments/" + std::to_string(c.id)},
          {"name", c.commenter_name.empty() ? "（未署名）" : c.commenter_name},
          {"contact", c.contact},
          {"has_contact", !c.contact.empty()},
          {"body", c.body},
          {"submitted_at", eg::china_time_text(c.submitted_at)},
          {"remote_address", c.remote_address},
          {"moderation", eg::moderation_label(c.moderation)},
          {"moderation_key", eg::moderation_key(c.moderation)},
          {"approved", c.moderation == eg::Moderation::kApproved},
          {"rejected", c.moderation == eg::Moderation::kRejected},
          {"adoptions", adoptions},
          {"adoption_label", eg::adoption_label(c.adoption)},
          {"has_adoption", c.adoption != eg::Adoption::kUndecided},
          {"response", c.response},
          {"has_response", !c.response.empty()}};
}

struct ConsultationPageState {
  std::optional<eg::ConsultationDraft> edited;  // the submitted edit form, when refused
  std::string adoption_summary;
  std::string error;
  int status = 200;
};

web::Response consultation_page(AdminContext& context, int64_t id, const ConsultationPageState& state) {
  auto connection = context.app.database().lease();
  const auto found = eg::find_consultation(*connection, id);
  if (!found || found->agency_id != context.staff.agency_id) throw NotFound("意见征集不存在");
  const eg::Consultation& c = *found;
  const auto phase = c.phase(context.app.today());
  nlohmann::json comments = nlohmann::json::array();
  for (const auto& comment : eg::list_comments(*connection, id)) comments.push_back(comment_view(comment, id));
  nlohmann::json policies = nlohmann::json::array();
  for (const auto& p : eg::policy_choices(*connection, c.agency_id)) {
    policies.push_back({{"id", p.item_id},
                        {"title", p.title + "（" + p.published_date + "）"},
                        {"selected", c.policy_item_id && *c.policy_item_id == p.item_id}});
  }
  const bool frozen = c.adoption_published();
  nlohmann::json content{
      {"consultation",
       {{"id", c.id},
        {"title", c.title},
        {"public_url", "/hdjl/yjzj/" + std::to_string(c.id)},
        {"published", c.published},
        {"opens_on", format_date(c.opens_on)},
        {"closes_on", format_date(c.closes_on)},
        {"phase", eg::phase_label(phase)},
        {"closed", phase == eg::ConsultationPhase::kClosed},
        {"adoption_published", frozen},
        {"adoption_summary", c.adoption_summary},
        {"adoption_published_on", date_text(c.adoption_published_on)},
        {"has_policy", c.policy_item_id.has_value()}}},
      {"form", draft_view(state.edited.value_or(draft_of(c)))},
      {"editable", !frozen},
      {"comments", comments},
      {"has_comments", !comments.empty()},
      {"moderatable", !frozen},
      {"policies", policies},
      {"may_publish_adoption", phase == eg::ConsultationPhase::kClosed && !frozen},
      {"adoption_draft", state.adoption_summary},
      {"error", state.error},
      {"has_error", !state.error.empty()},
  };
  return render_admin_page(context, "consultation", std::move(content), {c.title, "consultations", state.status});
}

web::Response show_consultation(AdminContext& context) { return consultation_page(context, context.id_param(), {}); }

web::Response refused_on_consultation(AdminContext& context, int64_t id, ConsultationPageState state,
                                      const std::string& error, int status) {
  state.error = error;
  state.status = status;
  return consultation_page(context, id, state);
}

web::Response update_consultation(AdminContext& context) {
  const int64_t id = context.id_param();
  const auto draft = draft_from(context.form);
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        eg::update_consultation(*connection, context.staff, id, draft);
        return redirect_with_flash(context, consultation_url(id), "修改已保存。");
      },
      [&](const std::string& error, int status) {
        return refused_on_consultation(context, id, {draft, "", "", 200}, error, status);
      });
}

web::Response link_policy(AdminContext& context) {
  const int64_t id = context.id_param();
  const std::string chosen = context.form.value("policy_item_id");
  return unless_refused(
      [&] {
        std::optional<int64_t> item;
        if (!chosen.empty()) {
          try {
            item = std::stoll(chosen);
          } catch (const std::exception&) {
            throw InvalidInput("关联的政策文件不存在");
          }
        }
        auto connection = context.app.database().lease();
        eg::link_consultation_policy(*connection, context.staff, id, item);
        return redirect_with_flash(context, consultation_url(id), item ? "已关联最终出台的政策。" : "已取消关联。");
      },
      [&](const std::string& error, int status) { return refused_on_consultation(context, id, {}, error, status); });
}

web::Response moderate(AdminContext& context) {
  const int64_t id = context.id_param();
  const int64_t comment_id = context.id_param("comment_id");
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        const auto comment = eg::find_comment(*connection, comment_id);
        if (!comment || comment->consultation_id != id) throw NotFound("意见不存在");
        const auto moderation = eg::moderation_from_key(context.form.value("moderation"));
        const auto adoption = eg::adoption_from_key(context.form.value("adopted"));
        if (!moderation || !adoption) throw InvalidInput("审核结果无效");
        eg::moderate_comment(*connection, context.staff, comment_id,
                             {*moderation, *adoption, context.form.value("response")}, eg::Moment::now());
        return redirect_with_flash(context, consultation_url(id) + "#comment-" + std::to_string(comment_id),
                                   "审核结果已保存。");
      },
      [&](const std::string& error, int status) { return refused_on_consultation(context, id, {}, error, status); });
}

web::Response publish_adoption(AdminContext& context) {
  const int64_t id = context.id_param();
  const std::string summary = context.form.value("adoption_summary");
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        eg::publish_adoption(*connection, context.staff, id, summary, eg::Moment::now());
        return redirect_with_flash(context, consultation_url(id), "采纳情况已公布。");
      },
      [&](const std::string& error, int status) {
        return refused_on_consultation(context, id, {std::nullopt, summary, "", 200}, error, status);
      });
}

// ---- 行政首长信箱 ---------------------------------------------------------

web::Response letter_list(AdminContext& context) {
  const std::string filter_key = context.request.query_param("filter").value_or("");
  eg::LetterFilter filter;
  if (filter_key == "overdue") {
    filter.overdue_only = true;
  } else if (filter_key == "mine") {
    filter.assigned_to = context.staff.user_id;
    filter.unreplied_only = true;
  } else if (filter_key == "unreplied") {
    filter.unreplied_only = true;
  } else if (!filter_key.empty()) {
    throw InvalidInput("筛选条件无效：" + filter_key);
  }
  const CivilDate today = context.app.today();
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& l : eg::list_letters(*connection, context.staff.agency_id, filter, today)) {
    rows.push_back({{"url", letter_url(l.id)},
                    {"subject", l.subject},
                    {"writer", l.writer_name},
                    {"received_on", format_date(l.received_on)},
                    {"due_on", format_date(l.due_on)},
                    {"status", eg::letter_status_label(l.status())},
                    {"assignee", l.assigned_user_name},
                    {"overdue", l.overdue(today)},
                    {"published", l.published}});
  }
  nlohmann::json filters = nlohmann::json::array();
  for (const auto& [key, name] : std::vector<std::pair<std::string, std::string>>{
           {"", "全部"}, {"unreplied", "未答复"}, {"overdue", "超期未答复"}, {"mine", "分办给我"}}) {
    filters.push_back({{"url", key.empty() ? "/admin/letters" : "/admin/letters?filter=" + key},
                       {"name", name},
                       {"current", key == filter_key}});
  }
  return render_admin_page(context, "letters",
                           {{"letters", rows}, {"has_letters", !rows.empty()}, {"filters", filters}},
                           {"行政首长信箱", "letters"});
}

struct LetterPageState {
  std::string reply;
  std::optional<eg::PublicExchange> exchange;
  std::string error;
  int status = 200;
};

web::Response letter_page(AdminContext& context, int64_t id, const LetterPageState& state) {
  auto connection = context.app.database().lease();
  const auto found = eg::find_letter(*connection, id);
  if (!found || found->agency_id != context.staff.agency_id) throw NotFound("信件不存在");
  const eg::Letter& l = *found;
  const CivilDate today = context.app.today();
  nlohmann::json handlers = nlohmann::json::array();
  for (const auto& h : eg::letter_handlers(*connection, l.agency_id)) {
    handlers.push_back({{"id", h.user_id},
                        {"name", h.display_name},
                        {"selected", l.assigned_user_id && *l.assigned_user_id == h.user_id}});
  }
  const eg::PublicExchange proposal =
      state.exchange.value_or(l.published ? eg::PublicExchange{l.public_subject, l.public_body, l.public_reply}
                                          : eg::masked_exchange(l));
  nlohmann::json content{
      {"letter",
       {{"id", l.id},
        {"tracking_code", eg::format_tracking_code(l.tracking_code)},
        {"writer", l.writer_name},
        {"phone", l.phone},
        {"email", l.email},
        {"address", l.address},
        {"subject", l.subject},
        {"body", l.body},
        {"remote_address", l.remote_address},
        {"received_on", format_date(l.received_on)},
        {"due_on", format_date(l.due_on)},
        {"overdue", l.overdue(today)},
        {"status", eg::letter_status_label(l.status())},
        {"assignee", l.assigned_user_name},
        {"has_assignee", l.assigned_user_id.has_value()},
        {"replied", l.replied_on.has_value()},
        {"replied_on", date_text(l.replied_on)},
        {"replied_by", l.replied_by},
        {"published", l.published},
        {"public_url", "/hdjl/xzxx/" + std::to_string(l.id)}}},
      {"handlers", handlers},
      {"may_assign", !l.replied_on.has_value()},
      {"may_reply", !l.published},
      {"reply_draft", state.reply.empty() ? l.reply : state.reply},
      {"may_publish", l.replied_on.has_value()},
      {"exchange", {{"subject", proposal.subject}, {"body", proposal.body}, {"reply", proposal.reply}}},
      {"error", state.error},
      {"has_error", !state.error.empty()},
  };
  return render_admin_page(context, "letter", std::move(content), {l.subject, "letters", state.status});
}

web::Response show_letter(AdminContext& context) { return letter_page(context, context.id_param(), {}); }

web::Response letter_action(AdminContext& context, const std::function<void(store::Connection&, int64_t)>& action,
                            const std::string& done, LetterPageState kept) {
  const int64_t id = context.id_param();
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        action(*connection, id);
        return redirect_with_flash(context, letter_url(id), done);
      },
      [&](const std::string& error, int status) {
        kept.error = error;
        kept.status = status;
        return letter_page(context, id, kept);
      });
}

web::Response assign(AdminContext& context) {
  return letter_action(
      context,
      [&](store::Connection& c, int64_t id) {
        int64_t user = 0;
        try {
          user = std::stoll(context.form.value("user_id"));
        } catch (const std::exception&) {
          throw InvalidInput("请选择承办人");
        }
        eg::assign_letter(c, context.staff, id, user);
      },
      "已分办。", {});
}

web::Response reply(AdminContext& context) {
  const std::string text = context.form.value("reply");
  return letter_action(
      context, [&](store::Connection& c, int64_t id) { eg::reply_letter(c, context.staff, id, text, eg::Moment::now()); },
      "答复已保存，来信人可凭查询码查看。", {text, std::nullopt, "", 200});
}

web::Response publish(AdminContext& context) {
  const eg::PublicExchange exchange{context.form.value("public_subject"), context.form.value("public_body"),
                                    context.form.value("public_reply")};
  return letter_action(
      context, [&](store::Connection& c, int64_t id) { eg::publish_letter(c, context.staff, id, exchange); },
      "已在门户网站公开（个人信息已脱敏）。", {"", exchange, "", 200});
}

web::Response unpublish(AdminContext& context) {
  return letter_action(
      context, [&](store::Connection& c, int64_t id) { eg::unpublish_letter(c, context.staff, id); }, "已撤回公开。",
      {});
}

// ---- 舆情 -----------------------------------------------------------------

nlohmann::json opinion_view(const eg::OpinionRecord& r) {
  return {{"id", r.id},
          {"url", opinion_url(r.id)},
          {"source", r.source},
          {"topic", r.topic},
          {"summary", r.summary},
          {"found_on", format_date(r.found_on)},
          {"response", r.response},
          {"responded", r.responded()},
          {"responded_on", date_text(r.responded_on)},
          {"reported", r.reported()},
          {"reported_on", date_text(r.reported_upward_on)},
          {"reported_to", r.reported_to}};
}

web::Response opinion_list_page(AdminContext& context, const eg::NewOpinionRecord& kept, const std::string& error,
                                int status) {
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : eg::list_opinions(*connection, context.staff.agency_id)) rows.push_back(opinion_view(r));
  nlohmann::json content{
      {"records", rows},
      {"has_records", !rows.empty()},
      {"form",
       {{"source", kept.source}, {"topic", kept.topic}, {"summary", kept.summary}, {"found_on", kept.found_on}}},
      {"error", error},
      {"has_error", !error.empty()}};
  return render_admin_page(context, "opinion", std::move(content), {"舆情", "opinion", status});
}

web::Response opinion_list(AdminContext& context) {
  return opinion_list_page(context, {"", "", "", format_date(context.app.today())}, "", 200);
}

web::Response create_opinion(AdminContext& context) {
  const eg::NewOpinionRecord record{context.form.value("source"), context.form.value("topic"),
                                    context.form.value("summary"), context.form.value("found_on")};
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        const int64_t id = eg::record_opinion(*connection, context.staff, record, eg::Moment::now());
        return redirect_with_flash(context, opinion_url(id), "舆情已登记。");
      },
      [&](const std::string& error, int status) { return opinion_list_page(context, record, error, status); });
}

web::Response opinion_page(AdminContext& context, int64_t id, const std::string& error, int status) {
  auto connection = context.app.database().lease();
  const auto found = eg::find_opinion(*connection, id);
  if (!found || found->agency_id != context.staff.agency_id) throw NotFound("舆情记录不存在");
  nlohmann::json view = opinion_view(*found);
  const std::string today = format_date(context.app.today());
  nlohmann::json content{{"record", view},
                         {"response_draft", context.form.value("response").empty() ? found->response
                                                                                   : context.form.value("response")},
                         {"responded_on_draft", found->responded_on ? format_date(*found->responded_on) : today},
                         {"reported_to_draft", context.form.value("reported_to").empty()
                                                   ? found->reported_to
                                                   : context.form.value("reported_to")},
                         {"reported_on_draft", found->reported_upward_on ? format_date(*found->reported_upward_on) : today},
                         {"error", error},
                         {"has_error", !error.empty()}};
  return render_admin_page(context, "opinion_record", std::move(content), {found->topic, "opinion", status});
}

web::Response show_opinion(AdminContext& context) { return opinion_page(context, context.id_param(), "", 200); }

web::Response opinion_action(AdminContext& context, const std::function<void(store::Connection&, int64_t)>& action,
                             const std::string& done) {
  const int64_t id = context.id_param();
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        action(*connection, id);
        return redirect_with_flash(context, opinion_url(id), done);
      },
      [&](const std::string& error, int status) { return opinion_page(context, id, error, status); });
}

web::Response respond(AdminContext& context) {
  return opinion_action(
      context,
      [&](store::Connection& c, int64_t id) {
        eg::record_opinion_response(c, context.staff, id, context.form.value("response"),
                                    context.form.value("responded_on"), eg::Moment::now());
      },
      "回应情况已保存。");
}

web::Response report(AdminContext& context) {
  return opinion_action(
      context,
      [&](store::Connection& c, int64_t id) {
        eg::record_opinion_report(c, context.staff, id, context.form.value("reported_to"),
                                  context.form.value("reported_on"), eg::Moment::now());
      },
      "上报情况已保存。");
}

std::string task_url(const std::string& key) {
  if (key == "letters_unassigned") return "/admin/letters?filter=unreplied";
  if (key == "letters_mine") return "/admin/letters?filter=mine";
  if (key == "letters_overdue") return "/admin/letters?filter=overdue";
  if (key == "opinion_unanswered") return "/admin/opinion";
  return "/admin/consultations";
}

}  // namespace

nlohmann::json engagement_task_rows(AdminContext& context) {
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& task : eg::engagement_tasks(*connection, context.staff, context.app.today())) {
    rows.push_back({{"label", task.label},
                    {"count", task.count},
                    {"url", task_url(task.key)},
                    {"urgent", task.key == "letters_overdue"}});
  }
  return rows;
}

void register_engagement_routes(AdminRoutes& routes) {
  const auto consult = Permission::kManageConsultations;
  routes.get("/admin/consultations", consult, consultation_list);
  routes.get("/admin/consultations/new", consult, new_consultation_page);
  routes.post("/admin/consultations", consult, create_consultation);
  routes.get("/admin/consultations/{id}", consult, show_consultation);
  routes.post("/admin/consultations/{id}", consult, update_consultation);
  routes.post("/admin/consultations/{id}/policy", consult, link_policy);
  routes.post("/admin/consultations/{id}/comments/{comment_id}", consult, moderate);
  routes.post("/admin/consultations/{id}/adoption", consult, publish_adoption);

  const auto letters = Permission::kHandleLetters;
  routes.get("/admin/letters", letters, letter_list);
  routes.get("/admin/letters/{id}", letters, show_letter);
  routes.post("/admin/letters/{id}/assign", letters, assign);
  routes.post("/admin/letters/{id}/reply", letters, reply);
  routes.post("/admin/letters/{id}/publish", letters, publish);
  routes.post("/admin/letters/{id}/unpublish", letters, unpublish);

  const auto opinion = Permission::kRecordOpinion;
  routes.get("/admin/opinion", opinion, opinion_list);
  routes.post("/admin/opinion", opinion, create_opinion);
  routes.get("/admin/opinion/{id}", opinion, show_opinion);
  routes.post("/admin/opinion/{id}/response", opinion, respond);
  routes.post("/admin/opinion/{id}/report", opinion, report);
}

}  // namespace gongkai::admin
