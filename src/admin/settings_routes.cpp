#include "admin/settings_routes.h"

#include <map>
#include <utility>
#include <vector>

#include "core/errors.h"
#include "core/field_text.h"
#include "engagement/engagement_settings.h"
#include "requests/request_settings.h"

namespace gongkai::admin {
namespace {

namespace eg = gongkai::engagement;
namespace rq = gongkai::requests;
using org::Permission;

constexpr const char* kUrl = "/admin/settings";

// What a refused save leaves in the form: the typed values, and why.
struct PageState {
  std::string reply_days;
  std::map<std::string, std::string> typed;  // request setting key → value as typed
  std::string error;
  int status = 200;
};

// The form field of a request setting: its key with '.' as '_' ("requests_reply_number_prefix").
std::string field_name(std::string_view key) {
  std::string name(key);
  for (char& c : name) {
    if (c == '.') c = '_';
  }
  return name;
}

nlohmann::json request_setting_rows(store::Connection& connection, int64_t agency_id, const PageState& state) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : rq::request_settings()) {
    const std::string key(s.key);
    const auto typed = state.typed.find(key);
    const std::string value =
        typed != state.typed.end() ? typed->second : rq::request_setting(connection, agency_id, key).value_or("");
    nlohmann::json row{{"field", field_name(s.key)}, {"name", s.name},         {"hint", s.hint},
                       {"value", value},             {"max_chars", s.max_chars}, {"has_choices", !s.values.empty()}};
    nlohmann::json choices = nlohmann::json::array();
    for (size_t i = 0; i < s.values.size(); ++i) {
      const std::string choice(s.values[i]);
      const bool selected = value.empty() ? i == 0 : value == choice;
      choices.push_back({{"value", choice}, {"label", s.value_labels.at(i)}, {"selected", selected}});
    }
    row["choices"] = std::move(choices);
    rows.push_back(std::move(row));
  }
  return rows;
}

web::Response settings_page(AdminContext& context, const PageState& state) {
  auto connection = context.app.database().lease();
  const int days = eg::letter_reply_working_days(*connection, context.staff.agency_id);
  nlohmann::json content{{"reply_days", state.reply_days.empty() ? std::to_string(days) : state.reply_days},
                         {"request_settings", request_setting_rows(*connection, context.staff.agency_id, state)},
                         {"error", state.error},
                         {"has_error", !state.error.empty()}};
  return render_admin_page(context, "settings", std::move(content), {"机关设置", "settings", state.status});
}

// Runs `change`; a refusal the user can act on re-renders the page with the message.
template <typename Change>
web::Response attempt(AdminContext& context, PageState state, Change change) {
  return unless_refused(change, [&](const std::string& message, int status) {
    state.error = message;
    state.status = status;
    return settings_page(context, state);
  });
}

web::Response save_reply_days(AdminContext& context) {
  const std::string text = context.form.value("reply_days");
  PageState state;
  state.reply_days = text;
  return attempt(context, state, [&] {
    int days = 0;
    try {
      size_t used = 0;
      days = std::stoi(text, &used);
      if (used != text.size()) throw InvalidInput("");
    } catch (const std::exception&) {
      throw InvalidInput("答复期限须为整数（工作日）");
    }
    auto connection = context.app.database().lease();
    eg::set_letter_reply_working_days(*connection, context.staff, days);
    return redirect_with_flash(context, kUrl, "设置已保存，新收到的来信按新期限计算。");
  });
}

// The request settings the form changes: a field left empty keeps its value.
web::Response save_request_settings(AdminContext& context) {
  PageState state;
  for (const auto& s : rq::request_settings()) {
    state.typed[std::string(s.key)] = trimmed(context.form.value(field_name(s.key)));
  }
  return attempt(context, state, [&] {
    auto connection = context.app.database().lease();
    std::vector<std::pair<std::string, std::string>> changes;
    for (const auto& [key, value] : state.typed) {
      if (value.empty() || value == rq::request_setting(*connection, context.staff.agency_id, key)) continue;
      changes.emplace_back(key, value);
    }
    rq::set_request_settings(*connection, context.staff.audit_actor(), context.staff.agency_id, changes);
    return redirect_with_flash(context, kUrl, changes.empty() ? "设置没有变化。" : "依申请公开设置已保存。");
  });
}

}  // namespace

void register_settings_routes(AdminRoutes& routes) {
  routes.get(kUrl, Permission::kManageSettings, [](AdminContext& c) { return settings_page(c, {}); });
  routes.post(kUrl, Permission::kManageSettings, save_reply_days);
  routes.post("/admin/settings/requests", Permission::kManageSettings, save_request_settings);
}

}  // namespace gongkai::admin
