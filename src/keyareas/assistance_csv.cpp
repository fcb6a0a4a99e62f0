#include "keyareas/assistance_csv.h"

namespace gongkai::keyareas {
namespace {

std::string field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string count(const std::optional<int64_t>& value) { return value ? std::to_string(*value) : ""; }

}  // namespace

std::string figures_csv(const std::vector<AssistanceFigures>& records) {
  std::string text = "\xEF\xBB\xBF项目,统计期,户数,人数,人次,金额（元）,数据来源,公开日期\r\n";
  for (const auto& r : records) {
    text += field(std::string(r.programme->short_name)) + "," + period_key(r.programme->frequency, r.period) + "," +
            count(r.households) + "," + count(r.persons) + "," + count(r.person_times) + "," +
            format_yuan(r.amount, false) + "," + field(r.source) + "," + format_date(r.published_on) + "\r\n";
  }
  return text;
}

}  // namespace gongkai::keyareas
