// gongkai/services/window_clock.h
//
// The state and the time limit of a window case (窗口办件), derived from its
// event list (window_event.h) with the working-day calendar — never stored.
// The rules (docs/services.md):
//   - the clock starts on the day of acceptance (受理) and counts working days
//     from the next day: the promised limit (承诺办结时限) gives the due date,
//     the legal limit (法定办结时限) a second, later one; both are the item's
//     as recorded in the acceptance event, so a later edit of the item does
//     not move a running case. A limit of 0 is due on the day of acceptance;
//   - the clock runs until 办结 (conclusion), not only to the decision;
//   - 补正 before acceptance (材料不全, 一次性告知) starts no clock: the case
//     waits, then is accepted or refused;
//   - 补正 after acceptance stops the clock: the working days in
//     (day the correction was asked, day the materials came] are not counted,
//     and the due date moves by as many working days — unless the correction
//     was asked on or after the due date, which then stays. While waiting
//     there is no due date (the pause is open-ended).
// `explanation` says, in Chinese, how the due date was reached: the day of
// acceptance and the limits, the holidays skipped, each pause, the result.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/working_day_calendar.h"
#include "services/window_event.h"

namespace gongkai::services {

enum class WindowPhase {
  kAwaitingMaterials,   // 待补正（未受理）: 材料不全, no clock yet
  kAccepted,            // 已受理
  kReviewing,           // 审查中
  kAwaitingCorrection,  // 补正中（暂停计时）
  kDecided,             // 已决定，待办结
  kConcluded,           // 已办结
  kRefused,             // 不予受理
};

std::string_view window_phase_key(WindowPhase phase);   // awaiting_materials, accepted, reviewing, …
std::string_view window_phase_name(WindowPhase phase);  // 待补正（未受理）, 已受理, …

// A stretch of working days not counted: (from, until].
struct WindowPause {
  CivilDate from;        // the day the correction was asked
  CivilDate until;       // the day the materials came (today while waiting)
  bool ongoing = false;
  bool moves_due = true; // false when asked on or after the due date
  int working_days = 0;
};

struct WindowClock {
  WindowPhase phase = WindowPhase::kAwaitingMaterials;
  CivilDate received_on;
  std::optional<CivilDate> accepted_on;
  int legal_days = 0;
  int promised_days = 0;
  std::vector<WindowPause> pauses;
  int paused_days = 0;                     // working days of the pauses that moved the due date
  std::optional<CivilDate> due_on;         // the promised limit; none before acceptance, while waiting, when refused
  std::optional<CivilDate> legal_due_on;
  int used_days = 0;                       // working days counted to today or to conclusion
  int left_days = 0;                       // promised_days - used_days (negative once overdue)
  std::optional<bool> granted;             // once decided: 准予 / 不予
  std::optional<CivilDate> decided_on;
  std::optional<CivilDate> closed_on;      // 办结 or 不予受理
  std::string refusal_reason;              // 不予受理 or 不予许可 reason
  std::vector<std::string> correction_materials;  // of the last correction asked
  bool provisional = false;                // a year without an announced calendar was counted
  std::vector<std::string> explanation;

  bool open() const { return phase != WindowPhase::kConcluded && phase != WindowPhase::kRefused; }
  bool overdue(CivilDate today) const { return open() && due_on && today > *due_on; }
  bool concluded_late() const { return phase == WindowPhase::kConcluded && due_on && closed_on && *closed_on > *due_on; }
};

// Replays `events` (in the order recorded; the first is the registration)
// of a case received on `received_on`, as of `today`.
WindowClock derive_window_clock(CivilDate received_on, const std::vector<WindowEvent>& events,
                                const WorkingDayCalendar& calendar, CivilDate today);

}  // namespace gongkai::services
