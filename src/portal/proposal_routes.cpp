// /xxgk/jyta/ 建议提案办理结果公开: the published results of 人大代表建议 and
// 政协提案, grouped by session — number, title, proposers, topics, reply
// grade and date, the result summary. Never the contact with the proposer.
#include "portal/page.h"
#include "portal/routes.h"
#include "proposals/proposal_queries.h"

namespace gongkai::portal {
namespace {

constexpr const char* kBase = "/xxgk/jyta/";

nlohmann::json session_json(const proposals::PublicSession& s) {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& r : s.results) {
    results.push_back({{"number", r.number},
                       {"title", r.title},
                       {"proposers", r.proposers},
                       {"topics", r.topics},
                       {"grade", r.grade_label},
                       {"replied_on", r.replied_on},
                       {"summary", r.summary},
                       {"published_on", r.published_on}});
  }
  return {{"name", s.session.name}, {"kind", s.body_label}, {"count", s.results.size()}, {"results", results}};
}

web::Response results_page(app::App& app, const web::Request& request) {
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& s : proposals::published_results(*connection, agency.id)) sessions.push_back(session_json(s));
  const bool any = !sessions.empty();
  return render_page(app, request, agency, "portal/proposals", {{"sessions", sessions}, {"has_sessions", any}},
                     {"建议提案办理结果公开", "xxgk", {{"政府信息公开", "/xxgk/"}, {"建议提案办理结果", ""}}, 200});
}

}  // namespace

void register_proposal_routes(web::Router& router, app::App& app) {
  router.get(kBase, [&app](const web::Request& r, const web::PathParams&) { return results_page(app, r); });
  router.get("/xxgk/jyta", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect(kBase, 301);
  });
}

}  // namespace gongkai::portal
