#include "requests/reply_period_rules.h"

#include "core/errors.h"

namespace gongkai::requests {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

const std::vector<ReplyPeriodRule>& reply_period_rules() {
  static const std::vector<ReplyPeriodRule> rules = {
      {.key = "2008",
       .regulation = "《中华人民共和国政府信息公开条例》（2008年）",
       .in_force_from = CivilDate{year{2008}, month{5}, day{1}},
       .reply_article = "第二十四条",
       .reply_days = 15,
       .extension_days = 15,
       .extension_article = "第二十四条第二款",
       .correction_article = "第二十一条",
       .correction_notice_days = 0,
       .abandoned_without_correction = false,
       .third_party_article = "第二十三条",
       .third_party_days = 0,
       .information_fee = false},
      {.key = "2019",
       .regulation = "《中华人民共和国政府信息公开条例》（2019年修订）",
       .in_force_from = CivilDate{year{2019}, month{5}, day{15}},
       .reply_article = "第三十三条",
       .reply_days = 20,
       .extension_days = 20,
       .extension_article = "第三十三条第二款",
       .correction_article = "第三十条",
       .correction_notice_days = 7,
       .abandoned_without_correction = true,
       .third_party_article = "第三十二条",
       .third_party_days = 15,
       .information_fee = true},
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
