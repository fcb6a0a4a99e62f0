#include "admin/assistance_routes.h"

#include "admin/recipient_list_routes.h"

#include "core/errors.h"
#include "keyareas/assistance_commands.h"
#include "keyareas/assistance_import.h"
#include "keyareas/assistance_schedule.h"
#include "keyareas/assistance_template.h"
#include "keyareas/assistance_yearly.h"

namespace gongkai::admin {
namespace {

namespace ka = gongkai::keyareas;
using org::Permission;

constexpr const char* kBase = "/admin/assistance";

nlohmann::json form_view(const ka::FiguresInput& f) {
  return {{"programme", f.programme}, {"period", f.period},           {"households", f.households},
          {"persons", f.persons},     {"person_times", f.person_times}, {"amount_yuan", f.amount_yuan},
          {"source", f.source}};
}

nlohmann::json programme_options(const std::string& selected) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& p : ka::assistance_programmes()) {
    options.push_back({{"key", p.key},
                       {"name", std::string(p.short_name) + "（" + std::string(ka::frequency_label(p.frequency)) + "，" +
                                    std::string(ka::period_format_hint(p.frequency)) + "）"},
                       {"selected", selected == p.key}});
  }
  return options;
}

// Each programme's latest periods with their status (the last six scheduled).
nlohmann::json schedule_view(AdminContext& context, store::Connection& connection) {
  nlohmann::json programmes = nlohmann::json::array();
  for (const auto& p : ka::assistance_programmes()) {
    const auto schedule =
        ka::publication_schedule(connection, context.app.calendar(), context.staff.agency_id, p, context.app.today());
    int overdue = 0;
    for (const auto& s : schedule) overdue += s.status == ka::ScheduleStatus::kOverdue ? 1 : 0;
    nlohmann::json recent = nlohmann::json::array();
    const size_t first = schedule.size() > 6 ? schedule.size() - 6 : 0;
    for (size_t i = first; i < schedule.size(); ++i) {
      const auto& s = schedule[i];
      recent.push_back({{"period", ka::period_label(p.frequency, s.period)},
                        {"due", format_date(s.due)},
                        {"published_on", s.published_on ? format_date(*s.published_on) : ""},
                        {"status", ka::schedule_status_label(s.status)},
                        {"overdue", s.status == ka::ScheduleStatus::kOverdue || s.status == ka::ScheduleStatus::kLate}});
    }
    programmes.push_back({{"name", p.name},
                          {"frequency", ka::frequency_label(p.frequency)},
                          {"public_url", "/xxgk/zdly/shjz/" + std::string(p.key)},
                          {"overdue", overdue},
                          {"has_overdue", overdue > 0},
                          {"recent", recent},
                          {"has_recent", !recent.empty()}});
  }
  return programmes;
}

struct PageState {
  ka::FiguresInput form;
  std::string error;
  std::vector<ka::RowProblem> problems;
  int status = 200;
};

web::Response assistance_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& p : state.problems) {
    problems.push_back({{"row", p.row > 0 ? "第" + std::to_string(p.row) + "行" : "文件"}, {"reason", p.reason}});
  }
  nlohmann::json content{{"programmes", schedule_view(context, *connection)},
                         {"options", programme_options(state.form.programme)},
                         {"form", form_view(state.form)},
                         {"error", state.error},
                         {"has_error", !state.error.empty()},
                         {"problems", problems},
                         {"has_problems", !problems.empty()},
                         {"working_days", ka::kPublicationWorkingDays}};
  return render_admin_page(context, "assistance", std::move(content), {"社会救助数据", "assistance", state.status});
}

web::Response record(AdminContext& context) {
  const auto& f = context.form;
  PageState state;
  state.form = {f.value("programme"),    f.value("period"),      f.value("households"), f.value("persons"),
                f.value("person_times"), f.value("amount_yuan"), f.value("source")};
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        ka::record_figures(*connection, context.staff, context.app.today(), state.form);
        return redirect_with_flash(context, kBase, "数据已保存并公开。");
      },
      [&](const std::string& message, int status) {
        state.error = message;
        state.status = status;
        return assistance_page(context, state);
      });
}

web::Response import_file(AdminContext& context) {
  PageState state;
  state.status = 422;
  const auto files = context.form.files("file");
  if (files.empty()) {
    state.error = "请选择要导入的CSV或XLSX文件。";
    return assistance_page(context, state);
  }
  try {
    const auto rows = ka::parse_import_file(files.front().bytes, files.front().file_name);
    auto connection = context.app.database().lease();
    const auto report = ka::import_figures(*connection, context.staff, context.app.today(), rows);
    if (report.problems.empty()) {
      return redirect_with_flash(context, kBase, "已导入" + std::to_string(report.imported) + "条数据。");
    }
    state.error = "文件中有" + std::to_string(report.problems.size()) + "行有误，未导入任何数据。请修改后重新导入。";
    state.problems = report.problems;
  } catch (const InvalidInput& error) {
    state.error = std::string(error.what()) + "（未导入任何数据）";
  }
  return assistance_page(context, state);
}

}  // namespace

nlohmann::json assistance_overdue_view(AdminContext& context) {
  if (!context.staff.may(Permission::kManageKeyAreas)) return nullptr;
  auto connection = context.app.database().lease();
  const auto overdue = ka::overdue_publications(*connection, context.app.calendar(), context.staff.agency_id,
                                                context.app.today());
  if (overdue.empty()) return nullptr;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& o : overdue) {
    rows.push_back({{"name", o.programme->short_name},
                    {"count", o.count},
                    {"oldest", ka::period_label(o.programme->frequency, o.oldest)},
                    {"oldest_due", format_date(o.oldest_due)}});
  }
  return {{"rows", rows}, {"url", kBase}, {"working_days", ka::kPublicationWorkingDays}};
}

void register_assistance_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kManageKeyAreas, [](AdminContext& c) { return assistance_page(c, {}); });
  routes.post(kBase, Permission::kManageKeyAreas, record);
  routes.post("/admin/assistance/import", Permission::kManageKeyAreas, import_file);
  routes.get("/admin/assistance/template.csv", Permission::kManageKeyAreas, [](AdminContext&) {
    return web::Response::download(ka::import_template_csv(), "text/csv; charset=utf-8", "assistance-template.csv");
  });
  routes.get("/admin/assistance/template.xlsx", Permission::kManageKeyAreas, [](AdminContext&) {
    return web::Response::download(ka::import_template_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "assistance-template.xlsx");
  });
  register_recipient_list_routes(routes);
}

}  // namespace gongkai::admin
