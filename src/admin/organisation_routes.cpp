#include "admin/organisation_routes.h"

#include "core/errors.h"
#include "keyareas/social_organisation_commands.h"
#include "keyareas/social_organisation_queries.h"

namespace gongkai::admin {
namespace {

namespace ka = gongkai::keyareas;
using org::Permission;

constexpr const char* kBase = "/admin/organisations";

struct Refusal {
  std::string error;
  int status = 200;
};

nlohmann::json row(const ka::SocialOrganisation& o) {
  return {{"id", o.id},
          {"url", std::string(kBase) + "/" + std::to_string(o.id)},
          {"name", o.name},
          {"kind", o.kind->name},
          {"credit_code", o.credit_code},
          {"legal_representative", o.legal_representative},
          {"business_scope", o.business_scope},
          {"registration_authority", o.registration_authority},
          {"registered_on", format_date(o.registered_on)},
          {"cancelled", o.cancelled},
          {"status", o.cancelled ? "已注销" : "正常"}};
}

web::Response list_page(AdminContext& context, const Refusal& refusal) {
  auto connection = context.app.database().lease();
  const std::string text = context.request.query_param("q").value_or("");
  const auto page = ka::search_organisations(*connection, context.staff.agency_id, {text, "", 1, 100});
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& o : page.organisations) rows.push_back(row(o));
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto& k : ka::organisation_kinds()) kinds.push_back({{"key", k.key}, {"name", k.name}});
  nlohmann::json content{{"q", text}, {"rows", rows}, {"total", page.total}, {"kinds", kinds},
                         {"error", refusal.error}, {"has_error", !refusal.error.empty()}};
  return render_admin_page(context, "organisations", std::move(content), {"社会组织登记", "organisations", refusal.status});
}

web::Response detail_page(AdminContext& context, int64_t id, const Refusal& refusal) {
  auto connection = context.app.database().lease();
  const auto o = ka::find_organisation(*connection, context.staff.agency_id, id);
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : ka::organisation_history(*connection, id)) {
    std::string what = e.details;
    if (e.inspection_year) what = std::to_string(*e.inspection_year) + "年度：" + e.inspection_result;
    events.push_back({{"date", format_date(e.occurred_on)}, {"label", ka::event_label(e.type)}, {"what", what},
                      {"recorded_by", e.recorded_by}});
  }
  nlohmann::json content = row(o);
  content["events"] = events;
  content["error"] = refusal.error;
  content["has_error"] = !refusal.error.empty();
  return render_admin_page(context, "organisation", std::move(content), {o.name, "organisations", refusal.status});
}

// Runs a command; a refusal shows the page again with its reason.
template <typename Command, typename Page>
web::Response attempt(AdminContext& context, Command command, Page page, const std::string& done,
                      const std::string& flash) {
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        const std::string location = command(*connection);
        return redirect_with_flash(context, location.empty() ? done : location, flash);
      },
      [&](const std::string& message, int status) { return page(Refusal{message, status}); });
}

web::Response register_posted(AdminContext& context) {
  const auto& f = context.form;
  const ka::RegistrationInput input{f.value("kind"),          f.value("name"),
                                    f.value("credit_code"),   f.value("legal_representative"),
                                    f.value("business_scope"), f.value("registration_authority"),
                                    f.value("registered_on")};
  return attempt(
      context,
      [&](store::Connection& c) {
        const int64_t id = ka::register_organisation(c, context.staff, context.app.today(), input);
        return std::string(kBase) + "/" + std::to_string(id);
      },
      [&](const Refusal& r) { return list_page(context, r); }, kBase, "已登记，登记公告已公开。");
}

web::Response event_posted(AdminContext& context) {
  const int64_t id = context.id_param();
  const std::string here = std::string(kBase) + "/" + std::to_string(id);
  const auto& f = context.form;
  const std::string action = f.value("action");
  return attempt(
      context,
      [&](store::Connection& c) {
        const auto today = context.app.today();
        if (action == "change") {
          ka::change_organisation(c, context.staff, today, id,
                                  {f.value("name"), f.value("legal_representative"), f.value("business_scope"),
                                   f.value("changed_on")});
        } else if (action == "cancel") {
          ka::cancel_organisation(c, context.staff, today, id, {f.value("reason"), f.value("cancelled_on")});
        } else if (action == "inspect") {
          ka::record_inspection(c, context.staff, today, id, {f.value("year"), f.value("result"), f.value("inspected_on")});
        } else {
          throw InvalidInput("未知的操作");
        }
        return here;
      },
      [&](const Refusal& r) { return detail_page(context, id, r); }, here, "已保存。");
}

}  // namespace

void register_organisation_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kManageKeyAreas, [](AdminContext& c) { return list_page(c, {}); });
  routes.post(kBase, Permission::kManageKeyAreas, register_posted);
  routes.get(std::string(kBase) + "/{id}", Permission::kManageKeyAreas,
             [](AdminContext& c) { return detail_page(c, c.id_param(), {}); });
  routes.post(std::string(kBase) + "/{id}", Permission::kManageKeyAreas, event_posted);
}

}  // namespace gongkai::admin
