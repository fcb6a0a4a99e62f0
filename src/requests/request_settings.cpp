#include "requests/request_settings.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "core/field_text.h"
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

void check_value(const RequestSettingInfo& setting, const std::string& value) {
  if (value.empty()) throw InvalidInput("请填写" + std::string(setting.name));
  check_length(value, setting.name, setting.max_chars);
  if (setting.values.empty()) return;
  if (std::find(setting.values.begin(), setting.values.end(), value) == setting.values.end()) {
    throw InvalidInput(std::string(setting.name) + "的取值不正确：" + value);
  }
}

}  // namespace

const std::vector<RequestSettingInfo>& request_settings() {
  static const std::vector<RequestSettingInfo> settings{
      {"requests.reply_number_prefix", "答复书文号前缀", 20, {}, {},
       "文号为“前缀〔年份〕序号号”，如 吴民政依复〔2017〕1号；未设置时为机关名称加“依复”。"},
      {"requests.correction_number_prefix", "补正告知书文号前缀", 20, {}, {}, "未设置时为机关名称加“依补”。"},
      {"requests.extension_number_prefix", "延期答复告知书文号前缀", 20, {}, {}, "未设置时为机关名称加“依延”。"},
      {"requests.fee_number_prefix", "缴费通知书文号前缀", 20, {}, {}, "未设置时为机关名称加“依费”。"},
      {"requests.reconsideration_body", "行政复议机关", 60, {}, {},
       "写入每份答复书的救济途径，如 吴忠市人民政府；未设置时写“有管辖权的行政复议机关”。"},
      {"requests.fee_time_counted", "收费通知至缴费期间计入答复期限", 1, {"0", "1"}, {"不计入", "计入"},
       "自发出缴费通知至申请人缴费之日的期间是否计入答复期限；按通行做法默认不计入。"},
  };
  return settings;
}

std::optional<std::string> request_setting(store::Connection& connection, int64_t agency_id, const std::string& key) {
  setting_info(key);
  return repository::agency_setting(connection, agency_id, key);
}

void set_request_setting(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                         const std::string& key, const std::string& value) {
  set_request_settings(connection, actor, agency_id, {{key, value}});
}

void set_request_settings(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                          const std::vector<std::pair<std::string, std::string>>& changes) {
  for (const auto& [key, value] : changes) check_value(setting_info(key), value);
  store::Transaction transaction(connection);
  if (!org::find_agency_by_id(connection, agency_id)) throw NotFound("机关不存在");
  for (const auto& [key, value] : changes) {
    const auto before = repository::agency_setting(connection, agency_id, key);
    repository::put_agency_setting(connection, agency_id, key, value);
    audit::record(connection, actor,
                  {"setting.update", "agency_setting", std::to_string(agency_id) + ":" + key,
                   nlohmann::json{{key, before ? nlohmann::json(*before) : nlohmann::json()}}.dump(),
                   nlohmann::json{{key, value}}.dump()});
  }
  transaction.commit();
}

}  // namespace gongkai::requests
