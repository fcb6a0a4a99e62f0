// gongkai/keyareas/assistance_schedule.h
//
// When each programme's figures are due (公开时限): the figures of a period
// are due within kPublicationWorkingDays working days after the period ends
// — 10, the 公开时限 the base-level social-assistance disclosure directory
// sets for information made or obtained (spec/conventions.md). Monthly,
// quarterly and yearly programmes are scheduled from the first period the
// agency has figures for, up to the last period that has ended; a
// per-disbursement programme has no schedule (its payments are not known in
// advance). A period is on time, late (published after its due date), overdue
// (not published, due date passed) or pending (not published, not yet due).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/working_day_calendar.h"
#include "keyareas/assistance_period.h"
#include "keyareas/assistance_programme.h"
#include "store/database.h"

namespace gongkai::keyareas {

inline constexpr int kPublicationWorkingDays = 10;

enum class ScheduleStatus { kOnTime, kLate, kOverdue, kPending };

std::string_view schedule_status_label(ScheduleStatus status);  // 按时公开 逾期公开 逾期未公开 待公开

struct ScheduledPeriod {
  AssistancePeriod period;
  CivilDate due;
  std::optional<CivilDate> published_on;
  ScheduleStatus status = ScheduleStatus::kPending;
};

// The programme's schedule for the agency, oldest period first.
std::vector<ScheduledPeriod> publication_schedule(store::Connection& connection, const WorkingDayCalendar& calendar,
                                                  int64_t agency_id, const AssistanceProgramme& programme,
                                                  CivilDate today);

// Per programme with overdue periods: how many, and the oldest.
struct OverduePublications {
  const AssistanceProgramme* programme = nullptr;
  int count = 0;
  AssistancePeriod oldest;
  CivilDate oldest_due;
};

std::vector<OverduePublications> overdue_publications(store::Connection& connection,
                                                      const WorkingDayCalendar& calendar, int64_t agency_id,
                                                      CivilDate today);

}  // namespace gongkai::keyareas
