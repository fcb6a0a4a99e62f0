#include "admin/window_routes.h"

#include "core/errors.h"
#include "engagement/tracking_code.h"
#include "services/service_kind.h"
#include "services/service_queries.h"
#include "services/window_commands.h"

namespace gongkai::admin {
namespace {

namespace sv = gongkai::services;
using org::Permission;

constexpr const char* kBase = "/admin/window";

std::string case_url(int64_t id) { return std::string(kBase) + "/" + std::to_string(id); }

std::string optional_date(const std::optional<CivilDate>& date) { return date ? format_date(*date) : ""; }

std::string left_text(const sv::CaseEntry& e) {
  if (!e.clock.open()) return "—";
  if (e.clock.phase == sv::WindowPhase::kAwaitingMaterials) return "未受理";
  if (e.clock.phase == sv::WindowPhase::kAwaitingCorrection) return "暂停计时（剩余" + std::to_string(e.clock.left_days) + "个工作日）";
  if (e.overdue) return "已逾期" + std::to_string(-e.clock.left_days) + "个工作日";
  return std::to_string(e.clock.left_days) + "个工作日";
}

nlohmann::json case_row(const sv::CaseEntry& e) {
  return {{"url", case_url(e.window_case.id)},
          {"code", engagement::format_tracking_code(e.window_case.tracking_code)},
          {"item", e.item_name},
          {"applicant", e.window_case.applicant_name},
          {"received_on", format_date(e.window_case.received_on)},
          {"status", sv::window_phase_name(e.clock.phase)},
          {"due_on", optional_date(e.clock.due_on)},
          {"left", left_text(e)},
          {"overdue", e.overdue},
          {"due_soon", e.due_soon}};
}

nlohmann::json item_options(store::Connection& connection, const org::StaffActor& staff) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : sv::staff_items(connection, staff)) {
    if (i.state != sv::ItemState::kPublished || !sv::require_service_kind(i.kind).on_application) continue;
    out.push_back({{"id", i.id}, {"label", i.code + " " + i.name}});
  }
  return out;
}

struct PageState {
  std::string error;
  int status = 200;
};

web::Response list_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& e : sv::window_cases(*connection, context.app.request_services(), context.staff, context.app.today())) {
    rows.push_back(case_row(e));
  }
  nlohmann::json content{{"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"items", item_options(*connection, context.staff)},
                         {"today", format_date(context.app.today())},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "window", std::move(content), {"窗口办件", "window", state.status});
}

nlohmann::json event_rows(const std::vector<sv::WindowEvent>& events) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& e : events) {
    std::string detail = e.comment;
    if (e.kind == sv::WindowEventKind::kCorrectionRequested && e.data.contains("materials")) {
      for (const auto& m : e.data["materials"]) detail += (detail.empty() ? "" : "；") + m.get<std::string>();
    }
    if (e.kind == sv::WindowEventKind::kDecided) {
      detail = (e.data.value("granted", false) ? "准予" : "不予") + std::string(e.comment.empty() ? "" : "：") + e.comment;
    }
    rows.push_back({{"on", format_date(e.on)}, {"name", sv::window_event_name(e.kind)}, {"detail", detail},
                    {"actor", e.actor}});
  }
  return rows;
}

nlohmann::json step_options() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : sv::window_event_kinds()) out.push_back({{"key", k.key}, {"name", k.name}});
  return out;
}

// `revealed_id`: the ID number in clear, right after an audited reveal.
web::Response case_page(AdminContext& context, int64_t id, const PageState& state,
                        const std::optional<std::string>& revealed_id = std::nullopt) {
  auto connection = context.app.database().lease();
  const auto detail =
      sv::window_case_detail(*connection, context.app.request_services(), context.staff, id, context.app.today());
  const auto& c = detail.entry.window_case;
  nlohmann::json content = case_row(detail.entry);
  content.update({{"action", case_url(id) + "/steps"},
                  {"id_number", revealed_id.value_or(c.id_number_masked)},
                  {"revealed", revealed_id.has_value()},
                  {"reveal_action", case_url(id) + "/reveal-id"},
                  {"phone", c.phone},
                  {"registered_by", c.registered_by},
                  {"legal_due_on", optional_date(detail.entry.clock.legal_due_on)},
                  {"explanation", detail.entry.clock.explanation},
                  {"has_explanation", !detail.entry.clock.explanation.empty()},
                  {"events", event_rows(detail.events)},
                  {"open", detail.entry.clock.open()},
                  {"steps", step_options()},
                  {"today", format_date(context.app.today())},
                  {"error", state.error},
                  {"has_error", !state.error.empty()}});
  return render_admin_page(context, "window_case", std::move(content), {"办件 " + content["code"].get<std::string>(), "window", state.status});
}

int64_t form_id(const std::string& text) {
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoll(text);
}

web::Response registered_page(AdminContext& context, const sv::RegisteredCase& r) {
  nlohmann::json content{{"tracking_code", engagement::format_tracking_code(r.tracking_code)},
                         {"query_password", r.query_password},
                         {"due_on", optional_date(r.due_on)},
                         {"has_due", r.due_on.has_value()},
                         {"url", case_url(r.id)}};
  auto response = render_admin_page(context, "window_registered", std::move(content), {"办件已登记", "window", 200});
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response register_case(AdminContext& c) {
  const sv::CaseRegistration input{form_id(c.form.value("item_id")),
                                   {c.form.value("applicant_name"), c.form.value("id_number"), c.form.value("phone")},
                                   c.form.value("received_on"),
                                   c.form.value("outcome"),
                                   c.form.value("reason"),
                                   c.form.value("materials")};
  PageState state;
  try {
    auto connection = c.app.database().lease();
    const auto registered = sv::register_window_case(*connection, c.app.request_services(), c.staff, input,
                                                     engagement::Moment::now());
    return registered_page(c, registered);
  } catch (const InvalidInput& error) {
    state = {error.what(), 422};
  } catch (const Conflict& error) {
    state = {error.what(), 409};
  }
  return list_page(c, state);
}

web::Response record_step(AdminContext& c) {
  const int64_t id = c.id_param();
  const sv::CaseStep step{c.form.value("kind"), c.form.value("on"), c.form.value("comment"), c.form.value("granted"),
                          c.form.value("materials")};
  PageState state;
  try {
    auto connection = c.app.database().lease();
    sv::record_window_step(*connection, c.app.request_services(), c.staff, id, step, engagement::Moment::now());
    return redirect_with_flash(c, case_url(id), "已记录。");
  } catch (const InvalidInput& error) {
    state = {error.what(), 422};
  } catch (const Conflict& error) {
    state = {error.what(), 409};
  }
  return case_page(c, id, state);
}

web::Response reveal_id(AdminContext& c) {
  const int64_t id = c.id_param();
  const std::string clear = [&] {
    auto connection = c.app.database().lease();
    return sv::reveal_window_id_number(*connection, c.app.request_services(), c.staff, id);
  }();
  return case_page(c, id, {}, clear);
}

}  // namespace

nlohmann::json window_alerts_view(AdminContext& context) {
  if (!context.staff.may(Permission::kHandleServiceWindow)) return nullptr;
  auto connection = context.app.database().lease();
  const auto alerts =
      sv::window_alerts(*connection, context.app.request_services(), context.staff, context.app.today());
  if (alerts.overdue.empty() && alerts.due_soon.empty()) return nullptr;
  nlohmann::json overdue = nlohmann::json::array();
  for (const auto& e : alerts.overdue) overdue.push_back(case_row(e));
  nlohmann::json due_soon = nlohmann::json::array();
  for (const auto& e : alerts.due_soon) due_soon.push_back(case_row(e));
  return {{"overdue", overdue},
          {"due_soon", due_soon},
          {"overdue_count", overdue.size()},
          {"due_soon_count", due_soon.size()},
          {"within_days", sv::kDueSoonWorkingDays}};
}

void register_window_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kHandleServiceWindow, [](AdminContext& c) { return list_page(c, {}); });
  routes.post(kBase, Permission::kHandleServiceWindow, register_case);
  routes.get("/admin/window/{id}", Permission::kHandleServiceWindow,
             [](AdminContext& c) { return case_page(c, c.id_param(), {}); });
  routes.post("/admin/window/{id}/steps", Permission::kHandleServiceWindow, record_step);
  routes.post("/admin/window/{id}/reveal-id", Permission::kHandleServiceWindow, reveal_id);
}

}  // namespace gongkai::admin
