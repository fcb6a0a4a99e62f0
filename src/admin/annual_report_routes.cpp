#include "admin/annual_report_routes.h"

#include "annualreport/report_deadline.h"
#include "annualreport/report_document.h"
#include "annualreport/report_publication.h"
#include "annualreport/report_queries.h"
#include "annualreport/report_review.h"
#include "annualreport/table_grid.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::admin {
namespace {

namespace ar = gongkai::annualreport;
using org::Permission;

constexpr const char* kBase = "/admin/reports";

std::string report_url(int64_t id) { return std::string(kBase) + "/" + std::to_string(id); }

std::string agency_name(store::Connection& connection, int64_t agency_id) {
  const auto agency = org::find_agency_by_id(connection, agency_id);
  return agency ? agency->name : "";
}

struct PageState {
  std::string error;
  int status = 200;
};

nlohmann::json deadline_rows(store::Connection& connection, const org::StaffActor& staff, CivilDate today) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& n : ar::deadline_notices(connection, staff.agency_id, agency_name(connection, staff.agency_id), today)) {
    rows.push_back({{"year", n.year}, {"due_on", format_date_chinese(n.due_on)}, {"article", n.article},
                    {"overdue", n.overdue}});
  }
  return rows;
}

web::Response list_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  const std::string name = agency_name(*connection, context.staff.agency_id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : ar::report_states(*connection, context.staff.agency_id)) {
    const auto due = ar::report_due_on(s.year, name);
    rows.push_back({{"year", s.year},
                    {"url", report_url(s.report_id)},
                    {"versions", s.latest_number},
                    {"state", std::string(ar::status_label(s.latest_status))},
                    {"published_on", s.published_on.empty() ? "—" : s.published_on},
                    {"corrected", s.corrected},
                    {"due_on", due ? format_date(*due) : "—"}});
  }
  const int last_year = static_cast<int>(context.app.today().year()) - 1;
  nlohmann::json content{{"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"deadlines", deadline_rows(*connection, context.staff, context.app.today())},
                         {"suggested_year", last_year},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "reports", std::move(content), {"年度报告", "reports", state.status});
}

std::string severity_label(reports::Severity severity) {
  switch (severity) {
    case reports::Severity::error: return "错误";
    case reports::Severity::warning: return "警告";
    case reports::Severity::skipped: return "未核对";
  }
  return "";
}

nlohmann::json review_json(const ar::ReportReview& review) {
  nlohmann::json findings = nlohmann::json::array();
  int errors = 0;
  for (const auto& f : review.findings) {
    if (f.severity == reports::Severity::error) ++errors;
    findings.push_back({{"rule", f.rule},
                        {"severity", severity_label(f.severity)},
                        {"error", f.severity == reports::Severity::error},
                        {"row", f.row_label},
                        {"column", f.column_label},
                        {"detail", f.detail}});
  }
  nlohmann::json drifts = nlohmann::json::array();
  for (const auto& d : review.drifts) {
    drifts.push_back({{"label", d.label}, {"written", d.written}, {"current", d.current}});
  }
  return {{"findings", findings},
          {"has_findings", !findings.empty()},
          {"errors", errors},
          {"drifts", drifts},
          {"has_drifts", !drifts.empty()},
          {"tables_drifted", review.tables_drifted},
          {"out_of_step", !review.in_step()},
          {"unfinished", review.unfinished},
          {"has_unfinished", !review.unfinished.empty()},
          {"publishable", !review.has_errors() && review.in_step() && review.unfinished.empty()}};
}

nlohmann::json sections_json(const ar::ReportVersion& version, bool editable) {
  nlohmann::json sections = nlohmann::json::array();
  for (size_t i = 0; i < version.sections.size(); ++i) {
    const auto& s = version.sections[i];
    std::string text;
    for (const auto& p : s.paragraphs) text += (text.empty() ? "" : "\n") + p;
    sections.push_back({{"index", i},
                        {"heading", s.heading.empty() ? "（导语）" : s.heading},
                        {"text", text},
                        {"paragraphs", s.paragraphs},
                        {"table", s.table},
                        {"has_table", !s.table.empty()},
                        {"editable", editable}});
  }
  return sections;
}

nlohmann::json history_json(const ar::ReportHistory& history) {
  nlohmann::json versions = nlohmann::json::array();
  for (const auto& v : history.versions) {
    versions.push_back({{"number", v.number},
                        {"url", report_url(history.report_id) + "/versions/" + std::to_string(v.id)},
                        {"status", std::string(ar::status_label(v.status))},
                        {"note", v.change_note},
                        {"author", v.author},
                        {"created_at", v.created_at.substr(0, 16)},
                        {"published_on", v.published_on},
                        {"superseded_on", v.superseded_on},
                        {"superseded", !v.superseded_on.empty()}});
  }
  return versions;
}

web::Response report_page(AdminContext& context, int64_t id, const PageState& state) {
  auto connection = context.app.database().lease();
  const auto history = ar::report_history(*connection, context.staff.agency_id, id);
  const auto& latest = history.latest();
  const bool is_draft = latest.status == ar::VersionStatus::draft;
  nlohmann::json content{{"title", latest.title()},
                         {"year", history.year},
                         {"action", report_url(id)},
                         {"number", latest.number},
                         {"state", std::string(ar::status_label(latest.status))},
                         {"is_draft", is_draft},
                         {"published", !is_draft},
                         {"format", std::string(reports::format_document(latest.format))},
                         {"sections", sections_json(latest, is_draft)},
                         {"versions", history_json(history)},
                         {"pdf_url", report_url(id) + "/versions/" + std::to_string(latest.id) + "/report.pdf"},
                         {"public_url", "/xxgk/nb/" + std::to_string(history.year)},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  if (is_draft) {
    content["review"] = review_json(ar::review_version(*connection, latest, ar::records_drafter()));
    content["has_review"] = true;
  }
  return render_admin_page(context, "report", std::move(content), {latest.title(), "reports", state.status});
}

web::Response version_page(AdminContext& context) {
  const int64_t id = context.id_param();
  auto connection = context.app.database().lease();
  const auto version = ar::any_version(*connection, context.staff.agency_id, context.id_param("version"));
  if (version.report_id != id) throw NotFound("年度报告版本不存在");
  nlohmann::json content{{"title", version.title()},
                         {"number", version.number},
                         {"state", std::string(ar::status_label(version.status))},
                         {"note", version.change_note},
                         {"author", version.author},
                         {"created_at", version.created_at.substr(0, 16)},
                         {"published_on", version.published_on},
                         {"was_published", !version.published_on.empty()},
                         {"report_url", report_url(id)},
                         {"pdf_url", report_url(id) + "/versions/" + std::to_string(version.id) + "/report.pdf"},
                         {"sections", sections_json(version, false)}};
  return render_admin_page(context, "report_version", std::move(content),
                           {version.title() + "（第" + std::to_string(version.number) + "版）", "reports"});
}

web::Response version_pdf(AdminContext& context) {
  const int64_t id = context.id_param();
  auto connection = context.app.database().lease();
  const auto version = ar::any_version(*connection, context.staff.agency_id, context.id_param("version"));
  if (version.report_id != id) throw NotFound("年度报告版本不存在");
  web::Response response;
  response.content_type = "application/pdf";
  response.body = ar::report_pdf(version);
  response.set_header("Content-Disposition", "inline; filename=\"report-" + std::to_string(version.year) + "-v" +
                                                 std::to_string(version.number) + ".pdf\"");
  return response;
}

// Runs one command; on refusal the page is shown again with the reason.
template <typename Command, typename Page>
web::Response attempt(AdminContext& context, Command command, Page page) {
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        return command(*connection);
      },
      [&](const std::string& message, int status) { return page(PageState{message, status}); });
}

int year_field(const std::string& raw) {
  if (raw.size() != 4 || raw.find_first_not_of("0123456789") != std::string::npos) {
    throw InvalidInput("报告年度应为四位数字年份");
  }
  return std::stoi(raw);
}

size_t index_field(const std::string& raw, const char* what) {
  if (raw.empty() || raw.size() > 6 || raw.find_first_not_of("0123456789") != std::string::npos) {
    throw InvalidInput(std::string(what) + "无效");
  }
  return static_cast<size_t>(std::stoul(raw));
}

web::Response start(AdminContext& c) {
  return attempt(
      c,
      [&](store::Connection& db) {
        const int64_t id = ar::start_report(db, c.staff, year_field(c.form.value("year")), ar::records_drafter());
        return redirect_with_flash(c, report_url(id), "已根据业务数据起草年度报告。");
      },
      [&](const PageState& s) { return list_page(c, s); });
}

web::Response edit(AdminContext& c) {
  const int64_t id = c.id_param();
  return attempt(
      c,
      [&](store::Connection& db) {
        const ar::SectionEdit edit{id, static_cast<int>(index_field(c.form.value("based_on"), "版本号")),
                                   index_field(c.form.value("section"), "章节"), c.form.value("text")};
        ar::edit_section(db, c.staff, edit);
        return redirect_with_flash(c, report_url(id), "已保存为新版本。");
      },
      [&](const PageState& s) { return report_page(c, id, s); });
}

web::Response update_figures(AdminContext& c) {
  const int64_t id = c.id_param();
  return attempt(
      c,
      [&](store::Connection& db) {
        const auto updated = ar::update_figures(db, c.staff, id, ar::records_drafter());
        std::string flash = "已更新正文中的数字，保存为新版本。";
        if (!updated.by_hand.empty()) {
          flash += "以下数字未能自动替换，请人工核对：";
          for (size_t i = 0; i < updated.by_hand.size(); ++i) flash += (i ? "、" : "") + updated.by_hand[i];
        }
        return redirect_with_flash(c, report_url(id), flash);
      },
      [&](const PageState& s) { return report_page(c, id, s); });
}

web::Response publish(AdminContext& c) {
  const int64_t id = c.id_param();
  return attempt(
      c,
      [&](store::Connection& db) {
        ar::publish_report(db, c.staff, c.app.today(), id, ar::records_drafter());
        return redirect_with_flash(c, report_url(id), "年度报告已发布。");
      },
      [&](const PageState& s) { return report_page(c, id, s); });
}

web::Response correct(AdminContext& c) {
  const int64_t id = c.id_param();
  return attempt(
      c,
      [&](store::Connection& db) {
        ar::start_correction(db, c.staff, id, c.form.value("reason"));
        return redirect_with_flash(c, report_url(id), "已创建更正草稿，修改后请重新发布。");
      },
      [&](const PageState& s) { return report_page(c, id, s); });
}

}  // namespace

nlohmann::json annual_report_deadline_view(AdminContext& context) {
  if (!context.staff.may(Permission::kPrepareAnnualReport)) return nullptr;
  auto connection = context.app.database().lease();
  const auto rows = deadline_rows(*connection, context.staff, context.app.today());
  if (rows.empty()) return nullptr;
  bool overdue = false;
  for (const auto& r : rows) overdue = overdue || r["overdue"].get<bool>();
  return {{"rows", rows}, {"url", kBase}, {"any_overdue", overdue}};
}

void register_annual_report_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kPrepareAnnualReport, [](AdminContext& c) { return list_page(c, {}); });
  routes.post(kBase, Permission::kPrepareAnnualReport, start);
  routes.get("/admin/reports/{id}", Permission::kPrepareAnnualReport,
             [](AdminContext& c) { return report_page(c, c.id_param(), {}); });
  routes.post("/admin/reports/{id}/edit", Permission::kPrepareAnnualReport, edit);
  routes.post("/admin/reports/{id}/update-figures", Permission::kPrepareAnnualReport, update_figures);
  routes.post("/admin/reports/{id}/publish", Permission::kPrepareAnnualReport, publish);
  routes.post("/admin/reports/{id}/correct", Permission::kPrepareAnnualReport, correct);
  routes.get("/admin/reports/{id}/versions/{version}", Permission::kPrepareAnnualReport, version_page);
  routes.get("/admin/reports/{id}/versions/{version}/report.pdf", Permission::kPrepareAnnualReport, version_pdf);
}

}  // namespace gongkai::admin
