// /xxgk/sgs/ 双公示: the agency's published 行政许可, 行政处罚 and 行政强制
// decisions — search by the party's name or the document number, a kind and
// a year filter, 20 a page; /xxgk/sgs/{id} one decision in the fields of the
// national format. Personal data: the 证件类型 and 证件号码 are never shown
// (for anyone: a natural person's own number, or a legal representative's);
// a natural person's name is shown masked (张*明) and the search matches only
// that masked name. A penalty past its 公示截止期, a withdrawn or an
// unpublished decision is "not found". Not cached: the records change from
// the back office.
#include "core/errors.h"
#include "credit/decision_queries.h"
#include "portal/page.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/view_models.h"

namespace gongkai::portal {
namespace {

namespace cr = gongkai::credit;

constexpr const char* kBase = "/xxgk/sgs/";

PageMeta sgs_meta(const std::string& title, const std::string& last_crumb = "") {
  std::vector<Breadcrumb> crumbs = {
      {"政府信息公开", "/xxgk/"}, {"重点领域", "/xxgk/ml/zdly"}, {"双公示", last_crumb.empty() ? "" : kBase}};
  if (!last_crumb.empty()) crumbs.push_back({last_crumb, ""});
  return {title, "xxgk", crumbs, 200};
}

// Fields never shown on a public page.
bool hidden(std::string_view key) { return key == "id_type" || key == "id_number"; }

nlohmann::json row(const cr::CreditDecision& d) {
  return {{"url", std::string(kBase) + std::to_string(d.id)},
          {"kind", cr::kind_info(d.kind).name},
          {"name", d.public_name},
          {"document_number", d.field("document_number")},
          {"decision_date", d.field("decision_date")},
          {"published_on", d.published_on ? format_date(*d.published_on) : ""}};
}

web::Response search_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  cr::DecisionQuery query{text_param(request, "q"), text_param(request, "kind"), text_param(request, "year"), "",
                          parse_page(request), 20};
  auto connection = app.database().lease();
  const auto page = cr::search_public_decisions(*connection, agency.id, app.today(), query);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& d : page.decisions) rows.push_back(row(d));
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto& k : cr::decision_kinds()) {
    kinds.push_back({{"key", k.key}, {"name", k.name}, {"selected", query.kind == k.key || query.kind == k.name}});
  }
  nlohmann::json content{{"q", query.text},
                         {"year", query.year},
                         {"kinds", kinds},
                         {"rows", rows},
                         {"has_rows", !rows.empty()},
                         {"total", page.total},
                         {"working_days", cr::kPublicationWorkingDays},
                         {"pagination", pagination(page.page, page.pages, [&](int n) {
                            return with_query(kBase, {{"q", query.text},
                                                      {"kind", query.kind},
                                                      {"year", query.year},
                                                      {"page", std::to_string(n)}});
                          })}};
  return render_page(app, request, agency, "portal/credit_decisions", std::move(content),
                     sgs_meta("行政许可和行政处罚等信用信息公示"));
}

web::Response decision_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const int64_t id = parse_id(params.at("id"), "决定信息不存在");
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto d = cr::find_public_decision(*connection, agency.id, id, app.today());
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& field : cr::kind_info(d.kind).fields) {
    if (hidden(field.key)) continue;
    const std::string value = field.key == "party_name" ? d.public_name : cr::display_value(d, field);
    fields.push_back({{"header", field.header}, {"value", value}});
  }
  nlohmann::json corrections = nlohmann::json::array();
  for (const auto& e : cr::decision_history(*connection, id)) {
    if (e.type == cr::DecisionEventType::kCorrected) corrections.push_back(format_date(e.occurred_on));
  }
  nlohmann::json content = row(d);
  content["fields"] = fields;
  content["corrections"] = corrections;
  content["has_corrections"] = !corrections.empty();
  const std::string title = std::string(cr::kind_info(d.kind).name) + "决定：" + d.field("document_number");
  return render_page(app, request, agency, "portal/credit_decision", std::move(content), sgs_meta(title, title));
}

}  // namespace

void register_credit_routes(web::Router& router, app::App& app) {
  router.get(kBase, [&app](const web::Request& r, const web::PathParams&) { return search_page(app, r); });
  router.get("/xxgk/sgs", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect(kBase, 301);
  });
  router.get("/xxgk/sgs/{id}",
             [&app](const web::Request& r, const web::PathParams& p) { return decision_page(app, r, p); });
}

}  // namespace gongkai::portal
