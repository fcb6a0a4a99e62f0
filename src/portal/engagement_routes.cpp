// 互动交流: /hdjl/ (home), /hdjl/yjzj/ and /hdjl/yjzj/{id} (意见征集, with the
// comment form while open), /hdjl/xzxx/ (行政首长信箱: the letter form, the
// lookup by tracking code, the published exchanges) and /hdjl/xzxx/{id}.
// The public forms post urlencoded bodies (portal/public_form.h); a refused
// submission re-renders its page with the message and the input kept. The
// tracking code travels only in POST bodies and pages, never in a URL.
#include <nlohmann/json.hpp>

#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "engagement/consultation_commands.h"
#include "engagement/consultation_queries.h"
#include "engagement/engagement_settings.h"
#include "engagement/letter_commands.h"
#include "engagement/letter_queries.h"
#include "engagement/tracking_code.h"
#include "portal/page.h"
#include "portal/public_form.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/view_models.h"
#include "web/error_pages.h"

namespace gongkai::portal {
namespace {

namespace eg = gongkai::engagement;

constexpr int kHomeConsultations = 5;
constexpr int kHomeLetters = 5;

const Breadcrumb kHdjlCrumb{"互动交流", "/hdjl/"};
const Breadcrumb kYjzjCrumb{"意见征集", "/hdjl/yjzj/"};
const Breadcrumb kXzxxCrumb{"行政首长信箱", "/hdjl/xzxx/"};

std::string consultation_url(int64_t id) { return "/hdjl/yjzj/" + std::to_string(id); }
std::string letter_url(int64_t id) { return "/hdjl/xzxx/" + std::to_string(id); }

nlohmann::json paragraph_list(const std::string& text) { return paragraphs(text); }

nlohmann::json consultation_row(const eg::Consultation& c, CivilDate today) {
  const auto phase = c.phase(today);
  return {{"url", consultation_url(c.id)},
          {"title", c.title},
          {"opens_on", format_date_chinese(c.opens_on)},
          {"closes_on", format_date_chinese(c.closes_on)},
          {"phase", eg::phase_label(phase)},
          {"phase_key", eg::phase_key(phase)},
          {"adoption_published", c.adoption_published()}};
}

nlohmann::json comment_rows(const std::vector<eg::PublicComment>& comments) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& comment : comments) {
    rows.push_back({{"name", comment.name},
                    {"paragraphs", paragraph_list(comment.body)},
                    {"submitted_on", comment.submitted_on},
                    {"adoption", comment.adoption},
                    {"has_adoption", !comment.adoption.empty()},
                    {"response", comment.response},
                    {"has_response", !comment.response.empty()}});
  }
  return rows;
}

// The policy finally adopted, when it is public.
nlohmann::json policy_link(store::Connection& connection, const eg::Consultation& c, CivilDate today) {
  if (!c.policy_item_id) return nullptr;
  const auto item = catalog::find_public_item(connection, *c.policy_item_id, today);
  if (!item) return nullptr;
  return {{"url", "/xxgk/item/" + std::to_string(item->id)}, {"title", item->title}};
}

struct CommentFormState {
  eg::NewComment input;
  std::string error;
  bool submitted = false;
};

web::Response consultation_page(app::App& app, const web::Request& request, const org::Agency& agency, int64_t id,
                                const CommentFormState& form, int status) {
  auto connection = app.database().lease();
  const auto found = eg::find_public_consultation(*connection, agency.id, id);
  if (!found) throw NotFound("意见征集不存在");
  const eg::Consultation& c = *found;
  const CivilDate today = app.today();
  const auto phase = c.phase(today);
  const auto comments = eg::public_comments(*connection, c.id);
  nlohmann::json policy = policy_link(*connection, c, today);
  nlohmann::json content = {
      {"consultation",
       {{"id", c.id},
        {"title", c.title},
        {"draft", paragraph_list(c.draft_text)},
        {"background", paragraph_list(c.background)},
        {"basis", paragraph_list(c.basis)},
        {"opens_on", format_date_chinese(c.opens_on)},
        {"closes_on", format_date_chinese(c.closes_on)},
        {"phase", eg::phase_label(phase)},
        {"phase_key", eg::phase_key(phase)},
        {"is_open", phase == eg::ConsultationPhase::kOpen},
        {"not_started", phase == eg::ConsultationPhase::kNotStarted},
        {"closed", phase == eg::ConsultationPhase::kClosed},
        {"adoption_published", c.adoption_published()},
        {"adoption", paragraph_list(c.adoption_summary)},
        {"adoption_published_on", c.adoption_published_on ? format_date_chinese(*c.adoption_published_on) : ""},
        {"has_policy", !policy.is_null()},
        {"policy", policy},
        {"comment_action", consultation_url(c.id) + "/comment"}}},
      {"comments", comment_rows(comments)},
      {"has_comments", !comments.empty()},
      {"comment_count", comments.size()},
      {"form",
       {{"name", form.input.commenter_name}, {"contact", form.input.contact}, {"body", form.input.body}}},
      {"error", form.error},
      {"has_error", !form.error.empty()},
      {"submitted", form.submitted},
      {"body_limit", eg::kCommentLimits.body_chars},
  };
  PageMeta meta{c.title, "hdjl", {kHdjlCrumb, kYjzjCrumb, {c.title, ""}}, status};
  web::Response response = render_page(app, request, agency, "portal/consultation", std::move(content), meta);
  if (request.method == "POST") response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response consultation_detail(app::App& app, const web::Request& request, const web::PathParams& params) {
  const org::Agency agency = app.portal_agency();
  const int64_t id = parse_id(params.at("id"), "意见征集不存在");
  CommentFormState form;
  form.submitted = request.query_param("submitted").value_or("") == "1";
  return consultation_page(app, request, agency, id, form, 200);
}

web::Response post_comment(app::App& app, const web::Request& request, const web::PathParams& params) {
  const org::Agency agency = app.portal_agency();
  const int64_t id = parse_id(params.at("id"), "意见征集不存在");
  const PublicForm form = PublicForm::parse(request);
  const std::string thanks = consultation_url(id) + "?submitted=1#comment-result";
  CommentFormState state;
  state.input = {form.value("name"), form.value("contact"), form.value("body")};
  int status = 0;
  {
    auto connection = app.database().lease();
    if (!eg::find_public_consultation(*connection, agency.id, id)) throw NotFound("意见征集不存在");
    if (form.is_robot()) return web::Response::redirect(thanks, 303);
    try {
      eg::submit_comment(*connection, {request.remote_address, eg::Moment::now()}, id, state.input);
      return web::Response::redirect(thanks, 303);
    } catch (const Refused& refusal) {
      state.error = refusal.what();
      status = web::refusal_status(refusal, 422);
    }
  }
  return consultation_page(app, request, agency, id, state, status);
}

web::Response consultation_list(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : eg::list_consultations(*connection, agency.id, true)) rows.push_back(consultation_row(c, app.today()));
  nlohmann::json content = {{"consultations", rows}, {"has_consultations", !rows.empty()}};
  return render_page(app, request, agency, "portal/consultations", std::move(content),
                     {"意见征集", "hdjl", {kHdjlCrumb, {"意见征集", ""}}, 200});
}

nlohmann::json published_letter_rows(store::Connection& connection, int64_t agency_id, size_t limit) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& letter : eg::published_letters(connection, agency_id)) {
    if (rows.size() >= limit) break;
    rows.push_back({{"url", letter_url(letter.id)},
                    {"subject", letter.subject},
                    {"received_on", format_date_chinese(letter.received_on)},
                    {"replied_on", format_date_chinese(letter.replied_on)}});
  }
  return rows;
}

web::Response engagement_home(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  nlohmann::json consultations = nlohmann::json::array();
  for (const auto& c : eg::list_consultations(*connection, agency.id, true)) {
    if (consultations.size() >= kHomeConsultations) break;
    consultations.push_back(consultation_row(c, app.today()));
  }
  nlohmann::json letters = published_letter_rows(*connection, agency.id, kHomeLetters);
  nlohmann::json content = {{"consultations", consultations},
                            {"has_consultations", !consultations.empty()},
                            {"letters", letters},
                            {"has_letters", !letters.empty()},
                            {"reply_days", eg::letter_reply_working_days(*connection, agency.id)}};
  return render_page(app, request, agency, "portal/hdjl", std::move(content),
                     {"互动交流", "hdjl", {{"互动交流", ""}}, 200});
}

struct MailboxState {
  eg::NewLetter input;
  std::string error;
  std::string lookup_code;
  std::string lookup_error;
};

web::Response mailbox_page(app::App& app, const web::Request& request, const org::Agency& agency,
                           const MailboxState& state, int status) {
  auto connection = app.database().lease();
  nlohmann::json letters = published_letter_rows(*connection, agency.id, SIZE_MAX);
  nlohmann::json content = {
      {"form",
       {{"name", state.input.writer_name},
        {"phone", state.input.phone},
        {"email", state.input.email},
        {"address", state.input.address},
        {"subject", state.input.subject},
        {"body", state.input.body}}},
      {"error", state.error},
      {"has_error", !state.error.empty()},
      {"lookup_code", state.lookup_code},
      {"lookup_error", state.lookup_error},
      {"has_lookup_error", !state.lookup_error.empty()},
      {"letters", letters},
      {"has_letters", !letters.empty()},
      {"reply_days", eg::letter_reply_working_days(*connection, agency.id)},
      {"body_limit", eg::kLetterLimits.body_chars},
  };
  web::Response response = render_page(app, request, agency, "portal/mailbox", std::move(content),
                                       {"行政首长信箱", "hdjl", {kHdjlCrumb, {"行政首长信箱", ""}}, status});
  if (request.method == "POST") response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response letter_received_page(app::App& app, const web::Request& request, const org::Agency& agency,
                                   const eg::ReceivedLetter& received) {
  nlohmann::json content = {{"tracking_code", eg::format_tracking_code(received.tracking_code)},
                            {"received_on", format_date_chinese(received.received_on)},
                            {"due_on", format_date_chinese(received.due_on)}};
  web::Response response = render_page(app, request, agency, "portal/letter_received", std::move(content),
                                       {"来信已收到", "hdjl", {kHdjlCrumb, kXzxxCrumb, {"来信已收到", ""}}, 200});
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response post_letter(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  const PublicForm form = PublicForm::parse(request);
  MailboxState state;
  state.input = {form.value("name"),    form.value("phone"),   form.value("email"),
                 form.value("address"), form.value("subject"), form.value("body")};
  if (form.is_robot()) {
    // Looks accepted to the robot; nothing is stored and the code leads nowhere.
    return letter_received_page(app, request, agency,
                                {0, eg::generate_tracking_code(), app.today(), app.today()});
  }
  try {
    auto connection = app.database().lease();
    const auto received = eg::submit_letter(*connection, {request.remote_address, eg::Moment::now()}, agency.id,
                                            state.input, app.calendar());
    return letter_received_page(app, request, agency, received);
  } catch (const Refused& refusal) {
    state.error = refusal.what();
    return mailbox_page(app, request, agency, state, web::refusal_status(refusal, 422));
  }
}

web::Response post_lookup(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  const PublicForm form = PublicForm::parse(request);
  MailboxState state;
  state.lookup_code = form.value("code");
  auto connection = app.database().lease();
  const auto found = eg::lookup_letter(*connection, agency.id, state.lookup_code);
  if (!found) {
    state.lookup_error = "未找到该查询码对应的来信，请核对后重新输入（查询码为12位字母和数字）";
    return mailbox_page(app, request, agency, state, 404);
  }
  nlohmann::json content = {
      {"tracking_code", found->tracking_code},
      {"subject", found->subject},
      {"received_on", format_date_chinese(found->received_on)},
      {"due_on", format_date_chinese(found->due_on)},
      {"status", eg::letter_status_label(found->status)},
      {"replied", found->replied_on.has_value()},
      {"reply", paragraph_list(found->reply)},
      {"replied_on", found->replied_on ? format_date_chinese(*found->replied_on) : ""},
  };
  web::Response response = render_page(app, request, agency, "portal/letter_status", std::move(content),
                                       {"来信办理情况", "hdjl", {kHdjlCrumb, kXzxxCrumb, {"来信办理情况", ""}}, 200});
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response published_letter(app::App& app, const web::Request& request, const web::PathParams& params) {
  const org::Agency agency = app.portal_agency();
  const int64_t id = parse_id(params.at("id"), "来信不存在或未公开");
  auto connection = app.database().lease();
  const auto letter = eg::find_published_letter(*connection, agency.id, id);
  if (!letter) throw NotFound("来信不存在或未公开");
  nlohmann::json content = {{"subject", letter->subject},
                            {"body", paragraph_list(letter->body)},
                            {"reply", paragraph_list(letter->reply)},
                            {"received_on", format_date_chinese(letter->received_on)},
                            {"replied_on", format_date_chinese(letter->replied_on)}};
  return render_page(app, request, agency, "portal/letter", std::move(content),
                     {letter->subject, "hdjl", {kHdjlCrumb, kXzxxCrumb, {letter->subject, ""}}, 200});
}

}  // namespace

void register_engagement_routes(web::Router& router, app::App& app) {
  router.get("/hdjl", [](const web::Request&, const web::PathParams&) { return web::Response::redirect("/hdjl/", 301); });
  router.get("/hdjl/", [&app](const web::Request& r, const web::PathParams&) { return engagement_home(app, r); });
  router.get("/hdjl/yjzj/", [&app](const web::Request& r, const web::PathParams&) { return consultation_list(app, r); });
  router.get("/hdjl/yjzj/{id}", [&app](const web::Request& r, const web::PathParams& p) {
    return consultation_detail(app, r, p);
  });
  router.post("/hdjl/yjzj/{id}/comment", [&app](const web::Request& r, const web::PathParams& p) {
    return post_comment(app, r, p);
  });
  router.get("/hdjl/xzxx/", [&app](const web::Request& r, const web::PathParams&) {
    return mailbox_page(app, r, app.portal_agency(), {}, 200);
  });
  router.post("/hdjl/xzxx/", [&app](const web::Request& r, const web::PathParams&) { return post_letter(app, r); });
  router.post("/hdjl/xzxx/cx", [&app](const web::Request& r, const web::PathParams&) { return post_lookup(app, r); });
  router.get("/hdjl/xzxx/{id}", [&app](const web::Request& r, const web::PathParams& p) {
    return published_letter(app, r, p);
  });
}

}  // namespace gongkai::portal
