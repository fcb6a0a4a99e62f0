// gongkai/requests/reply_period_rules.h
//
// The periods of disclosure on request, as the regulation in force on the day
// of receipt sets them: one row per version of the 政府信息公开条例 (2008
// Art. 24; 2019 Arts. 30, 32, 33), plus the fee-payment period of
// 国办函〔2020〕109号. All periods are working days counted from the day after
// the starting day (core/working_day_calendar.h). A period of 0 means the
// version sets none.
#pragma once

#include <string_view>
#include <vector>

#include "core/civil_date.h"

namespace gongkai::requests {

struct ReplyPeriodRule {
  std::string_view key;               // "2008", "2019"
  std::string_view regulation;        // "《中华人民共和国政府信息公开条例》（2019年修订）"
  CivilDate in_force_from;            // applications received on or after this day
  std::string_view reply_article;     // "第三十三条"
  int reply_days = 0;                 // 答复期限
  int extension_days = 0;             // at most, once, with the office head's consent
  std::string_view extension_article; // "第三十三条第二款", cited by the 延期答复告知书
  std::string_view correction_article;  // "第三十条"
  int correction_notice_days = 0;     // 补正 must be asked within this many days of receipt
  bool abandoned_without_correction = false;  // no correction in time: deemed abandoned (2019 only)
  std::string_view third_party_article;  // "第三十二条"
  int third_party_days = 0;           // the third party's time to answer
  bool information_fee = false;       // 信息处理费 (国办函〔2020〕109号) may be charged (2019 only)
};

// Every version, oldest first.
const std::vector<ReplyPeriodRule>& reply_period_rules();

// The version that governs an application received on `received_on`.
// Throws InvalidInput for a day before the 2008 regulation (2008-05-01).
const ReplyPeriodRule& rule_for_receipt(CivilDate received_on);

// 国办函〔2020〕109号: the applicant pays within 20 working days of the day after
// receiving the fee notice, or the application is deemed abandoned.
inline constexpr int kFeePaymentDays = 20;

}  // namespace gongkai::requests
