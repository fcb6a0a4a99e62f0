#include "requests/reply_period_rules.h"

#include "core/errors.h"

namespace gongkai::requests {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

const std::vector<ReplyPeriodRule>& reply_period_rules() {
  static const std::vector<ReplyPeriodRule> rules = {
      {"2008", "《中华人民共和国政府信息公开条例》（2008年）", CivilDate{year{2008}, month{5}, day{1}}, "第二十四条",
       15, 15, "第二十四条第二款", "第二十一条", 0, "第二十三条", 0},
      {"2019", "《中华人民共和国政府信息公开条例》（2019年修订）", CivilDate{year{2019}, month{5}, day{15}},
       "第三十三条", 20, 20, "第三十三条第二款", "第三十条", 7, "第三十二条", 15},
  };
  return rules;
}

const ReplyPeriodRule& rule_for_receipt(CivilDate received_on) {
  const auto& rules = reply_period_rules();
  for (auto it = rules.rbegin(); it != rules.rend(); ++it) {
    if (received_on >= it->in_force_from) return *it;
  }
  throw InvalidInput("收到申请日期早于《政府信息公开条例》施行日（2008年5月1日）：" + format_date(received_on));
}

}  // namespace gongkai::requests
