#include "admin/recipient_list_routes.h"

#include "core/errors.h"
#include "keyareas/assistance_template.h"
#include "keyareas/recipient_commands.h"
#include "keyareas/recipient_import.h"
#include "keyareas/recipient_queries.h"

namespace gongkai::admin {
namespace {

namespace ka = gongkai::keyareas;
using org::Permission;

constexpr const char* kBase = "/admin/assistance/lists";

struct PageState {
  ka::RecipientListInput form;
  std::string error;
  std::vector<ka::RowProblem> problems;
  int status = 200;
};

std::string list_url(int64_t id) { return std::string(kBase) + "/" + std::to_string(id); }

nlohmann::json list_row(const ka::RecipientList& l) {
  return {{"title", ka::list_title(l)},
          {"url", list_url(l.id)},
          {"public_url", "/xxgk/zdly/shjz/" + std::string(l.programme->key) + "/gs/" + std::to_string(l.id)},
          {"is_public", l.status != ka::ListStatus::kDraft},
          {"rows", l.rows},
          {"status", ka::list_status_label(l.status)},
          {"published_on", l.published_on ? format_date(*l.published_on) : ""},
          {"window_ends_on", l.window_ends_on ? format_date(*l.window_ends_on) : ""}};
}

nlohmann::json programme_options(const std::string& selected) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& p : ka::assistance_programmes()) {
    if (p.frequency != ka::Frequency::kMonthly && p.frequency != ka::Frequency::kQuarterly) continue;
    options.push_back({{"key", p.key},
                       {"name", std::string(p.short_name) + "（" + std::string(ka::period_format_hint(p.frequency)) + "）"},
                       {"selected", selected == p.key}});
  }
  return options;
}

nlohmann::json kind_options(const std::string& selected) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& k : ka::publicity_kinds()) {
    const std::string window = k.window_days > 0 ? "公示" + std::to_string(k.window_days) + "天" : "长期公示";
    options.push_back({{"key", k.key},
                       {"name", std::string(k.label) + "（" + window + "）"},
                       {"selected", selected == k.key}});
  }
  return options;
}

nlohmann::json problem_rows(const std::vector<ka::RowProblem>& problems) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& p : problems) {
    rows.push_back({{"row", p.row > 0 ? "第" + std::to_string(p.row) + "行" : "文件"}, {"reason", p.reason}});
  }
  return rows;
}

web::Response lists_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  nlohmann::json lists = nlohmann::json::array();
  for (const auto& l : ka::agency_lists(*connection, context.staff)) lists.push_back(list_row(l));
  const auto problems = problem_rows(state.problems);
  nlohmann::json content{{"lists", lists},
                         {"has_lists", !lists.empty()},
                         {"programmes", programme_options(state.form.programme)},
                         {"kinds", kind_options(state.form.kind)},
                         {"form", {{"period", state.form.period}, {"area", state.form.area}}},
                         {"error", state.error},
                         {"has_error", !state.error.empty()},
                         {"problems", problems},
                         {"has_problems", !problems.empty()}};
  return render_admin_page(context, "recipient_lists", std::move(content), {"社会救助公示名单", "assistance", state.status});
}

web::Response import_posted(AdminContext& context) {
  const auto& f = context.form;
  PageState state;
  state.form = {f.value("programme"), f.value("period"), f.value("area"), f.value("kind")};
  state.status = 422;
  const auto files = f.files("file");
  if (files.empty()) {
    state.error = "请选择要导入的CSV或XLSX文件。";
    return lists_page(context, state);
  }
  try {
    const auto rows = ka::parse_recipient_file(files.front().bytes, files.front().file_name);
    auto connection = context.app.database().lease();
    const auto report = ka::import_recipient_list(*connection, context.staff, context.app.request_services().seal,
                                                  context.app.today(), state.form, rows);
    if (report.problems.empty()) {
      return redirect_with_flash(context, list_url(report.list_id),
                                 "已导入" + std::to_string(report.imported) + "户，名单尚未公示。请核对后公示。");
    }
    state.error = "文件中有" + std::to_string(report.problems.size()) + "行有误，未导入任何数据。请修改后重新导入。";
    state.problems = report.problems;
  } catch (const InvalidInput& error) {
    state.error = std::string(error.what()) + "（未导入任何数据）";
  } catch (const Conflict& error) {
    state.error = error.what();
    state.status = 409;
  }
  return lists_page(context, state);
}

web::Response list_page(AdminContext& context, int64_t id, const std::string& error, int status) {
  auto connection = context.app.database().lease();
  const auto list = ka::agency_list(*connection, context.staff, id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : ka::list_recipients(*connection, context.staff, id)) {
    rows.push_back({{"number", r.position},
                    {"name", r.head_name},
                    {"township", r.township},
                    {"village", r.village},
                    {"size", r.household_size},
                    {"amount", format_yuan(r.amount)},
                    {"change", ka::change_label(r.change_kind)}});
  }
  nlohmann::json content = list_row(list);
  content["id"] = list.id;
  content["kind"] = list.kind->label;
  content["basis"] = list.kind->basis;
  content["is_draft"] = list.status == ka::ListStatus::kDraft;
  content["is_published"] = list.status == ka::ListStatus::kPublished;
  content["withdrawn_on"] = list.withdrawn_on ? format_date(*list.withdrawn_on) : "";
  content["withdrawal_reason"] = list.withdrawal_reason;
  content["household_rows"] = rows;
  content["error"] = error;
  content["has_error"] = !error.empty();
  return render_admin_page(context, "recipient_list", std::move(content), {ka::list_title(list), "assistance", status});
}

web::Response action_posted(AdminContext& context) {
  const int64_t id = context.id_param();
  const std::string action = context.form.value("action");
  try {
    auto connection = context.app.database().lease();
    if (action == "publish") {
      ka::publish_recipient_list(*connection, context.staff, context.app.today(), id);
      return redirect_with_flash(context, list_url(id), "名单已公示。");
    }
    if (action == "withdraw") {
      ka::withdraw_recipient_list(*connection, context.staff, context.app.today(), id, context.form.value("reason"));
      return redirect_with_flash(context, list_url(id), "名单已撤回，公开页面不再显示名单内容。");
    }
    throw InvalidInput("未知的操作");
  } catch (const InvalidInput& error) {
    return list_page(context, id, error.what(), 422);
  } catch (const Conflict& error) {
    return list_page(context, id, error.what(), 409);
  }
}

}  // namespace

void register_recipient_list_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kManageKeyAreas, [](AdminContext& c) { return lists_page(c, {}); });
  routes.post(kBase, Permission::kManageKeyAreas, import_posted);
  routes.get("/admin/assistance/lists/template.csv", Permission::kManageKeyAreas, [](AdminContext&) {
    return web::Response::download(ka::recipient_template_csv(), "text/csv; charset=utf-8", "recipient-list-template.csv");
  });
  routes.get("/admin/assistance/lists/template.xlsx", Permission::kManageKeyAreas, [](AdminContext&) {
    return web::Response::download(ka::recipient_template_xlsx(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "recipient-list-template.xlsx");
  });
  routes.get(std::string(kBase) + "/{id}", Permission::kManageKeyAreas,
             [](AdminContext& c) { return list_page(c, c.id_param(), "", 200); });
  routes.post(std::string(kBase) + "/{id}", Permission::kManageKeyAreas, action_posted);
}

}  // namespace gongkai::admin
