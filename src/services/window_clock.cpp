#include "services/window_clock.h"

#include <algorithm>

#include <fmt/format.h>

namespace gongkai::services {
namespace {

struct PhaseInfo {
  WindowPhase phase;
  std::string_view key;
  std::string_view name;
};

constexpr PhaseInfo kPhases[] = {
    {WindowPhase::kAwaitingMaterials, "awaiting_materials", "待补正（未受理）"},
    {WindowPhase::kAccepted, "accepted", "已受理"},
    {WindowPhase::kReviewing, "reviewing", "审查中"},
    {WindowPhase::kAwaitingCorrection, "awaiting_correction", "补正中（暂停计时）"},
    {WindowPhase::kDecided, "decided", "已决定，待办结"},
    {WindowPhase::kConcluded, "concluded", "已办结"},
    {WindowPhase::kRefused, "refused", "不予受理"},
};

std::vector<std::string> materials_of(const WindowEvent& event) {
  std::vector<std::string> out;
  if (!event.data.contains("materials") || !event.data["materials"].is_array()) return out;
  for (const auto& m : event.data["materials"]) {
    if (m.is_string()) out.push_back(m.get<std::string>());
  }
  return out;
}

int data_int(const WindowEvent& event, const char* name) {
  return event.data.contains(name) && event.data[name].is_number_integer() ? event.data[name].get<int>() : 0;
}

// Replays the events into phases, dates and pauses (no counting yet).
void replay(WindowClock& clock, const std::vector<WindowEvent>& events, CivilDate today) {
  WindowPhase before_pause = WindowPhase::kAccepted;
  for (const auto& e : events) {
    switch (e.kind) {
      case WindowEventKind::kAccepted:
        clock.phase = WindowPhase::kAccepted;
        clock.accepted_on = e.on;
        clock.legal_days = data_int(e, "legal_days");
        clock.promised_days = data_int(e, "promised_days");
        break;
      case WindowEventKind::kRefused:
        clock.phase = WindowPhase::kRefused;
        clock.closed_on = e.on;
        clock.refusal_reason = e.comment;
        break;
      case WindowEventKind::kCorrectionRequested:
        clock.correction_materials = materials_of(e);
        if (!clock.accepted_on) {
          clock.phase = WindowPhase::kAwaitingMaterials;
          break;
        }
        before_pause = clock.phase;
        clock.phase = WindowPhase::kAwaitingCorrection;
        clock.pauses.push_back({e.on, today, true, true, 0});
        break;
      case WindowEventKind::kCorrected:
        if (!clock.pauses.empty() && clock.pauses.back().ongoing) {
          clock.pauses.back().until = e.on;
          clock.pauses.back().ongoing = false;
        }
        clock.phase = before_pause;
        break;
      case WindowEventKind::kReviewed:
        clock.phase = WindowPhase::kReviewing;
        break;
      case WindowEventKind::kDecided:
        clock.phase = WindowPhase::kDecided;
        clock.granted = e.data.value("granted", false);
        clock.decided_on = e.on;
        if (!*clock.granted) clock.refusal_reason = e.comment;
        break;
      case WindowEventKind::kConcluded:
        clock.phase = WindowPhase::kConcluded;
        clock.closed_on = e.on;
        break;
      case WindowEventKind::kNote:
        break;
    }
  }
}

void note_count(WindowClock& clock, const WorkingDayCount& count) {
  for (const auto& step : count.steps) clock.explanation.push_back(step);
  clock.provisional = clock.provisional || count.provisional;
}

// Moves the due date over each pause asked before it, and says so.
CivilDate due_over_pauses(WindowClock& clock, const WorkingDayCalendar& calendar, CivilDate due) {
  for (auto& pause : clock.pauses) {
    pause.working_days = calendar.working_days_between(pause.from, pause.until);
    if (pause.ongoing) {
      clock.explanation.push_back(fmt::format("{}告知补正，自次日起暂停计时，收到补正材料后继续计算。",
                                              format_date_chinese(pause.from)));
      continue;
    }
    if (pause.from >= due) {
      pause.moves_due = false;
      clock.explanation.push_back(fmt::format("{}告知补正时已到期限，期限不顺延。", format_date_chinese(pause.from)));
      continue;
    }
    clock.paused_days += pause.working_days;
    const WorkingDayCount moved = calendar.add_working_days(due, pause.working_days);
    clock.explanation.push_back(fmt::format("{}告知补正，{}收到补正材料，其间{}个工作日不计入办理时限，期限顺延至{}。",
                                            format_date_chinese(pause.from), format_date_chinese(pause.until),
                                            pause.working_days, format_date_chinese(moved.due)));
    note_count(clock, moved);
    due = moved.due;
  }
  return due;
}

void count_days(WindowClock& clock, const WorkingDayCalendar& calendar, CivilDate today) {
  const CivilDate accepted = *clock.accepted_on;
  clock.explanation.push_back(fmt::format("{}受理；承诺办结时限{}个工作日（法定{}个工作日），自受理次日起算。",
                                          format_date_chinese(accepted), clock.promised_days, clock.legal_days));
  const WorkingDayCount promised = calendar.add_working_days(accepted, clock.promised_days);
  note_count(clock, promised);
  const CivilDate due = due_over_pauses(clock, calendar, promised.due);
  const bool waiting = clock.phase == WindowPhase::kAwaitingCorrection;
  if (!waiting) {
    clock.due_on = due;
    const WorkingDayCount legal = calendar.add_working_days(accepted, clock.legal_days + clock.paused_days);
    clock.legal_due_on = legal.due;
    clock.provisional = clock.provisional || legal.provisional;
    clock.explanation.push_back("承诺办结期限：" + format_date_chinese(due) + "；法定办结期限：" +
                                format_date_chinese(legal.due) + "。");
  }
  const CivilDate end = clock.closed_on.value_or(today);
  int paused = 0;
  for (const auto& pause : clock.pauses) paused += calendar.working_days_between(pause.from, std::min(pause.until, end));
  clock.used_days = calendar.working_days_between(accepted, end) - paused;
  clock.left_days = clock.promised_days - clock.used_days;
  if (clock.provisional) clock.explanation.push_back("（暂定：部分年份的节假日安排尚未公布，仅扣除周末。）");
}

}  // namespace

std::string_view window_phase_key(WindowPhase phase) {
  for (const auto& info : kPhases) {
    if (info.phase == phase) return info.key;
  }
  return "accepted";
}

std::string_view window_phase_name(WindowPhase phase) {
  for (const auto& info : kPhases) {
    if (info.phase == phase) return info.name;
  }
  return "已受理";
}

WindowClock derive_window_clock(CivilDate received_on, const std::vector<WindowEvent>& events,
                                const WorkingDayCalendar& calendar, CivilDate today) {
  WindowClock clock;
  clock.received_on = received_on;
  replay(clock, events, today);
  if (clock.accepted_on) count_days(clock, calendar, today);
  return clock;
}

}  // namespace gongkai::services
