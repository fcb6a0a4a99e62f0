// 依申请公开 on the portal: /xxgk/ysq/ (what it is, the office's contacts),
// /xxgk/ysq/sq (the application form and its receipt) and /xxgk/ysq/cx (the
// look-up with tracking code and query password: status, deadline and how
// it was reached, the steps, the reply letter, the disclosed files).
//
// The application form is multipart (it may carry files) and is protected as
// every public form is (portal/public_form.h: Origin check, honeypot, the
// domain's rate limit). The query password travels only in POST bodies,
// never in a URL, and every page that shows it or what it opens is sent with
// Cache-Control: no-store. A refused form comes back with the message and
// the input kept (422, or 429 when rate limited); a wrong code or password
// is a 404 look-up page.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/tracking_code.h"
#include "org/agency_repository.h"
#include "portal/page.h"
#include "portal/portal.h"
#include "portal/public_form.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/view_models.h"
#include "requests/application.h"
#include "requests/reply_letter_pdf.h"
#include "requests/reply_period_rules.h"
#include "requests/request_commands.h"
#include "requests/request_queries.h"
#include "web/error_pages.h"
#include "web/form.h"

namespace gongkai::portal {
namespace {

namespace rq = gongkai::requests;
namespace eg = gongkai::engagement;

const Breadcrumb kXxgkCrumb{"政府信息公开", "/xxgk/"};
const Breadcrumb kYsqCrumb{"依申请公开", "/xxgk/ysq/"};

constexpr const char* kAttachmentField = "attachments";

// What the form fields are called in the HTML (and in the tests).
struct FormState {
  std::string agency_code;
  rq::ApplicationForm input;
  std::string error;
};

FormState default_form_state(const org::Agency& portal_agency) {
  FormState state;
  state.agency_code = portal_agency.code;
  state.input.applicant_kind = "natural";
  state.input.id_type = "resident_id";
  state.input.form_wanted = "electronic";
  state.input.delivery = "email";
  return state;
}

nlohmann::json term_options(const std::vector<rq::Term>& terms, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& term : terms) {
    out.push_back({{"key", std::string(term.key)}, {"name", std::string(term.name)}, {"selected", term.key == selected}});
  }
  return out;
}

// 申请人类型: 自然人 on its own, the kinds of 法人或其他组织 in a group.
nlohmann::json applicant_kind_options(const std::string& selected) {
  nlohmann::json options = term_options(rq::applicant_kinds(), selected);
  nlohmann::json natural = nlohmann::json::array();
  nlohmann::json organisations = nlohmann::json::array();
  for (auto& option : options) (option["key"] == "natural" ? natural : organisations).push_back(option);
  return {{"natural", natural}, {"organisations", organisations}};
}

nlohmann::json agency_options(store::Connection& connection, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& agency : org::list_agencies(connection)) {
    out.push_back({{"code", agency.code}, {"name", agency.name}, {"selected", agency.code == selected}});
  }
  return out;
}

web::Response no_store(web::Response response) {
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response intro_page(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  const rq::ReplyPeriodRule& rule = rq::rule_for_receipt(app.today());
  nlohmann::json content = {{"reply_days", rule.reply_days},
                            {"extension_days", rule.extension_days},
                            {"reply_article", std::string(rule.reply_article)},
                            {"regulation", std::string(rule.regulation)},
                            {"office", office_rows(agency.office)},
                            {"max_files", rq::kMaxRequestFiles},
                            {"max_file_mb", rq::kMaxRequestFileBytes / (1024 * 1024)}};
  return render_page(app, request, agency, "portal/ysq", std::move(content),
                     {"依申请公开", "ysq", {kXxgkCrumb, {"依申请公开", ""}}, 200});
}

web::Response form_page(app::App& app, const web::Request& request, const FormState& state, int status) {
  const org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const rq::ApplicationForm& in = state.input;
  nlohmann::json content = {
      {"agencies", agency_options(*connection, state.agency_code)},
      {"kinds", applicant_kind_options(in.applicant_kind)},
      {"id_types", term_options(rq::id_types(), in.id_type)},
      {"forms_wanted", term_options(rq::forms_wanted(), in.form_wanted)},
      {"deliveries", term_options(rq::deliveries(), in.delivery)},
      {"form",
       {{"name", in.name},
        {"id_number", in.id_number},
        {"phone", in.phone},
        {"address", in.address},
        {"postcode", in.postcode},
        {"email", in.email},
        {"description", in.description}}},
      {"error", state.error},
      {"has_error", !state.error.empty()},
      {"max_files", rq::kMaxRequestFiles},
      {"max_file_mb", rq::kMaxRequestFileBytes / (1024 * 1024)},
  };
  return no_store(render_page(app, request, agency, "portal/ysq_form", std::move(content),
                              {"提交申请", "ysq", {kXxgkCrumb, kYsqCrumb, {"提交申请", ""}}, status}));
}

web::Response receipt_page(app::App& app, const web::Request& request, const std::string& agency_name,
                           const rq::FiledRequest& filed) {
  nlohmann::json content = {{"agency", agency_name},
                            {"tracking_code", eg::format_tracking_code(filed.tracking_code)},
                            {"query_password", filed.query_password},
                            {"received_on", format_date_chinese(filed.received_on)},
                            {"due_on", format_date_chinese(filed.due_on)}};
  return no_store(render_page(app, request, app.portal_agency(), "portal/ysq_received", std::move(content),
                              {"申请已提交", "ysq", {kXxgkCrumb, kYsqCrumb, {"申请已提交", ""}}, 200}));
}

FormState form_state_from(const web::Form& form) {
  FormState state;
  state.agency_code = form.value("agency");
  rq::ApplicationForm& in = state.input;
  in.applicant_kind = form.value("applicant_kind");
  in.name = form.value("name");
  in.id_type = form.value("id_type");
  in.id_number = form.value("id_number");
  in.phone = form.value("phone");
  in.address = form.value("address");
  in.postcode = form.value("postcode");
  in.email = form.value("email");
  in.description = form.value("description");
  in.form_wanted = form.value("form_wanted");
  in.delivery = form.value("delivery");
  return state;
}

std::vector<rq::RequestFile> uploaded_files(const web::Form& form) {
  const auto files = form.files(kAttachmentField);
  if (files.size() > static_cast<size_t>(rq::kMaxRequestFiles)) {
    throw InvalidInput("附件最多" + std::to_string(rq::kMaxRequestFiles) + "个");
  }
  std::vector<rq::RequestFile> out;
  for (const auto& file : files) out.push_back({file.file_name, file.content_type, file.bytes});
  return out;
}

org::Agency chosen_agency(store::Connection& connection, const std::string& code) {
  if (code.empty()) throw InvalidInput("请选择受理机关");
  auto agency = org::find_agency(connection, code);
  if (!agency) throw InvalidInput("受理机关不存在，请重新选择");
  return *agency;
}

// A robot filled the honeypot: it sees a receipt, nothing is stored and the
// code and password open nothing.
rq::FiledRequest robot_receipt(const app::App& app) {
  const CivilDate today = app.today();
  const CivilDate due = app.calendar().add_working_days(today, rq::rule_for_receipt(today).reply_days).due;
  return {0, eg::generate_tracking_code(), eg::generate_tracking_code().substr(0, 10), today, due};
}

web::Response post_application(app::App& app, const web::Request& request) {
  check_public_origin(request);
  const web::Form form = web::Form::parse(request);
  FormState state = form_state_from(form);
  if (!form.value(kHoneypotField).empty()) {
    return receipt_page(app, request, app.portal_agency().name, robot_receipt(app));
  }
  try {
    auto connection = app.database().lease();
    const org::Agency agency = chosen_agency(*connection, state.agency_code);
    const rq::FiledRequest filed =
        rq::file_request(*connection, app.request_services(), {request.remote_address, eg::Moment::now()}, agency.id,
                         state.input, "online", uploaded_files(form));
    return receipt_page(app, request, agency.name, filed);
  } catch (const Refused& refusal) {
    state.error = refusal.what();
    return form_page(app, request, state, web::refusal_status(refusal, 422));
  }
}

struct LookupState {
  std::string code;
  std::string error;
};

web::Response lookup_page(app::App& app, const web::Request& request, const LookupState& state, int status) {
  nlohmann::json content = {{"code", state.code}, {"error", state.error}, {"has_error", !state.error.empty()}};
  return no_store(render_page(app, request, app.portal_agency(), "portal/ysq_lookup", std::move(content),
                              {"查询申请", "ysq", {kXxgkCrumb, kYsqCrumb, {"查询申请", ""}}, status}));
}

nlohmann::json letter_view(const rq::ReplyLetter& letter) {
  return {{"agency", letter.agency_name},
          {"title", letter.title},
          {"number", letter.number},
          {"addressee", letter.addressee},
          {"paragraphs", letter.paragraphs},
          {"attachments", letter.attachments},
          {"has_attachments", !letter.attachments.empty()},
          {"date", letter.date}};
}

nlohmann::json notice_rows(const std::vector<rq::PublicNotice>& notices) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& notice : notices) {
    nlohmann::json row = letter_view(notice.letter);
    row["action"] = "/xxgk/ysq/cx/notice/" + std::to_string(notice.event_id);
    rows.push_back(std::move(row));
  }
  return rows;
}

nlohmann::json step_rows(const std::vector<rq::PublicStep>& steps) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& step : steps) {
    rows.push_back({{"date", format_date_chinese(step.on)}, {"name", step.name}, {"detail", step.detail},
                    {"has_detail", !step.detail.empty()}});
  }
  return rows;
}

nlohmann::json disclosed_file_rows(const std::vector<rq::RequestFileInfo>& files) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& file : files) {
    rows.push_back({{"action", "/xxgk/ysq/cx/file/" + std::to_string(file.id)},
                    {"name", file.file_name},
                    {"size", file_size_text(file.size_bytes)}});
  }
  return rows;
}

// The code as stored ("ABCDEFGHJKMN"), whatever form the view carries it in.
std::string plain_code(const std::string& code) { return eg::normalize_tracking_code(code).value_or(code); }

web::Response status_page(app::App& app, const web::Request& request, const rq::PublicCaseView& view,
                          const std::string& password) {
  nlohmann::json content = {
      {"tracking_code", eg::format_tracking_code(plain_code(view.tracking_code))},
      {"code", plain_code(view.tracking_code)},
      {"password", password},
      {"agency", view.agency_name},
      {"applicant", view.applicant_name},
      {"description", paragraphs(view.description)},
      {"received_on", format_date_chinese(view.received_on)},
      {"status", std::string(rq::phase_name(view.phase))},
      {"status_key", std::string(rq::phase_key(view.phase))},
      {"closed", view.phase == rq::RequestPhase::kClosed},
      {"has_due", view.due_on.has_value()},
      {"due_on", view.due_on ? format_date_chinese(*view.due_on) : ""},
      {"explanation", view.explanation},
      {"has_explanation", !view.explanation.empty()},
      {"steps", step_rows(view.steps)},
      {"notices", notice_rows(view.notices)},
      {"has_notices", !view.notices.empty()},
      {"has_letter", view.letter.has_value()},
      {"letter", view.letter ? letter_view(*view.letter) : nlohmann::json(nullptr)},
      {"files", disclosed_file_rows(view.disclosed_files)},
      {"has_files", !view.disclosed_files.empty()},
  };
  return no_store(render_page(app, request, app.portal_agency(), "portal/ysq_status", std::move(content),
                              {"申请办理情况", "ysq", {kXxgkCrumb, kYsqCrumb, {"申请办理情况", ""}}, 200}));
}

// Runs `open` with the code and password of a posted look-up form; a wrong
// pair or a lock-out comes back as the look-up page with its message.
template <typename Open>
web::Response with_lookup(app::App& app, const web::Request& request, Open open) {
  const PublicForm form = PublicForm::parse(request);
  LookupState state{form.value("code"), ""};
  const std::string password = form.value("password");
  try {
    auto connection = app.database().lease();
    return no_store(open(*connection, eg::PublicSender{request.remote_address, eg::Moment::now()}, state.code, password));
  } catch (const Refused& refusal) {
    state.error = refusal.what();
    return lookup_page(app, request, state, web::refusal_status(refusal, 422));
  }
}

web::Response post_lookup(app::App& app, const web::Request& request) {
  return with_lookup(app, request,
                     [&](store::Connection& connection, const eg::PublicSender& sender, const std::string& code,
                         const std::string& password) {
                       const auto view = rq::look_up_request(connection, app.request_services(), sender, code,
                                                             password, app.today());
                       return status_page(app, request, view, password);
                     });
}

web::Response post_reply_pdf(app::App& app, const web::Request& request) {
  return with_lookup(app, request,
                     [&](store::Connection& connection, const eg::PublicSender& sender, const std::string& code,
                         const std::string& password) {
                       const auto view = rq::look_up_request(connection, app.request_services(), sender, code,
                                                             password, app.today());
                       if (!view.letter) throw NotFound("该申请尚未答复，暂无答复书");
                       return web::Response::download(rq::reply_letter_pdf(*view.letter), "application/pdf",
                                       "答复书-" + plain_code(view.tracking_code) + ".pdf");
                     });
}

web::Response post_notice_pdf(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int64_t event_id = parse_id(params.at("id"), "告知书不存在");
  return with_lookup(app, request,
                     [&](store::Connection& connection, const eg::PublicSender& sender, const std::string& code,
                         const std::string& password) {
                       const auto view = rq::look_up_request(connection, app.request_services(), sender, code,
                                                             password, app.today());
                       for (const auto& notice : view.notices) {
                         if (notice.event_id != event_id) continue;
                         return web::Response::download(rq::reply_letter_pdf(notice.letter), "application/pdf",
                                         notice.letter.title + "-" + plain_code(view.tracking_code) + ".pdf");
                       }
                       throw NotFound("告知书不存在");
                     });
}

web::Response post_disclosed_file(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int64_t file_id = parse_id(params.at("id"), "文件不存在");
  return with_lookup(app, request,
                     [&](store::Connection& connection, const eg::PublicSender& sender, const std::string& code,
                         const std::string& password) {
                       rq::RequestFile file = rq::load_disclosed_file(connection, sender, code, password, file_id);
                       return web::Response::download(std::move(file.content), file.media_type, file.file_name);
                     });
}

web::Response redirect_to(const char* target) { return web::Response::redirect(target, 301); }

}  // namespace

std::vector<web::ServerConfig::PrefixBodyLimit> portal_body_limits(size_t default_limit) {
  // The files plus the form fields and multipart framing around them.
  constexpr size_t kFormOverhead = 1024 * 1024;
  constexpr size_t kApplicationBody = rq::kMaxRequestFiles * rq::kMaxRequestFileBytes + kFormOverhead;
  return {{"/xxgk/ysq/sq", std::max(default_limit, kApplicationBody)}};
}

void register_request_routes(web::Router& router, app::App& app) {
  router.get("/xxgk/ysq", [](const web::Request&, const web::PathParams&) { return redirect_to("/xxgk/ysq/"); });
  router.get("/xxgk/ysq/", [&app](const web::Request& r, const web::PathParams&) { return intro_page(app, r); });
  router.get("/xxgk/ysq/sq", [&app](const web::Request& r, const web::PathParams&) {
    return form_page(app, r, default_form_state(app.portal_agency()), 200);
  });
  router.post("/xxgk/ysq/sq", [&app](const web::Request& r, const web::PathParams&) { return post_application(app, r); });
  router.get("/xxgk/ysq/cx", [&app](const web::Request& r, const web::PathParams&) {
    return lookup_page(app, r, {}, 200);
  });
  router.post("/xxgk/ysq/cx", [&app](const web::Request& r, const web::PathParams&) { return post_lookup(app, r); });
  router.post("/xxgk/ysq/cx/reply.pdf", [&app](const web::Request& r, const web::PathParams&) {
    return post_reply_pdf(app, r);
  });
  router.post("/xxgk/ysq/cx/notice/{id}", [&app](const web::Request& r, const web::PathParams& p) {
    return post_notice_pdf(app, r, p);
  });
  router.post("/xxgk/ysq/cx/file/{id}", [&app](const web::Request& r, const web::PathParams& p) {
    return post_disclosed_file(app, r, p);
  });
}

}  // namespace gongkai::portal
