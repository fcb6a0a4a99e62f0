#include "admin/credit_routes.h"

#include "core/errors.h"
#include "credit/decision_commands.h"
#include "credit/decision_sheet.h"
#include "credit/decision_queries.h"
#include "credit/decision_validation.h"
#include "credit/publication_deadline.h"

namespace gongkai::admin {
namespace {

namespace cr = gongkai::credit;
using org::Permission;

constexpr const char* kBase = "/admin/credit";

using Values = std::map<std::string, std::string, std::less<>>;

struct PageState {
  std::string error;
  std::vector<cr::RowProblem> problems;
  int status = 200;
};

std::string decision_url(int64_t id) { return std::string(kBase) + "/" + std::to_string(id); }

std::string query_value(AdminContext& context, const char* name) {
  return context.request.query_param(name).value_or("");
}

nlohmann::json options(std::span<const std::string_view> list, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : list) out.push_back({{"value", item}, {"selected", item == selected}});
  return out;
}

// The form's fields of `kind`, in the format's order, with `values`.
nlohmann::json field_views(cr::DecisionKind kind, const Values& values) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& field : cr::kind_info(kind).fields) {
    const auto it = values.find(field.key);
    const std::string value = it == values.end() ? "" : it->second;
    nlohmann::json view{{"key", field.key}, {"header", field.header}, {"required", field.required}, {"value", value}};
    using enum cr::FieldType;
    if (field.type == kPartyCategory) view["options"] = options(cr::party_categories(), value);
    if (field.type == kLicenceCategory) view["options"] = options(cr::licence_categories(), value);
    if (field.type == kIdType) view["options"] = options(cr::id_types(), value);
    view["is_select"] = view.contains("options");
    view["is_date"] = field.type == kDate;
    view["is_textarea"] = field.type == kText && field.max_bytes > 300;
    view["is_input"] = !view["is_select"].get<bool>() && field.type != kDate && !view["is_textarea"].get<bool>();
    if (field.type == kAmount) view["hint"] = "单位：万元";
    if (field.type == kPenaltyCategory) view["hint"] = "可填多项，以“；”分隔";
    if (field.type == kIdNumber) view["hint"] = "仅报送信用平台，不在网站公示";
    fields.push_back(std::move(view));
  }
  return fields;
}

Values form_values(AdminContext& context, cr::DecisionKind kind) {
  Values values;
  for (const auto& field : cr::kind_info(kind).fields) values[std::string(field.key)] = context.form.value(field.key);
  return values;
}

// The stored record as form values (amounts in 万元, as typed).
Values stored_values(const cr::CreditDecision& d) {
  Values values;
  for (const auto& field : cr::kind_info(d.kind).fields) values[std::string(field.key)] = cr::display_value(d, field);
  return values;
}

nlohmann::json kind_options(const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : cr::decision_kinds()) {
    out.push_back({{"key", k.key}, {"name", k.name}, {"selected", selected == k.key || selected == k.name}});
  }
  return out;
}

nlohmann::json row_view(AdminContext& context, const cr::CreditDecision& d) {
  const auto deadline = cr::publication_deadline(context.app.calendar(), d, context.app.today());
  return {{"url", decision_url(d.id)},
          {"kind", cr::kind_info(d.kind).name},
          {"name", d.field("party_name")},
          {"category", d.field("party_category")},
          {"document_number", d.field("document_number")},
          {"decision_date", d.field("decision_date")},
          {"due", format_date(deadline.due)},
          {"status", cr::status_label(d.status)},
          {"published_on", d.published_on ? format_date(*d.published_on) : ""},
          {"state", cr::publication_state_label(deadline.state)},
          {"urgent", cr::needs_attention(deadline.state) || deadline.state == cr::PublicationState::kLate}};
}

web::Response list_page(AdminContext& context, const PageState& state) {
  cr::DecisionQuery query{query_value(context, "q"), query_value(context, "kind"), query_value(context, "year"),
                          query_value(context, "published"), 1, 50};
  if (const auto page = context.request.query_param("page")) query.page = std::max(1, std::atoi(page->c_str()));
  auto connection = context.app.database().lease();
  const auto page = cr::search_decisions(*connection, context.staff.agency_id, query);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& d : page.decisions) rows.push_back(row_view(context, d));
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& p : state.problems) {
    problems.push_back({{"row", p.row > 0 ? "第" + std::to_string(p.row) + "行" : "文件"}, {"reason", p.reason}});
  }
  nlohmann::json exports = nlohmann::json::array();
  for (const auto& k : cr::decision_kinds()) {
    exports.push_back({{"name", k.name},
                       {"url", std::string(kBase) + "/export.csv?kind=" + std::string(k.key) + "&year=" + query.year +
                                   "&published=" + query.published},
                       {"template_url", std::string(kBase) + "/template.csv?kind=" + std::string(k.key)},
                       {"xlsx_template_url", std::string(kBase) + "/template.xlsx?kind=" + std::string(k.key)},
                       {"new_url", std::string(kBase) + "/new?kind=" + std::string(k.key)}});
  }
  nlohmann::json content{{"q", query.text},
                         {"year", query.year},
                         {"kinds", kind_options(query.kind)},
                         {"published_all", query.published.empty()},
                         {"published_yes", query.published == "published"},
                         {"published_no", query.published == "unpublished"},
                         {"rows", rows},
                         {"total", page.total},
                         {"page", page.page},
                         {"pages", page.pages},
                         {"exports", exports},
                         {"working_days", cr::kPublicationWorkingDays},
                         {"error", state.error},
                         {"has_error", !state.error.empty()},
                         {"problems", problems},
                         {"has_problems", !problems.empty()}};
  return render_admin_page(context, "credit", std::move(content), {"双公示", "credit", state.status});
}

web::Response new_page(AdminContext& context, cr::DecisionKind kind, const Values& values, const PageState& state) {
  const auto& info = cr::kind_info(kind);
  nlohmann::json content{{"kind", info.key},
                         {"kind_name", info.name},
                         {"kinds", kind_options(std::string(info.key))},
                         {"fields", field_views(kind, values)},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "credit_form", std::move(content),
                           {"录入" + std::string(info.name) + "决定", "credit", state.status});
}

web::Response detail_page(AdminContext& context, int64_t id, const Values* correction, const PageState& state) {
  auto connection = context.app.database().lease();
  const auto d = cr::find_decision(*connection, context.staff.agency_id, id);
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& field : cr::kind_info(d.kind).fields) {
    fields.push_back({{"header", field.header}, {"value", cr::display_value(d, field)}});
  }
  nlohmann::json history = nlohmann::json::array();
  for (const auto& e : cr::decision_history(*connection, id)) {
    history.push_back({{"date", format_date(e.occurred_on)}, {"label", cr::event_label(e.type)}, {"reason", e.reason},
                       {"recorded_by", e.recorded_by}});
  }
  nlohmann::json content = row_view(context, d);
  content["id"] = d.id;
  content["values"] = fields;
  content["history"] = history;
  content["publishable"] = d.status == cr::DecisionStatus::kRecorded;
  content["live"] = d.status != cr::DecisionStatus::kWithdrawn;
  content["withdrawal_reason"] = d.withdrawal_reason;
  content["public_url"] = d.status == cr::DecisionStatus::kPublished ? "/xxgk/sgs/" + std::to_string(d.id) : "";
  content["fields"] = field_views(d.kind, correction ? *correction : stored_values(d));
  content["error"] = state.error;
  content["has_error"] = !state.error.empty();
  content["working_days"] = cr::kPublicationWorkingDays;
  return render_admin_page(context, "credit_decision", std::move(content),
                           {std::string(cr::kind_info(d.kind).name) + "：" + d.field("document_number"), "credit",
                            state.status});
}

cr::DecisionKind kind_param(const std::string& raw) {
  return raw.empty() ? cr::DecisionKind::kLicensing : cr::require_kind(raw);
}

// Runs a command; a refusal shows the page again with its reason.
template <typename Command, typename Page>
web::Response attempt(AdminContext& context, Command command, Page page, const std::string& flash) {
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        const std::string location = command(*connection);
        return redirect_with_flash(context, location, flash);
      },
      [&](const std::string& message, int status) { return page(PageState{message, {}, status}); });
}

web::Response record_posted(AdminContext& context) {
  const cr::DecisionKind kind = kind_param(context.form.value("kind"));
  const Values values = form_values(context, kind);
  return attempt(
      context,
      [&](store::Connection& c) {
        cr::DecisionInput input{std::string(cr::kind_info(kind).key), values};
        return decision_url(cr::record_decision(c, context.staff, context.app.today(), input));
      },
      [&](const PageState& s) { return new_page(context, kind, values, s); },
      "已录入。请在" + std::to_string(cr::kPublicationWorkingDays) + "个工作日内公开。");
}

web::Response publish_posted(AdminContext& context) {
  const int64_t id = context.id_param();
  return attempt(
      context,
      [&](store::Connection& c) {
        cr::publish_decision(c, context.staff, context.app.today(), id);
        return decision_url(id);
      },
      [&](const PageState& s) { return detail_page(context, id, nullptr, s); }, "已公开。");
}

web::Response correct_posted(AdminContext& context) {
  const int64_t id = context.id_param();
  const auto kind = [&] {
    auto connection = context.app.database().lease();
    return cr::find_decision(*connection, context.staff.agency_id, id).kind;
  }();
  const Values values = form_values(context, kind);
  return attempt(
      context,
      [&](store::Connection& c) {
        cr::correct_decision(c, context.staff, context.app.today(), id, {"", values}, context.form.value("reason"));
        return decision_url(id);
      },
      [&](const PageState& s) { return detail_page(context, id, &values, s); }, "已更正，更正原因已记录。");
}

web::Response withdraw_posted(AdminContext& context) {
  const int64_t id = context.id_param();
  return attempt(
      context,
      [&](store::Connection& c) {
        cr::withdraw_decision(c, context.staff, context.app.today(), id, context.form.value("reason"));
        return decision_url(id);
      },
      [&](const PageState& s) { return detail_page(context, id, nullptr, s); }, "已撤销公示。");
}

web::Response import_posted(AdminContext& context) {
  PageState state;
  state.status = 422;
  const auto files = context.form.files("file");
  if (files.empty()) {
    state.error = "请选择要导入的CSV或XLSX文件。";
    return list_page(context, state);
  }
  try {
    const auto rows = cr::parse_decision_file(files.front().bytes, files.front().file_name);
    auto connection = context.app.database().lease();
    const auto report = cr::import_decisions(*connection, context.staff, context.app.today(), rows);
    if (report.problems.empty()) {
      return redirect_with_flash(context, kBase,
                                 "已导入" + std::to_string(report.imported) + "条决定信息（未公开，请逐条核对后公开）。");
    }
    state.error = "文件中有" + std::to_string(report.problems.size()) + "行有误，未导入任何数据。请修改后重新导入。";
    state.problems = report.problems;
  } catch (const InvalidInput& error) {
    state.error = std::string(error.what()) + "（未导入任何数据）";
  }
  return list_page(context, state);
}

web::Response csv_download(std::string body, const std::string& file_name) {
  return web::Response::download(std::move(body), "text/csv; charset=utf-8", file_name);
}

web::Response export_csv(AdminContext& context) {
  const std::string kind_text = query_value(context, "kind");
  if (kind_text.empty()) throw InvalidInput("请选择导出的决定类别（行政许可、行政处罚或行政强制）");
  const cr::DecisionKind kind = cr::require_kind(kind_text);
  cr::DecisionQuery query{"", "", query_value(context, "year"), query_value(context, "published"), 1, 20};
  auto connection = context.app.database().lease();
  const auto decisions = cr::decisions_for_export(*connection, context.staff.agency_id, kind, query);
  const std::string year = query.year.empty() ? "all" : query.year;
  return csv_download(cr::decisions_csv(kind, decisions),
                      "sgs-" + std::string(cr::kind_info(kind).key) + "-" + year + ".csv");
}

}  // namespace

nlohmann::json credit_attention_view(AdminContext& context) {
  if (!context.staff.may(Permission::kManageKeyAreas)) return nullptr;
  auto connection = context.app.database().lease();
  const auto rows = cr::decisions_needing_publication(*connection, context.app.calendar(), context.staff.agency_id,
                                                      context.app.today());
  if (rows.empty()) return nullptr;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : rows) {
    out.push_back({{"url", decision_url(r.decision.id)},
                   {"kind", cr::kind_info(r.decision.kind).name},
                   {"document_number", r.decision.field("document_number")},
                   {"name", r.decision.field("party_name")},
                   {"decision_date", r.decision.field("decision_date")},
                   {"due", format_date(r.deadline.due)},
                   {"state", cr::publication_state_label(r.deadline.state)},
                   {"overdue", r.deadline.state == cr::PublicationState::kOverdue}});
  }
  return {{"rows", out},
          {"url", std::string(kBase) + "?published=unpublished"},
          {"working_days", cr::kPublicationWorkingDays},
          {"due_soon_days", cr::kDueSoonWorkingDays}};
}

void register_credit_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kManageKeyAreas, [](AdminContext& c) { return list_page(c, {}); });
  routes.post(kBase, Permission::kManageKeyAreas, record_posted);
  routes.get(std::string(kBase) + "/new", Permission::kManageKeyAreas, [](AdminContext& c) {
    return new_page(c, kind_param(query_value(c, "kind")), {}, {});
  });
  routes.post(std::string(kBase) + "/import", Permission::kManageKeyAreas, import_posted);
  routes.get(std::string(kBase) + "/export.csv", Permission::kManageKeyAreas, export_csv);
  routes.get(std::string(kBase) + "/template.csv", Permission::kManageKeyAreas, [](AdminContext& c) {
    const auto kind = kind_param(query_value(c, "kind"));
    return csv_download(cr::decisions_csv_template(kind), "sgs-" + std::string(cr::kind_info(kind).key) + "-template.csv");
  });
  routes.get(std::string(kBase) + "/template.xlsx", Permission::kManageKeyAreas, [](AdminContext& c) {
    const auto kind = kind_param(query_value(c, "kind"));
    return web::Response::download(cr::decisions_xlsx_template(kind),
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   "sgs-" + std::string(cr::kind_info(kind).key) + "-template.xlsx");
  });
  routes.get(std::string(kBase) + "/{id}", Permission::kManageKeyAreas,
             [](AdminContext& c) { return detail_page(c, c.id_param(), nullptr, {}); });
  routes.post(std::string(kBase) + "/{id}/publish", Permission::kManageKeyAreas, publish_posted);
  routes.post(std::string(kBase) + "/{id}/correct", Permission::kManageKeyAreas, correct_posted);
  routes.post(std::string(kBase) + "/{id}/withdraw", Permission::kManageKeyAreas, withdraw_posted);
}

}  // namespace gongkai::admin
