#include "admin/service_routes.h"

#include "core/errors.h"
#include "services/service_item_commands.h"
#include "services/service_kind.h"
#include "services/service_queries.h"

namespace gongkai::admin {
namespace {

namespace sv = gongkai::services;
using org::Permission;

constexpr const char* kBase = "/admin/services";

std::string item_url(int64_t id) { return std::string(kBase) + "/" + std::to_string(id); }

nlohmann::json kind_options(const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : sv::service_kinds()) {
    out.push_back({{"key", k.key}, {"name", k.name}, {"selected", k.key == selected}});
  }
  return out;
}

std::string materials_text(const std::vector<sv::Material>& materials) {
  std::string out;
  for (const auto& m : materials) {
    out += m.name + "|" + std::to_string(m.originals) + "|" + std::to_string(m.copies) + "|" + m.note + "\n";
  }
  return out;
}

std::string steps_text(const std::vector<sv::Step>& steps) {
  std::string out;
  for (const auto& s : steps) out += s.name + "|" + s.description + "\n";
  return out;
}

sv::ServiceItemInput input_from(const web::Form& form) {
  return {form.value("code"),       form.value("kind"),          form.value("name"),
          form.value("basis"),      form.value("conditions"),    form.value("materials"),
          form.value("steps"),      form.value("legal_days"),    form.value("promised_days"),
          form.value("fee"),        form.value("fee_basis"),     form.value("unit"),
          form.value("window_location"), form.value("phone")};
}

sv::ServiceItemInput input_of(const sv::ServiceItem& i) {
  return {i.code,  i.kind, i.name, i.basis, i.conditions, materials_text(i.materials), steps_text(i.steps),
          std::to_string(i.legal_days), std::to_string(i.promised_days), i.fee, i.fee_basis, i.unit,
          i.window_location, i.phone};
}

nlohmann::json fields_view(const sv::ServiceItemInput& in) {
  return {{"code", in.code},         {"kinds", kind_options(in.kind)}, {"name", in.name},
          {"basis", in.basis},       {"conditions", in.conditions},    {"materials", in.materials},
          {"steps", in.steps},       {"legal_days", in.legal_days},    {"promised_days", in.promised_days},
          {"fee", in.fee},           {"fee_basis", in.fee_basis},      {"unit", in.unit},
          {"window_location", in.window_location}, {"phone", in.phone}};
}

struct PageState {
  std::string error;
  int status = 200;
  std::optional<sv::ServiceItemInput> input;  // the refused form, shown again
};

web::Response list_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : sv::staff_items(*connection, context.staff)) {
    rows.push_back({{"url", item_url(i.id)},
                    {"code", i.code},
                    {"name", i.name},
                    {"kind", sv::service_kind_name(i.kind)},
                    {"legal_days", i.legal_days},
                    {"promised_days", i.promised_days},
                    {"unit", i.unit},
                    {"state", sv::item_state_name(i.state)},
                    {"published", i.state == sv::ItemState::kPublished}});
  }
  const sv::ServiceItemInput blank{"", "licensing", "", "", "", "", "", "", "", "", "", "", "", ""};
  nlohmann::json content{{"rows", rows},
                         {"count", rows.size()},
                         {"has_rows", !rows.empty()},
                         {"fields", fields_view(state.input.value_or(blank))},
                         {"action", kBase},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "services", std::move(content), {"服务事项", "services", state.status});
}

web::Response item_page(AdminContext& context, int64_t id, const PageState& state) {
  auto connection = context.app.database().lease();
  const auto item = sv::staff_item(*connection, context.staff, id);
  nlohmann::json content{{"id", item.id},
                         {"name", item.name},
                         {"code", item.code},
                         {"kind", sv::service_kind_name(item.kind)},
                         {"state", sv::item_state_name(item.state)},
                         {"published", item.state == sv::ItemState::kPublished},
                         {"published_on", item.published_on},
                         {"withdrawn_on", item.withdrawn_on},
                         {"public_url", "/xxgk/qlqd/" + std::to_string(item.id)},
                         {"fields", fields_view(state.input.value_or(input_of(item)))},
                         {"action", item_url(item.id)},
                         {"publish_action", item_url(item.id) + "/publish"},
                         {"withdraw_action", item_url(item.id) + "/withdraw"},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "service_item", std::move(content), {item.name, "services", state.status});
}

template <typename Command, typename Page>
web::Response attempt(AdminContext& context, const std::string& flash, Command command, Page page) {
  return unless_refused(
      [&] {
        auto connection = context.app.database().lease();
        const std::string done = command(*connection);
        return redirect_with_flash(context, done, flash);
      },
      [&](const std::string& message, int status) { return page(PageState{message, status, std::nullopt}); });
}

web::Response create(AdminContext& c) {
  const auto input = input_from(c.form);
  return attempt(
      c, "事项已保存为草稿。",
      [&](store::Connection& db) { return item_url(sv::create_service_item(db, c.staff, input)); },
      [&](PageState s) {
        s.input = input;
        return list_page(c, s);
      });
}

web::Response edit(AdminContext& c) {
  const int64_t id = c.id_param();
  const auto input = input_from(c.form);
  return attempt(
      c, "事项已修改。",
      [&](store::Connection& db) {
        sv::edit_service_item(db, c.staff, id, input);
        return item_url(id);
      },
      [&](PageState s) {
        s.input = input;
        return item_page(c, id, s);
      });
}

web::Response publish(AdminContext& c) {
  const int64_t id = c.id_param();
  return attempt(
      c, "事项已公开。",
      [&](store::Connection& db) {
        sv::publish_service_item(db, c.staff, c.app.today(), id);
        return item_url(id);
      },
      [&](const PageState& s) { return item_page(c, id, s); });
}

web::Response withdraw(AdminContext& c) {
  const int64_t id = c.id_param();
  return attempt(
      c, "事项已撤回。",
      [&](store::Connection& db) {
        sv::withdraw_service_item(db, c.staff, c.app.today(), id);
        return item_url(id);
      },
      [&](const PageState& s) { return item_page(c, id, s); });
}

}  // namespace

void register_service_routes(AdminRoutes& routes) {
  routes.get(kBase, Permission::kHandleServiceWindow, [](AdminContext& c) { return list_page(c, {}); });
  routes.post(kBase, Permission::kHandleServiceWindow, create);
  routes.get("/admin/services/{id}", Permission::kHandleServiceWindow,
             [](AdminContext& c) { return item_page(c, c.id_param(), {}); });
  routes.post("/admin/services/{id}", Permission::kHandleServiceWindow, edit);
  routes.post("/admin/services/{id}/publish", Permission::kHandleServiceWindow, publish);
  routes.post("/admin/services/{id}/withdraw", Permission::kHandleServiceWindow, withdraw);
}

}  // namespace gongkai::admin
