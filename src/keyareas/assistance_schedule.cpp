#include "keyareas/assistance_schedule.h"

#include <map>

#include "keyareas/assistance_repository.h"

namespace gongkai::keyareas {

std::string_view schedule_status_label(ScheduleStatus status) {
  switch (status) {
    case ScheduleStatus::kOnTime: return "按时公开";
    case ScheduleStatus::kLate: return "逾期公开";
    case ScheduleStatus::kOverdue: return "逾期未公开";
    case ScheduleStatus::kPending: return "待公开";
  }
  return "";
}

std::vector<ScheduledPeriod> publication_schedule(store::Connection& connection, const WorkingDayCalendar& calendar,
                                                  int64_t agency_id, const AssistanceProgramme& programme,
                                                  CivilDate today) {
  std::vector<ScheduledPeriod> schedule;
  if (programme.frequency == Frequency::kDisbursement) return schedule;
  const auto records = detail::select_figures(connection, agency_id, programme.key);
  if (records.empty()) return schedule;
  std::map<int, CivilDate> published;  // period start (days) → published_on
  for (const auto& r : records) published.emplace(days_since_epoch(r.period.start), r.published_on);

  for (AssistancePeriod p = period_containing(programme.frequency, records.front().period.start); p.end < today;
       p = next_period(programme.frequency, p)) {
    ScheduledPeriod entry{p, calendar.add_working_days(p.end, kPublicationWorkingDays).due, std::nullopt,
                          ScheduleStatus::kPending};
    if (const auto found = published.find(days_since_epoch(p.start)); found != published.end()) {
      entry.published_on = found->second;
      entry.status = found->second <= entry.due ? ScheduleStatus::kOnTime : ScheduleStatus::kLate;
    } else if (today > entry.due) {
      entry.status = ScheduleStatus::kOverdue;
    }
    schedule.push_back(entry);
  }
  return schedule;
}

std::vector<OverduePublications> overdue_publications(store::Connection& connection,
                                                      const WorkingDayCalendar& calendar, int64_t agency_id,
                                                      CivilDate today) {
  std::vector<OverduePublications> out;
  for (const auto& programme : assistance_programmes()) {
    OverduePublications summary{&programme, 0, {}, {}};
    for (const auto& entry : publication_schedule(connection, calendar, agency_id, programme, today)) {
      if (entry.status != ScheduleStatus::kOverdue) continue;
      if (summary.count++ == 0) {
        summary.oldest = entry.period;
        summary.oldest_due = entry.due;
      }
    }
    if (summary.count > 0) out.push_back(summary);
  }
  return out;
}

}  // namespace gongkai::keyareas
