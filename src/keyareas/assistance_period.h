// gongkai/keyareas/assistance_period.h
//
// The statistical period (统计期) of a programme's figures, by its frequency:
//   monthly        "2017-03"     → 2017-03-01 … 2017-03-31   "2017年3月"
//   quarterly      "2017-Q1"     → 2017-01-01 … 2017-03-31   "2017年第一季度"
//   yearly         "2017"        → 2017-01-01 … 2017-12-31   "2017年"
//   disbursement   "2017-06-26"  → that day                  "2017年6月26日发放"
// Parsing checks the text against the programme's frequency.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "keyareas/assistance_programme.h"

namespace gongkai::keyareas {

struct AssistancePeriod {
  CivilDate start;
  CivilDate end;
  friend bool operator==(const AssistancePeriod&, const AssistancePeriod&) = default;
};

// Throws InvalidInput ("统计期格式应为…") when `text` is not a period of `frequency`.
AssistancePeriod parse_period(Frequency frequency, std::string_view text);

// The period of `frequency` that contains `day` (a disbursement: the day itself).
AssistancePeriod period_containing(Frequency frequency, CivilDate day);

// The period after `period` (not defined for disbursements: returns the next day).
AssistancePeriod next_period(Frequency frequency, const AssistancePeriod& period);

// "2017-03", "2017-Q1", "2017", "2017-06-26": the form parse_period reads.
std::string period_key(Frequency frequency, const AssistancePeriod& period);

// "2017年3月", "2017年第一季度", "2017年", "2017年6月26日".
std::string period_label(Frequency frequency, const AssistancePeriod& period);

// What the period field expects, for forms and messages: "YYYY-MM（如2017-03）".
std::string_view period_format_hint(Frequency frequency);

}  // namespace gongkai::keyareas
