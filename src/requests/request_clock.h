// gongkai/requests/request_clock.h
//
// The legal clock of an application, derived from its day of receipt and its
// event list (request_event.h) with the working-day calendar — never stored.
// The rules (reply_period_rules.h):
//   - the reply period runs from the day after receipt, N working days
//     (2008: 15, 2019: 20 — chosen by the day of receipt);
//   - a request for correction (补正) stops the clock; on receipt of the
//     corrected application the period runs afresh from that day;
//   - the days of a third-party consultation (in (sent, answered], at most
//     until the third party's 15 working days run out) and, unless the agency
//     counts them, the days from a fee notice to payment (at most until the
//     notice's pay_by; unpaid, the clock runs again after it) are not counted;
//   - one extension adds its days.
// The deadline explains itself: `explanation` lists, in Chinese, the day of
// receipt, the rule and article, the calendar notices used, each pause and
// restart, the extension, the holidays skipped and the result.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/working_day_calendar.h"
#include "requests/reply_period_rules.h"
#include "requests/request_event.h"

namespace gongkai::requests {

enum class RequestPhase {
  kProcessing,            // 办理中: the clock runs
  kAwaitingCorrection,    // 待补正: the clock is stopped
  kConsultingThirdParty,  // 征求第三方意见中: the clock is paused
  kAwaitingFee,           // 待缴费: the clock is paused (unless the agency counts it)
  kClosed,                // 已办结
};

std::string_view phase_key(RequestPhase phase);   // processing, awaiting_correction, consulting, awaiting_fee, closed
std::string_view phase_name(RequestPhase phase);  // 办理中, 待补正, …

// Agency practice the regulation leaves open (agency settings).
struct ClockPolicy {
  bool fee_time_counted = false;  // count the days from fee notice to payment in the reply period
};

// A stretch of days not counted: (from, until], working days only.
struct ClockPause {
  std::string reason;           // "征求第三方意见", "收费通知至缴费"
  CivilDate from;
  CivilDate until;              // the last day not counted (today while it lasts)
  bool ongoing = false;
  int working_days = 0;
};

struct RequestClock {
  ReplyPeriodRule rule;
  RequestPhase phase = RequestPhase::kProcessing;
  CivilDate received_on;
  CivilDate period_start;       // the day of receipt, or of the corrected application
  int reply_days = 0;           // the rule's N
  int extension_days = 0;
  int paused_days = 0;          // working days of all pauses after period_start
  std::vector<ClockPause> pauses;
  std::optional<CivilDate> due_on;   // none while awaiting correction
  int used_days = 0;            // working days counted up to today or closure
  int left_days = 0;            // reply_days + extension_days - used_days (negative once overdue)
  std::optional<CivilDate> closed_on;
  std::string outcome;          // reply_outcomes.h key, once closed
  std::string reply_number;
  std::optional<CivilDate> correction_requested_on;
  std::optional<CivilDate> correction_due;   // the applicant's deadline to correct
  std::optional<CivilDate> third_party_due;  // while consulting
  std::optional<CivilDate> fee_pay_by;       // while awaiting payment
  bool extended = false;
  bool provisional = false;     // a year without an announced calendar was counted
  std::vector<std::string> explanation;

  bool overdue(CivilDate today) const { return phase != RequestPhase::kClosed && due_on && today > *due_on; }
  bool replied_late() const { return closed_on && due_on && *closed_on > *due_on; }
};

// Replays `events` (in the order recorded) of an application received on
// `received_on`, as of `today`.
RequestClock derive_clock(CivilDate received_on, const std::vector<RequestEvent>& events,
                          const WorkingDayCalendar& calendar, CivilDate today, ClockPolicy policy = {});

}  // namespace gongkai::requests
