// /xxgk/qlqd/ 权力清单: every published item grouped by kind (权力类别);
// /xxgk/qlqd/{id} one item — basis, conditions, materials, steps, time
// limits, fee, unit, window and office phone, and the 监督电话 (the
// disclosure office's). /bszn/ 办事指南: the items the public applies for,
// and /bszn/cx the applicant's look-up of a window case with 办件编号 and
// query password: POST only, answered with Cache-Control: no-store; a wrong
// pair or too many attempts comes back as the form with its message (404 /
// 429). The applicant appears masked (name, ID number, phone).
#include "core/errors.h"
#include "engagement/public_submission.h"
#include "portal/page.h"
#include "portal/public_form.h"
#include "portal/routes.h"
#include "services/service_kind.h"
#include "services/service_queries.h"
#include "web/error_pages.h"

namespace gongkai::portal {
namespace {

namespace sv = gongkai::services;

constexpr const char* kListBase = "/xxgk/qlqd/";
constexpr const char* kGuideBase = "/bszn/";
const Breadcrumb kXxgkCrumb{"政府信息公开", "/xxgk/"};
const Breadcrumb kListCrumb{"权力清单", kListBase};
const Breadcrumb kGuideCrumb{"办事指南", kGuideBase};

std::string days_text(int days) { return days == 0 ? "即办" : std::to_string(days) + "个工作日"; }

nlohmann::json item_summary(const sv::ServiceItem& i) {
  return {{"url", std::string(kListBase) + std::to_string(i.id)},
          {"code", i.code},
          {"name", i.name},
          {"unit", i.unit},
          {"legal", days_text(i.legal_days)},
          {"promised", days_text(i.promised_days)},
          {"fee", i.free_of_charge() ? "不收费" : i.fee}};
}

nlohmann::json groups_view(const std::vector<sv::KindGroup>& groups) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& g : groups) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : g.items) items.push_back(item_summary(i));
    out.push_back({{"kind", g.kind}, {"name", g.kind_name}, {"count", g.items.size()}, {"items", items}});
  }
  return out;
}

size_t item_count(const std::vector<sv::KindGroup>& groups) {
  size_t n = 0;
  for (const auto& g : groups) n += g.items.size();
  return n;
}

web::Response list_page(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto groups = sv::published_items_by_kind(*connection, agency.id, false);
  nlohmann::json content{{"groups", groups_view(groups)}, {"count", item_count(groups)}, {"has_groups", !groups.empty()}};
  return render_page(app, request, agency, "portal/power_list", std::move(content),
                     {"权力清单", "xxgk", {kXxgkCrumb, {"权力清单", ""}}, 200});
}

web::Response guide_page(app::App& app, const web::Request& request) {
  const org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto groups = sv::published_items_by_kind(*connection, agency.id, true);
  nlohmann::json content{{"groups", groups_view(groups)}, {"count", item_count(groups)}, {"has_groups", !groups.empty()}};
  return render_page(app, request, agency, "portal/service_guide", std::move(content),
                     {"办事指南", "", {{"办事指南", ""}}, 200});
}

web::Response item_page(app::App& app, const web::Request& request, const std::string& id_text) {
  if (id_text.empty() || id_text.size() > 15 || id_text.find_first_not_of("0123456789") != std::string::npos) {
    throw NotFound("事项不存在");
  }
  const org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  const auto item = sv::published_item(*connection, agency.id, std::stoll(id_text));
  nlohmann::json materials = nlohmann::json::array();
  for (const auto& m : item.materials) {
    materials.push_back({{"name", m.name}, {"originals", m.originals}, {"copies", m.copies}, {"note", m.note}});
  }
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : item.steps) steps.push_back({{"name", s.name}, {"description", s.description}});
  nlohmann::json content = item_summary(item);
  content.update({{"kind", sv::service_kind_name(item.kind)},
                  {"on_application", sv::require_service_kind(item.kind).on_application},
                  {"basis", item.basis},
                  {"conditions", item.conditions},
                  {"materials", materials},
                  {"has_materials", !materials.empty()},
                  {"steps", steps},
                  {"free", item.free_of_charge()},
                  {"fee_basis", item.fee_basis},
                  {"window_location", item.window_location},
                  {"phone", item.phone},
                  {"supervision_phone", agency.office.phone},
                  {"published_on", item.published_on}});
  return render_page(app, request, agency, "portal/power_item", std::move(content),
                     {item.name, "xxgk", {kXxgkCrumb, kListCrumb, {item.name, ""}}, 200});
}

web::Response no_store(web::Response response) {
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response lookup_form(app::App& app, const web::Request& request, const std::string& code, const std::string& error,
                          int status) {
  nlohmann::json content{{"code", code}, {"error", error}, {"has_error", !error.empty()}};
  return no_store(render_page(app, request, app.portal_agency(), "portal/bszn_lookup", std::move(content),
                              {"办件查询", "", {kGuideCrumb, {"办件查询", ""}}, status}));
}

std::string optional_chinese(const std::optional<CivilDate>& date) { return date ? format_date_chinese(*date) : ""; }

web::Response status_page(app::App& app, const web::Request& request, const sv::PublicWindowCase& view) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : view.steps) {
    steps.push_back({{"date", format_date_chinese(s.on)}, {"name", s.name}, {"detail", s.detail},
                     {"has_detail", !s.detail.empty()}});
  }
  const auto& clock = view.clock;
  nlohmann::json content{{"tracking_code", view.tracking_code},
                         {"item", view.item_name},
                         {"unit", view.unit},
                         {"phone", view.phone},
                         {"applicant", view.applicant_name},
                         {"id_number", view.id_number},
                         {"applicant_phone", view.applicant_phone},
                         {"received_on", format_date_chinese(clock.received_on)},
                         {"status", std::string(sv::window_phase_name(clock.phase))},
                         {"status_key", std::string(sv::window_phase_key(clock.phase))},
                         {"has_due", clock.due_on.has_value()},
                         {"due_on", optional_chinese(clock.due_on)},
                         {"paused", clock.phase == sv::WindowPhase::kAwaitingCorrection},
                         {"explanation", clock.explanation},
                         {"has_explanation", !clock.explanation.empty()},
                         {"steps", steps}};
  return no_store(render_page(app, request, app.portal_agency(), "portal/bszn_status", std::move(content),
                              {"办件办理情况", "", {kGuideCrumb, {"办件办理情况", ""}}, 200}));
}

web::Response post_lookup(app::App& app, const web::Request& request) {
  const PublicForm form = PublicForm::parse(request);
  const std::string code = form.value("code");
  try {
    auto connection = app.database().lease();
    const engagement::PublicSender sender{request.remote_address, engagement::Moment::now()};
    return status_page(app, request,
                       sv::lookup_window_case(*connection, app.request_services(), sender, code,
                                              form.value("password"), app.today()));
  } catch (const Refused& refusal) {
    return lookup_form(app, request, code, refusal.what(), web::refusal_status(refusal, 422));
  }
}

}  // namespace

void register_service_routes(web::Router& router, app::App& app) {
  router.get(kListBase, [&app](const web::Request& r, const web::PathParams&) { return list_page(app, r); });
  router.get("/xxgk/qlqd", [](const web::Request&, const web::PathParams&) {
    return web::Response::redirect(kListBase, 301);
  });
  router.get("/xxgk/qlqd/{id}",
             [&app](const web::Request& r, const web::PathParams& p) { return item_page(app, r, p.at("id")); });
  router.get(kGuideBase, [&app](const web::Request& r, const web::PathParams&) { return guide_page(app, r); });
  router.get("/bszn", [](const web::Request&, const web::PathParams&) { return web::Response::redirect(kGuideBase, 301); });
  router.get("/bszn/cx", [&app](const web::Request& r, const web::PathParams&) { return lookup_form(app, r, "", "", 200); });
  router.post("/bszn/cx", [&app](const web::Request& r, const web::PathParams&) { return post_lookup(app, r); });
}

}  // namespace gongkai::portal
