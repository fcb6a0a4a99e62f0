// /xxgk/zdly/shjz/{programme}/gs/{list} 社会救助公示名单: one published list
// of a programme, period and area, its rows masked as spec/conventions.md
// says (keyareas/recipient_queries.h). A withdrawn list shows the withdrawal
// and its reason, a list whose 公示期 has ended says so; neither shows rows.
// The links to the lists, for the programme page and the section index.
#include "portal/recipient_list_routes.h"

#include "core/errors.h"
#include "core/masking.h"
#include "keyareas/recipient_queries.h"
#include "portal/page.h"
#include "portal/request_params.h"

namespace gongkai::portal {
namespace {

namespace ka = gongkai::keyareas;

constexpr const char* kBase = "/xxgk/zdly/shjz/";

std::string list_url(const ka::RecipientList& list) {
  return std::string(kBase) + std::string(list.programme->key) + "/gs/" + std::to_string(list.id);
}

std::string state_label(const ka::RecipientList& list, ka::PublicState state) {
  switch (state) {
    case ka::PublicState::kWithdrawn: return "已撤回";
    case ka::PublicState::kWindowEnded: return "公示期满";
    case ka::PublicState::kShown: break;
  }
  return list.window_ends_on ? "公示中" : "已公示";
}

ka::PublicState state_on(const ka::RecipientList& list, CivilDate today) {
  if (list.status == ka::ListStatus::kWithdrawn) return ka::PublicState::kWithdrawn;
  if (list.window_ends_on && today > *list.window_ends_on) return ka::PublicState::kWindowEnded;
  return ka::PublicState::kShown;
}

nlohmann::json row_view(size_t index, const ka::PublicRecipient& r) {
  return {{"number", index + 1},      {"name", r.head_name},         {"township", r.township},
          {"village", r.village},     {"size", r.household_size},    {"amount", r.amount},
          {"change", r.change}};
}

web::Response list_page(app::App& app, const web::Request& request, const web::PathParams& params) {
  const auto programme = params.find("programme");
  const auto id = params.find("list");
  if (programme == params.end() || id == params.end()) throw NotFound("没有这份公示名单");
  const int64_t list_id = parse_id(id->second, "没有这份公示名单");
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto view = ka::public_list(*connection, agency.id, list_id, app.today());
  const auto& list = view.list;
  if (list.programme->key != programme->second) throw NotFound("没有这份公示名单");
  nlohmann::json rows = nlohmann::json::array();
  for (size_t i = 0; i < view.rows.size(); ++i) rows.push_back(row_view(i, view.rows[i]));
  const std::string title = ka::list_title(list);
  const bool quarterly = list.programme->frequency == ka::Frequency::kQuarterly;
  nlohmann::json content{
      {"title", title},
      {"programme", list.programme->name},
      {"programme_url", std::string(kBase) + std::string(list.programme->key)},
      {"period", ka::period_label(list.programme->frequency, list.period)},
      {"area", list.area},
      {"kind", list.kind->label},
      {"basis", list.kind->basis},
      {"published_on", list.published_on ? format_date(*list.published_on) : ""},
      {"window_ends_on", list.window_ends_on ? format_date(*list.window_ends_on) : ""},
      {"state", state_label(list, view.state)},
      {"shown", view.state == ka::PublicState::kShown},
      {"withdrawn", view.state == ka::PublicState::kWithdrawn},
      {"window_ended", view.state == ka::PublicState::kWindowEnded},
      {"withdrawn_on", list.withdrawn_on ? format_date(*list.withdrawn_on) : ""},
      {"withdrawal_reason", mask_personal_data(list.withdrawal_reason)},
      {"amount_label", quarterly ? "救助金额（元）" : "月保障金额（元）"},
      {"rows", rows},
      {"households", view.households},
      {"persons", view.persons},
      {"total", format_yuan(view.total)}};
  return render_page(app, request, agency, "portal/recipient_list", std::move(content),
                     {title,
                      "xxgk",
                      {{"政府信息公开", "/xxgk/"},
                       {"重点领域", "/xxgk/ml/zdly"},
                       {"社会救助", kBase},
                       {std::string(list.programme->name), std::string(kBase) + std::string(list.programme->key)},
                       {"公示名单", ""}},
                      200});
}

}  // namespace

nlohmann::json recipient_list_links(store::Connection& connection, int64_t agency_id, std::string_view programme,
                                    CivilDate today, size_t limit) {
  nlohmann::json links = nlohmann::json::array();
  for (const auto& list : ka::public_lists(connection, agency_id, programme)) {
    if (links.size() >= limit) break;
    links.push_back({{"title", ka::list_title(list)},
                     {"url", list_url(list)},
                     {"published_on", list.published_on ? format_date(*list.published_on) : ""},
                     {"state", state_label(list, state_on(list, today))}});
  }
  return links;
}

void register_recipient_list_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get("/xxgk/zdly/shjz/{programme}/gs/{list}",
             cached(cache, [&app](const web::Request& r, const web::PathParams& p) { return list_page(app, r, p); }));
}

}  // namespace gongkai::portal
