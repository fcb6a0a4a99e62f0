// /xxgk/zdly/shjz/ 社会救助: the yearly figures of every programme with the
// urban-against-rural 低保 charts; /xxgk/zdly/shjz/{programme} one programme's
// figures by period with its trend chart and links to its 公示名单;
// …/{programme}/data.csv the download; the lists themselves:
// recipient_list_routes.h.
// Charts are SVG drawn here, each followed by the table of its data.
#include <map>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/money.h"
#include "keyareas/assistance_csv.h"
#include "keyareas/assistance_yearly.h"
#include "portal/page.h"
#include "portal/recipient_list_routes.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/svg_line_chart.h"

namespace gongkai::portal {
namespace {

namespace ka = gongkai::keyareas;

constexpr const char* kBase = "/xxgk/zdly/shjz/";

// 398090 → "398,090"; absent → "—".
std::string count_text(const std::optional<int64_t>& value) {
  if (!value) return "—";
  std::string text = std::to_string(*value);
  for (size_t i = text.size(); i > 3; i -= 3) text.insert(i - 3, ",");
  return text;
}

// The year asked for, else the newest with figures (nullopt: none at all).
std::optional<int> chosen_year(const web::Request& request, const std::vector<int>& years) {
  if (auto year = parse_year(request)) return year;
  if (years.empty()) return std::nullopt;
  return years.front();
}

nlohmann::json year_links(const std::vector<int>& years, std::optional<int> current, const std::string& base) {
  nlohmann::json links = nlohmann::json::array();
  for (int y : years) {
    links.push_back({{"year", y}, {"url", base + "?year=" + std::to_string(y)}, {"current", current && *current == y}});
  }
  return links;
}

nlohmann::json yearly_row(const ka::YearlyFigures& y) {
  const auto& p = *y.programme;
  return {{"name", p.name},
          {"url", std::string(kBase) + std::string(p.key)},
          {"frequency", ka::frequency_label(p.frequency)},
          {"periods", y.periods},
          {"person_times", count_text(y.person_times)},
          {"headcount", count_text(y.year_end_headcount)},
          {"amount_wan", format_wan_yuan(y.amount, 2)},
          {"level", y.level ? ka::format_level(*y.level, p.level_decimals) : "—"}};
}

// Month index 0–11 of a monthly record.
size_t month_index(const ka::AssistanceFigures& r) { return static_cast<unsigned>(r.period.start.month()) - 1; }

std::vector<std::string> month_labels() {
  std::vector<std::string> labels;
  for (int m = 1; m <= 12; ++m) labels.push_back(std::to_string(m) + "月");
  return labels;
}

// A chart's data as a table: the labels as rows, one column per series.
nlohmann::json chart_table(const LineChart& chart) {
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& s : chart.series) columns.push_back(s.name);
  nlohmann::json rows = nlohmann::json::array();
  for (size_t i = 0; i < chart.labels.size(); ++i) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& s : chart.series) {
      const auto& v = i < s.values.size() ? s.values[i] : std::nullopt;
      cells.push_back(v ? fmt::format("{:.{}f}", *v, chart.decimals) : "—");
    }
    rows.push_back({{"label", chart.labels[i]}, {"cells", cells}});
  }
  return {{"id", chart.id},
          {"title", chart.title},
          {"unit", chart.unit},
          {"svg", render_line_chart_svg(chart)},
          {"columns", columns},
          {"rows", rows}};
}

// Urban against rural 低保, month by month: persons covered, and the average paid.
nlohmann::json dibao_charts(store::Connection& connection, int64_t agency_id, int year) {
  LineChart persons{"chart-dibao-persons", std::to_string(year) + "年城乡低保月保障人数", "", "人", 0,
                    month_labels(), {}};
  LineChart level{"chart-dibao-level", std::to_string(year) + "年城乡低保月人均补助水平", "", "元/人·月", 2,
                  month_labels(), {}};
  for (const char* key : {"urban_dibao", "rural_dibao"}) {
    const auto& programme = *ka::find_programme(key);
    ChartSeries p{std::string(programme.short_name), std::vector<std::optional<double>>(12)};
    ChartSeries l{std::string(programme.short_name), std::vector<std::optional<double>>(12)};
    for (const auto& r : ka::programme_figures(connection, agency_id, programme, year)) {
      if (r.persons) p.values[month_index(r)] = static_cast<double>(*r.persons);
      if (r.person_times && *r.person_times > 0) {
        l.values[month_index(r)] = static_cast<double>(ka::average_level(r.amount, *r.person_times, 2).value) / 100;
      }
    }
    persons.series.push_back(p);
    level.series.push_back(l);
  }
  persons.description = "城市低保与农村低保每月保障人数的对比折线图，具体数值见下表。";
  level.description = "城市低保与农村低保每月人均补助水平（当月支出金额÷当月保障人次）的对比折线图，具体数值见下表。";
  nlohmann::json charts = nlohmann::json::array();
  bool any = false;
  for (const auto& s : persons.series) {
    for (const auto& v : s.values) any = any || v.has_value();
  }
  if (!any) return charts;
  charts.push_back(chart_table(persons));
  charts.push_back(chart_table(level));
  return charts;
}

web::Response assistance_home(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto years = ka::figure_years(*connection, agency.id);
  const auto year = chosen_year(request, years);
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json charts = nlohmann::json::array();
  if (year) {
    for (const auto& y : ka::yearly_figures(*connection, agency.id, *year)) rows.push_back(yearly_row(y));
    charts = dibao_charts(*connection, agency.id, *year);
  }
  nlohmann::json programmes = nlohmann::json::array();
  for (const auto& p : ka::assistance_programmes()) {
    programmes.push_back({{"name", p.name},
                          {"url", std::string(kBase) + std::string(p.key)},
                          {"frequency", ka::frequency_label(p.frequency)}});
  }
  nlohmann::json content{{"year", year ? std::to_string(*year) : ""},
                         {"has_year", year.has_value()},
                         {"years", year_links(years, year, kBase)},
                         {"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"charts", charts},
                         {"programmes", programmes},
                         {"lists", recipient_list_links(*connection, agency.id, "", app.today(), 10)}};
  content["has_lists"] = !content["lists"].empty();
  return render_page(app, request, agency, "portal/assistance", std::move(content),
                     {"社会救助", "xxgk", {{"政府信息公开", "/xxgk/"}, {"重点领域", "/xxgk/ml/zdly"}, {"社会救助", ""}}, 200});
}

const ka::AssistanceProgramme& programme_param(const web::PathParams& params) {
  const auto found = params.find("programme");
  const auto* programme = found == params.end() ? nullptr : ka::find_programme(found->second);
  if (!programme) throw NotFound("没有这个救助项目");
  return *programme;
}

nlohmann::json period_row(const ka::AssistanceFigures& r) {
  const auto& p = *r.programme;
  const bool has_level = p.level_decimals >= 0 && r.person_times && *r.person_times > 0;
  return {{"period", ka::period_label(p.frequency, r.period)},
          {"households", count_text(r.households)},
          {"persons", count_text(r.persons)},
          {"person_times", count_text(r.person_times)},
          {"amount", format_yuan(r.amount)},
          {"level", has_level ? format_yuan(ka::average_level(r.amount, *r.person_times, 2)) : "—"},
          {"source", r.source},
          {"published_on", format_date(r.published_on)}};
}

// The trend of the programme's main count (人次, else 金额 in 万元) over the year's periods.
std::optional<LineChart> trend_chart(const ka::AssistanceProgramme& p, int year,
                                     const std::vector<ka::AssistanceFigures>& records) {
  if (records.size() < 2) return std::nullopt;
  const bool by_person_times = p.counts_person_times;
  LineChart chart{"chart-trend", std::to_string(year) + "年" + std::string(p.short_name) + (by_person_times ? "保障人次" : "支出金额"),
                  "", by_person_times ? "人次" : "万元", by_person_times ? 0 : 2, {}, {}};
  ChartSeries series{std::string(p.short_name), {}};
  for (const auto& r : records) {
    chart.labels.push_back(ka::period_label(p.frequency, r.period).substr(std::to_string(year).size() + 3));
    series.values.push_back(by_person_times ? static_cast<double>(r.person_times.value_or(0))
                                            : static_cast<double>(r.amount.value) / 1000000.0);
  }
  chart.description = std::string(p.short_name) + "各统计期" + (by_person_times ? "保障人次" : "支出金额") + "的折线图，具体数值见下表。";
  chart.series.push_back(series);
  return chart;
}

web::Response programme_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const auto& p = programme_param(params);
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const std::string base = std::string(kBase) + std::string(p.key);
  const auto years = ka::figure_years(*connection, agency.id, p.key);
  const auto year = chosen_year(request, years);
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json summary;
  nlohmann::json charts = nlohmann::json::array();
  if (year) {
    const auto records = ka::programme_figures(*connection, agency.id, p, *year);
    for (const auto& r : records) rows.push_back(period_row(r));
    if (!records.empty()) summary = yearly_row(ka::compute_yearly(p, *year, records));
    if (auto chart = trend_chart(p, *year, records)) charts.push_back(chart_table(*chart));
  }
  std::string source(p.source_before);
  if (!p.source_change_date.empty()) {
    source += "（" + std::string(p.source_change_date).substr(0, 4) + "年起：" + std::string(p.source_after) + "）";
  }
  const nlohmann::json lists = recipient_list_links(*connection, agency.id, p.key, app.today(), 100);
  nlohmann::json content{{"name", p.name},
                         {"frequency", ka::frequency_label(p.frequency)},
                         {"source", source},
                         {"households_label", p.households_label},
                         {"has_level", p.level_decimals >= 0},
                         {"year", year ? std::to_string(*year) : ""},
                         {"has_year", year.has_value()},
                         {"years", year_links(years, year, base)},
                         {"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"summary", summary},
                         {"has_summary", !summary.is_null()},
                         {"charts", charts},
                         {"lists", lists},
                         {"has_lists", !lists.empty()},
                         {"csv_url", base + "/data.csv" + (year ? "?year=" + std::to_string(*year) : "")}};
  return render_page(app, request, agency, "portal/assistance_programme", std::move(content),
                     {std::string(p.name),
                      "xxgk",
                      {{"政府信息公开", "/xxgk/"}, {"重点领域", "/xxgk/ml/zdly"}, {"社会救助", kBase}, {std::string(p.name), ""}},
                      200});
}

web::Response programme_csv(app::App& app, const web::Request& request, const web::PathParams& params) {
  const auto& p = programme_param(params);
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto year = parse_year(request);
  return web::Response::download(ka::figures_csv(ka::programme_figures(*connection, agency.id, p, year)),
                                 "text/csv; charset=utf-8",
                                 std::string(p.short_name) + (year ? std::to_string(*year) + "年" : "") + "数据.csv");
}

}  // namespace

void register_assistance_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get(kBase, cached(cache, [&app](const web::Request& r, const web::PathParams&) { return assistance_home(app, r); }));
  router.get("/xxgk/zdly/shjz", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect(kBase, 301);
  });
  router.get("/xxgk/zdly/shjz/{programme}", cached(cache, [&app](const web::Request& r, const web::PathParams& p) {
    return programme_page(app, r, p);
  }));
  router.get("/xxgk/zdly/shjz/{programme}/data.csv",
             [&app](const web::Request& r, const web::PathParams& p) { return programme_csv(app, r, p); });
  register_recipient_list_routes(router, app, cache);
}

}  // namespace gongkai::portal
