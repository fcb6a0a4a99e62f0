#include "engagement/engagement_settings.h"

#include <charconv>
#include <string>

#include <nlohmann/json.hpp>

#include "engagement/within_transaction.h"

namespace gongkai::engagement {
namespace {

struct SettingDefault {
  std::string_view key;
  int value;
  int min;
  int max;
  std::string_view description;
};

// 互动交流 settings an agency may change, with the value used until it does.
constexpr SettingDefault kEngagementSettingDefaults[] = {
    {kLetterReplyWorkingDays, 15, 1, 60, "行政首长信箱答复期限（工作日）"},
};

const SettingDefault& setting_default(std::string_view key) {
  for (const auto& setting : kEngagementSettingDefaults) {
    if (setting.key == key) return setting;
  }
  throw InvalidInput("未知的设置项：" + std::string(key));
}

int stored_or_default(store::Connection& connection, int64_t agency_id, const SettingDefault& setting) {
  const auto row = connection.query_one("SELECT value FROM agency_settings WHERE agency_id = ? AND setting_key = ?",
                                        {agency_id, std::string(setting.key)});
  if (!row) return setting.value;
  const std::string text = row->text(0);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < setting.min || value > setting.max) {
    return setting.value;
  }
  return value;
}

}  // namespace

int letter_reply_working_days(store::Connection& connection, int64_t agency_id) {
  return stored_or_default(connection, agency_id, setting_default(kLetterReplyWorkingDays));
}

void set_letter_reply_working_days(store::Connection& connection, const org::StaffActor& staff, int days) {
  staff.require(org::Permission::kManageSettings);
  const SettingDefault& setting = setting_default(kLetterReplyWorkingDays);
  if (days < setting.min || days > setting.max) {
    throw InvalidInput("答复期限须为" + std::to_string(setting.min) + "至" + std::to_string(setting.max) + "个工作日");
  }
  within_transaction(connection, [&] {
    const int before = stored_or_default(connection, staff.agency_id, setting);
    const std::string key(setting.key);
    connection.execute("DELETE FROM agency_settings WHERE agency_id = ? AND setting_key = ?", {staff.agency_id, key});
    connection.execute("INSERT INTO agency_settings (agency_id, setting_key, value) VALUES (?, ?, ?)",
                       {staff.agency_id, key, std::to_string(days)});
    audit::record(connection, staff.audit_actor(),
                  {"setting.update", "agency_setting", std::to_string(staff.agency_id) + ":" + key,
                   nlohmann::json{{key, before}}.dump(), nlohmann::json{{key, days}}.dump()});
  });
}

}  // namespace gongkai::engagement
