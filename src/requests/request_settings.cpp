#include "requests/request_settings.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "org/agency_repository.h"
#include "requests/request_repository.h"

namespace gongkai::requests {
namespace {

const RequestSettingInfo& setting_info(std::string_view key) {
  for (const auto& s : request_settings()) {
    if (s.key == key) return s;
  }
  throw InvalidInput("未知的依申请公开设置项：" + std::string(key));
}

size_t character_count(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void check_value(const RequestSettingInfo& setting, const std::string& value) {
  if (value.empty()) throw InvalidInput("请填写" + std::string(setting.name));
  if (character_count(value) > setting.max_chars) {
    throw InvalidInput(std::string(setting.name) + "不能超过" + std::to_string(setting.max_chars) + "个字");
  }
  if (setting.values.empty()) return;
  if (std::find(setting.values.begin(), setting.values.end(), value) == setting.values.end()) {
    throw InvalidInput(std::string(setting.name) + "的取值不正确：" + value);
  }
}

}  // namespace

const std::vector<RequestSettingInfo>& request_settings() {
  static const std::vector<RequestSettingInfo> settings{
      {"requests.reply_number_prefix", "答复书文号前缀", 20, {}},
      {"requests.correction_number_prefix", "补正告知书文号前缀", 20, {}},
      {"requests.extension_number_prefix", "延期答复告知书文号前缀", 20, {}},
      {"requests.fee_number_prefix", "缴费通知书文号前缀", 20, {}},
      {"requests.reconsideration_body", "行政复议机关", 60, {}},
      {"requests.fee_time_counted", "收费通知至缴费期间计入答复期限", 1, {"0", "1"}},
  };
  return settings;
}

void set_request_setting(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                         const std::string& key, const std::string& value) {
  const RequestSettingInfo& setting = setting_info(key);
  check_value(setting, value);
  store::Transaction transaction(connection);
  if (!org::find_agency_by_id(connection, agency_id)) throw NotFound("机关不存在");
  const auto before = repository::agency_setting(connection, agency_id, key);
  repository::put_agency_setting(connection, agency_id, key, value);
  audit::record(connection, actor,
                {"setting.update", "agency_setting", std::to_string(agency_id) + ":" + key,
                 nlohmann::json{{key, before ? nlohmann::json(*before) : nlohmann::json()}}.dump(),
                 nlohmann::json{{key, value}}.dump()});
  transaction.commit();
}

}  // namespace gongkai::requests
