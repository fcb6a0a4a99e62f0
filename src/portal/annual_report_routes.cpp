// /xxgk/nb/ 政府信息公开工作年度报告: the list of published years;
// /xxgk/nb/{year} the year's current published version (text and national
// tables), its downloads and the older versions a correction superseded, with
// their dates; /xxgk/nb/{year}/v/{id} one older version. Downloads:
// …/report.pdf, …/report.xlsx, …/tables.json, of the current version or of
// ?v={id}. Everything is rendered from the stored version (frozen), never
// from the records as they stand now; drafts are never shown.
#include <charconv>

#include "annualreport/report_document.h"
#include "annualreport/report_queries.h"
#include "annualreport/report_workbook.h"
#include "annualreport/table_grid.h"
#include "core/errors.h"
#include "portal/page.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "reports/report_json.h"

namespace gongkai::portal {
namespace {

namespace ar = gongkai::annualreport;

constexpr const char* kBase = "/xxgk/nb/";

int year_param(const web::PathParams& params) {
  const std::string& text = params.at("year");
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || text.size() != 4) {
    throw NotFound("没有这一年度的报告");
  }
  return year;
}

std::string year_url(int year) { return std::string(kBase) + std::to_string(year); }

std::string chinese_date(const std::string& iso) {
  const auto date = parse_date(iso);
  return date ? format_date_chinese(*date) : iso;
}

nlohmann::json grid_json(const ar::TableGrid& grid) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : grid.rows) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& cell : row) {
      cells.push_back({{"text", cell.text},
                       {"header", cell.header},
                       {"figure", cell.figure},
                       {"colspan", cell.colspan},
                       {"rowspan", cell.rowspan},
                       {"spans", cell.colspan > 1 || cell.rowspan > 1}});
    }
    rows.push_back({{"cells", cells}});
  }
  return {{"title", grid.title}, {"rows", rows}};
}

nlohmann::json sections_json(const ar::ReportVersion& version) {
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& s : version.sections) {
    nlohmann::json section{{"heading", s.heading},
                           {"has_heading", !s.heading.empty()},
                           {"part", s.level <= 1},
                           {"paragraphs", s.paragraphs},
                           {"has_table", false}};
    if (!s.table.empty() && version.tables) {
      if (const auto grid = ar::table_grid(*version.tables, s.table)) {
        section["table"] = grid_json(*grid);
        section["has_table"] = true;
      }
    }
    sections.push_back(std::move(section));
  }
  return sections;
}

nlohmann::json downloads_json(const ar::ReportVersion& version, const std::string& query) {
  const std::string base = year_url(version.year) + "/";
  nlohmann::json downloads = nlohmann::json::array();
  downloads.push_back({{"label", "PDF版"}, {"url", base + "report.pdf" + query}});
  downloads.push_back(
      {{"label", version.tables ? "统计表（XLSX）" : "统计数据（XLSX）"}, {"url", base + "report.xlsx" + query}});
  if (version.tables) downloads.push_back({{"label", "统计表数据（JSON）"}, {"url", base + "tables.json" + query}});
  return downloads;
}

nlohmann::json version_line(const ar::ReportVersion& v) {
  return {{"number", v.number},
          {"url", year_url(v.year) + "/v/" + std::to_string(v.id)},
          {"published_on", chinese_date(v.published_on)},
          {"superseded_on", chinese_date(v.superseded_on)}};
}

web::Response report_view(app::App& app, const web::Request& request, const org::Agency& agency,
                          const ar::ReportVersion& version, const std::vector<ar::ReportVersion>& older,
                          bool is_current) {
  nlohmann::json older_json = nlohmann::json::array();
  for (const auto& v : older) older_json.push_back(version_line(v));
  const std::string query = is_current ? "" : "?v=" + std::to_string(version.id);
  nlohmann::json content{{"title", version.title()},
                         {"agency", version.agency_name},
                         {"published_on", chinese_date(version.published_on)},
                         {"is_current", is_current},
                         {"superseded_on", chinese_date(version.superseded_on)},
                         {"current_url", year_url(version.year)},
                         {"sections", sections_json(version)},
                         {"downloads", downloads_json(version, query)},
                         {"older", older_json},
                         {"has_older", !older_json.empty()}};
  const std::string crumb = std::to_string(version.year) + "年度报告";
  return render_page(app, request, agency, "portal/annual_report", std::move(content),
                     {version.title(), "nb", {{"政府信息公开年报", kBase}, {crumb, ""}}, 200});
}

web::Response list_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  nlohmann::json reports = nlohmann::json::array();
  for (int year : ar::published_years(*connection, agency.id)) {
    const auto report = ar::public_report(*connection, agency.id, year);
    if (!report) continue;
    reports.push_back({{"year", year},
                       {"title", report->current.title()},
                       {"url", year_url(year)},
                       {"pdf_url", year_url(year) + "/report.pdf"},
                       {"published_on", chinese_date(report->current.published_on)},
                       {"corrected", !report->superseded.empty()}});
  }
  const bool any = !reports.empty();
  return render_page(app, request, agency, "portal/annual_reports", {{"reports", reports}, {"has_reports", any}},
                     {"政府信息公开工作年度报告", "nb", {{"政府信息公开年报", ""}}, 200});
}

ar::PublicReport require_report(store::Connection& connection, int64_t agency_id, int year) {
  auto report = ar::public_report(connection, agency_id, year);
  if (!report) throw NotFound(std::to_string(year) + "年度报告尚未发布");
  return std::move(*report);
}

web::Response year_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int year = year_param(params);
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto report = require_report(*connection, agency.id, year);
  return report_view(app, request, agency, report.current, report.superseded, true);
}

// The version of `year` a request names: ?v={id} or the path's {id}, else the current one.
ar::ReportVersion chosen_version(store::Connection& connection, int64_t agency_id, int year, const std::string& id) {
  if (id.empty()) return require_report(connection, agency_id, year).current;
  auto version = ar::public_version(connection, agency_id, parse_id(id, "年度报告版本不存在"));
  if (version.year != year) throw NotFound("年度报告版本不存在");
  return version;
}

web::Response version_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int year = year_param(params);
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto version = chosen_version(*connection, agency.id, year, params.at("id"));
  if (version.status == ar::VersionStatus::published) return web::Response::redirect(year_url(year), 303);
  return report_view(app, request, agency, version, {}, false);
}

enum class Output { pdf, xlsx, json };

web::Response output(app::App& app, const web::Request& request, const web::PathParams& params, Output kind) {
  const int year = year_param(params);
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto version = chosen_version(*connection, agency.id, year, text_param(request, "v"));
  const std::string name = version.title() + (version.number > 1 ? "（第" + std::to_string(version.number) + "版）" : "");
  switch (kind) {
    case Output::pdf: return web::Response::download(ar::report_pdf(version), "application/pdf", name + ".pdf");
    case Output::xlsx:
      return web::Response::download(ar::report_workbook(version),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    case Output::json:
      if (!version.tables) throw NotFound("该年度报告没有统计表");
      return web::Response::download(reports::write_report_json(*version.tables), "application/json; charset=utf-8",
                      name + ".json");
  }
  throw NotFound("没有这种格式");
}

}  // namespace

void register_annual_report_routes(web::Router& router, app::App& app) {
  router.get(kBase, [&app](const web::Request& r, const web::PathParams&) { return list_page(app, r); });
  router.get("/xxgk/nb", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect(kBase, 301);
  });
  router.get("/xxgk/nb/{year}", [&app](const web::Request& r, const web::PathParams& p) { return year_page(app, r, p); });
  router.get("/xxgk/nb/{year}/v/{id}",
             [&app](const web::Request& r, const web::PathParams& p) { return version_page(app, r, p); });
  router.get("/xxgk/nb/{year}/report.pdf",
             [&app](const web::Request& r, const web::PathParams& p) { return output(app, r, p, Output::pdf); });
  router.get("/xxgk/nb/{year}/report.xlsx",
             [&app](const web::Request& r, const web::PathParams& p) { return output(app, r, p, Output::xlsx); });
  router.get("/xxgk/nb/{year}/tables.json",
             [&app](const web::Request& r, const web::PathParams& p) { return output(app, r, p, Output::json); });
}

}  // namespace gongkai::portal
