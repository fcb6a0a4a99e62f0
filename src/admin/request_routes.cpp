#include "admin/request_routes.h"

#include <charconv>
#include <functional>

#include "admin/request_pages.h"
#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "engagement/moment.h"
#include "engagement/tracking_code.h"
#include "requests/appeal.h"
#include "requests/notice_letters.h"
#include "requests/reply_letter_pdf.h"
#include "requests/request_commands.h"
#include "requests/request_queries.h"

namespace gongkai::admin {
namespace {

namespace rq = gongkai::requests;
namespace eg = gongkai::engagement;
using org::Permission;

constexpr const char* kRefusedPrefix = "未能办理：";

int parse_int(const std::string& text, const std::string& what) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) {
    throw InvalidInput(what + "须为整数");
  }
  return value;
}

int64_t parse_id(const std::string& text, const std::string& what) {
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value <= 0) {
    throw InvalidInput("请选择" + what);
  }
  return value;
}

std::optional<CivilDate> optional_date(const std::string& text, const std::string& what) {
  if (text.empty()) return std::nullopt;
  return require_date(text, what);
}

// Runs one change and redirects to `back` with its flash; a refusal the user
// can act on redirects there with the reason instead.
web::Response change_then_redirect(AdminContext& context, const std::string& back,
                                   const std::function<std::string(store::Connection&)>& change) {
  try {
    auto connection = context.app.database().lease();
    const std::string done = change(*connection);
    return redirect_with_flash(context, back, done);
  } catch (const InvalidInput& error) {
    return redirect_with_flash(context, back, std::string(kRefusedPrefix) + error.what());
  } catch (const Conflict& error) {
    return redirect_with_flash(context, back, std::string(kRefusedPrefix) + error.what());
  }
}

std::vector<rq::RequestFile> uploaded(const web::Form& form, const std::string& field) {
  std::vector<rq::RequestFile> files;
  for (const auto& f : form.files(field)) files.push_back({f.file_name, f.content_type, f.bytes});
  return files;
}

// ---- the list ---------------------------------------------------------------

struct ListView {
  const char* key;
  const char* name;
};
constexpr ListView kListViews[] = {
    {"open", "办理中"}, {"attention", "临近期限和超期"}, {"closed", "已办结"}, {"all", "全部"}};

std::string list_url(const std::string& view, const std::optional<int>& year, int page) {
  std::string url = "/admin/requests?view=" + view;
  if (year) url += "&year=" + std::to_string(*year);
  if (page > 1) url += "&page=" + std::to_string(page);
  return url;
}

rq::RequestFilter filter_from(const web::Request& request) {
  rq::RequestFilter filter;
  filter.view = request.query_param("view").value_or("open");
  bool known = false;
  for (const auto& v : kListViews) known = known || filter.view == v.key;
  if (!known) throw InvalidInput("筛选条件无效：" + filter.view);
  const std::string year = request.query_param("year").value_or("");
  if (!year.empty()) filter.year = parse_int(year, "年份");
  const std::string page = request.query_param("page").value_or("");
  if (!page.empty()) filter.page = parse_int(page, "页码");
  if (filter.page < 1) throw InvalidInput("页码须为正整数");
  return filter;
}

web::Response request_list(AdminContext& context) {
  const auto filter = filter_from(context.request);
  const CivilDate today = context.app.today();
  const auto page = [&] {
    auto connection = context.app.database().lease();
    return rq::list_requests(*connection, context.app.request_services(), context.staff, filter, today);
  }();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& entry : page.entries) rows.push_back(request_row_view(entry));
  nlohmann::json views = nlohmann::json::array();
  for (const auto& v : kListViews) {
    views.push_back({{"url", list_url(v.key, filter.year, 1)}, {"name", v.name}, {"current", filter.view == v.key}});
  }
  nlohmann::json content{
      {"requests", rows},
      {"has_requests", !rows.empty()},
      {"views", views},
      {"view", filter.view},
      {"year", filter.year ? std::to_string(*filter.year) : ""},
      {"total", page.total},
      {"page", page.page},
      {"page_count", page.page_count},
      {"has_pages", page.page_count > 1},
      {"has_previous", page.page > 1},
      {"previous_url", list_url(filter.view, filter.year, page.page - 1)},
      {"has_next", page.page < page.page_count},
      {"next_url", list_url(filter.view, filter.year, page.page + 1)},
  };
  return render_admin_page(context, "requests", std::move(content), {"依申请公开", "requests"});
}

// ---- registering an application received on paper ---------------------------

rq::ApplicationForm application_from(const web::Form& form) {
  return {form.value("applicant_kind"), form.value("name"),        form.value("id_type"),
          form.value("id_number"),      form.value("phone"),       form.value("address"),
          form.value("postcode"),       form.value("email"),       form.value("description"),
          form.value("form_wanted"),    form.value("delivery")};
}

web::Response new_request_form(AdminContext& context, const rq::ApplicationForm& form, const std::string& channel,
                               const std::string& received_on, const std::string& error, int status) {
  nlohmann::json content{{"form", application_form_view(form, channel, received_on)},
                         {"max_files", rq::kMaxRequestFiles},
                         {"max_megabytes", rq::kMaxRequestFileBytes / (1024 * 1024)},
                         {"error", error},
                         {"has_error", !error.empty()}};
  return render_admin_page(context, "request_new", std::move(content), {"登记申请", "requests", status});
}

web::Response new_request_page(AdminContext& context) {
  rq::ApplicationForm empty;
  empty.applicant_kind = "natural";
  empty.id_type = "resident_id";
  empty.form_wanted = "paper";
  empty.delivery = "post";
  return new_request_form(context, empty, "letter", format_date(context.app.today()), "", 200);
}

web::Response create_request(AdminContext& context) {
  const auto form = application_from(context.form);
  const std::string channel = context.form.value("channel");
  const std::string received_text = context.form.value("received_on");
  try {
    const CivilDate received_on = require_date(received_text, "收到申请日期");
    auto connection = context.app.database().lease();
    const auto filed = rq::register_request(*connection, context.app.request_services(), context.staff, form, channel,
                                            received_on, uploaded(context.form, "scans"), eg::Moment::now());
    // Shown on this response only: the password is stored as a hash.
    nlohmann::json content{{"url", request_url(filed.id)},
                           {"tracking_code", eg::format_tracking_code(filed.tracking_code)},
                           {"query_password", filed.query_password},
                           {"received_on", format_date(filed.received_on)},
                           {"due_on", format_date(filed.due_on)}};
    return render_admin_page(context, "request_registered", std::move(content), {"申请已登记", "requests"});
  } catch (const InvalidInput& error) {
    return new_request_form(context, form, channel, received_text, error.what(), 422);
  } catch (const Conflict& error) {
    return new_request_form(context, form, channel, received_text, error.what(), 409);
  }
}

// ---- the case -----------------------------------------------------------------

web::Response case_page(AdminContext& context, int64_t id, const std::optional<std::string>& revealed_id) {
  const CivilDate today = context.app.today();
  auto connection = context.app.database().lease();
  const auto c = rq::load_case(*connection, context.app.request_services(), context.staff, id, today);
  const auto categories = catalog::load_category_tree(*connection, context.staff.agency_id);
  nlohmann::json content = request_case_view(c, categories, today, revealed_id);
  return render_admin_page(context, "request", std::move(content),
                           {"申请 " + eg::format_tracking_code(c.request.tracking_code), "requests"});
}

web::Response show_request(AdminContext& context) { return case_page(context, context.id_param(), std::nullopt); }

web::Response reveal_id(AdminContext& context) {
  const int64_t id = context.id_param();
  const std::string clear = [&] {
    auto connection = context.app.database().lease();
    return rq::reveal_id_number(*connection, context.app.request_services(), context.staff, id);
  }();
  return case_page(context, id, clear);
}

// The CaseAction the form describes; which fields count depends on the kind.
rq::CaseAction action_from(const web::Form& form) {
  using K = rq::RequestEventKind;
  const auto kind = rq::request_event_from_key(form.value("kind"));
  if (!kind || *kind == K::kReceived || *kind == K::kDeadlineRecomputed || *kind == K::kConvertedToItem) {
    throw InvalidInput("办理事项无效");
  }
  rq::CaseAction action;
  action.kind = *kind;
  action.on = require_date(form.value("on"), "办理日期");
  action.comment = form.value("comment");
  switch (*kind) {
    case K::kCorrectionRequested:
      action.reply_by = optional_date(form.value("reply_by"), "补正期限");
      break;
    case K::kThirdPartyConsulted:
      action.party = form.value("party");
      break;
    case K::kExtended:
      action.days = parse_int(form.value("days"), "延长天数");
      action.approved_by = form.value("approved_by");
      break;
    case K::kFeeNoticed:
      action.fee_mode = form.value("fee_mode");
      if (action.fee_mode == "per_page") action.units = parse_int(form.value("units"), "页数");
      break;
    case K::kReplied:
      action.outcome = form.value("outcome");
      action.referral = form.value("referral");
      break;
    default:
      break;
  }
  return action;
}

web::Response act(AdminContext& context) {
  const int64_t id = context.id_param();
  return change_then_redirect(context, request_url(id), [&](store::Connection& connection) {
    const auto action = action_from(context.form);
    const auto files = action.kind == rq::RequestEventKind::kReplied ? uploaded(context.form, "disclosed")
                                                                      : std::vector<rq::RequestFile>{};
    rq::act_on_request(connection, context.app.request_services(), context.staff, id, action, eg::Moment::now(),
                       files);
    return "已记录：" + std::string(rq::request_event_name(action.kind)) + "。";
  });
}

web::Response add_appeal(AdminContext& context) {
  const int64_t id = context.id_param();
  return change_then_redirect(context, request_url(id) + "#appeals", [&](store::Connection& connection) {
    rq::Appeal appeal;
    appeal.application_id = id;
    appeal.kind = context.form.value("kind");
    appeal.filed_on = require_date(context.form.value("filed_on"), "立案日期");
    appeal.body = context.form.value("body");
    appeal.case_number = context.form.value("case_number");
    appeal.note = context.form.value("note");
    rq::record_appeal(connection, context.staff, appeal, context.app.today());
    return std::string("复议诉讼已登记。");
  });
}

web::Response decide(AdminContext& context) {
  const int64_t id = context.id_param();
  const int64_t appeal_id = context.id_param("appeal_id");
  return change_then_redirect(context, request_url(id) + "#appeals", [&](store::Connection& connection) {
    rq::decide_appeal(connection, context.staff, appeal_id, context.form.value("result"),
                      optional_date(context.form.value("decided_on"), "审结日期"), context.form.value("note"),
                      context.app.today());
    return std::string("复议诉讼结果已保存。");
  });
}

web::Response convert(AdminContext& context) {
  const int64_t id = context.id_param();
  try {
    const std::string category = context.form.value("category");
    if (category.empty()) throw InvalidInput("请选择栏目");
    auto connection = context.app.database().lease();
    const int64_t item = rq::convert_to_catalogue_item(*connection, context.app.request_services(), context.staff, id,
                                                       context.form.value("title"), category, eg::Moment::now());
    return redirect_with_flash(context, "/admin/items/" + std::to_string(item),
                               "已转为主动公开草稿，请按程序审查、审批后发布。");
  } catch (const InvalidInput& error) {
    return redirect_with_flash(context, request_url(id), std::string(kRefusedPrefix) + error.what());
  } catch (const Conflict& error) {
    return redirect_with_flash(context, request_url(id), std::string(kRefusedPrefix) + error.what());
  }
}

web::Response download(AdminContext& context) {
  const int64_t file_id = context.id_param("file_id");
  const auto file = [&] {
    auto connection = context.app.database().lease();
    return rq::load_request_file(*connection, context.staff, file_id);
  }();
  return web::Response::download(file.content, file.media_type, file.file_name);
}

rq::RequestCase case_of(AdminContext& context) {
  auto connection = context.app.database().lease();
  return rq::load_case(*connection, context.app.request_services(), context.staff, context.id_param(),
                       context.app.today());
}

rq::ReplyLetter reply_letter_of(AdminContext& context) {
  const auto c = case_of(context);
  if (!c.letter) throw NotFound("该申请尚未答复，没有答复书");
  return *c.letter;
}

// The 补正告知书, 延期答复告知书 or 收费通知书 kept with the event {event_id}.
rq::ReplyLetter notice_of(AdminContext& context) {
  const int64_t event_id = context.id_param("event_id");
  for (const auto& e : case_of(context).events) {
    if (e.id != event_id) continue;
    if (auto notice = rq::kept_notice(e)) return *notice;
  }
  throw NotFound("该办理记录没有告知书");
}

// A page of its own (no back-office frame) so that it prints as the letter.
web::Response letter_page(AdminContext& context, const rq::ReplyLetter& letter, const std::string& pdf_url) {
  nlohmann::json content = reply_letter_view(letter);
  content["case_url"] = request_url(context.id_param());
  content["pdf_url"] = pdf_url;
  return web::Response::html(context.app.templates().render("admin/request_reply", content));
}

web::Response letter_pdf(const rq::ReplyLetter& letter) {
  return web::Response::download(rq::reply_letter_pdf(letter), "application/pdf", letter.title + letter.number + ".pdf");
}

web::Response reply_letter_page(AdminContext& context) {
  return letter_page(context, reply_letter_of(context), request_url(context.id_param()) + "/reply.pdf");
}

web::Response reply_letter_pdf(AdminContext& context) { return letter_pdf(reply_letter_of(context)); }

web::Response notice_page(AdminContext& context) {
  const std::string pdf_url = notice_url(context.id_param(), context.id_param("event_id")) + "/letter.pdf";
  return letter_page(context, notice_of(context), pdf_url);
}

web::Response notice_pdf(AdminContext& context) { return letter_pdf(notice_of(context)); }

// ---- 投诉举报 -----------------------------------------------------------------

web::Response complaints_page(AdminContext& context) {
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : rq::complaints_of(*connection, context.staff.agency_id)) rows.push_back(complaint_view(c));
  nlohmann::json content{
      {"complaints", rows}, {"has_complaints", !rows.empty()}, {"today", format_date(context.app.today())}};
  return render_admin_page(context, "complaints", std::move(content), {"投诉举报", "requests"});
}

web::Response record_complaint(AdminContext& context) {
  return change_then_redirect(context, "/admin/complaints", [&](store::Connection& connection) {
    rq::Complaint complaint;
    complaint.agency_id = context.staff.agency_id;
    complaint.received_on = require_date(context.form.value("received_on"), "收到日期");
    complaint.complainant = context.form.value("complainant");
    complaint.phone = context.form.value("phone");
    complaint.subject = context.form.value("subject");
    complaint.body = context.form.value("body");
    const std::string application = context.form.value("application_id");
    if (!application.empty()) complaint.application_id = parse_id(application, "关联的申请");
    rq::record_complaint(connection, context.staff, complaint, context.app.today());
    return std::string("投诉举报已登记。");
  });
}

web::Response handle_complaint(AdminContext& context) {
  const int64_t id = context.id_param();
  return change_then_redirect(context, "/admin/complaints#complaint-" + std::to_string(id),
                              [&](store::Connection& connection) {
                                rq::handle_complaint(connection, context.staff, id,
                                                     require_date(context.form.value("handled_on"), "办结日期"),
                                                     context.form.value("result"), context.app.today());
                                return std::string("处理结果已保存。");
                              });
}

}  // namespace

nlohmann::json request_attention_view(AdminContext& context) {
  if (!context.staff.may(Permission::kHandleRequests)) return nullptr;
  const auto attention = [&] {
    auto connection = context.app.database().lease();
    return rq::requests_needing_attention(*connection, context.app.request_services(), context.staff.agency_id,
                                          context.app.today());
  }();
  nlohmann::json overdue = nlohmann::json::array();
  for (const auto& e : attention.overdue) overdue.push_back(request_row_view(e));
  nlohmann::json due_soon = nlohmann::json::array();
  for (const auto& e : attention.due_soon) due_soon.push_back(request_row_view(e));
  return {{"overdue", overdue},
          {"has_overdue", !overdue.empty()},
          {"due_soon", due_soon},
          {"has_due_soon", !due_soon.empty()},
          {"nothing", overdue.empty() && due_soon.empty()},
          {"within_days", rq::kDueSoonWorkingDays}};
}

void register_request_routes(AdminRoutes& routes) {
  const auto handle = Permission::kHandleRequests;
  routes.get("/admin/requests", handle, request_list);
  routes.get("/admin/requests/new", handle, new_request_page);
  routes.post("/admin/requests", handle, create_request);
  routes.get("/admin/requests/{id}", handle, show_request);
  routes.post("/admin/requests/{id}/act", handle, act);
  routes.post("/admin/requests/{id}/reveal-id", handle, reveal_id);
  routes.post("/admin/requests/{id}/appeals", handle, add_appeal);
  routes.post("/admin/requests/{id}/appeals/{appeal_id}", handle, decide);
  routes.post("/admin/requests/{id}/convert", handle, convert);
  routes.get("/admin/requests/{id}/files/{file_id}", handle, download);
  routes.get("/admin/requests/{id}/reply", handle, reply_letter_page);
  routes.get("/admin/requests/{id}/reply.pdf", handle, reply_letter_pdf);
  routes.get("/admin/requests/{id}/notices/{event_id}", handle, notice_page);
  routes.get("/admin/requests/{id}/notices/{event_id}/letter.pdf", handle, notice_pdf);
  routes.get("/admin/complaints", handle, complaints_page);
  routes.post("/admin/complaints", handle, record_complaint);
  routes.post("/admin/complaints/{id}/handle", handle, handle_complaint);
}

}  // namespace gongkai::admin
