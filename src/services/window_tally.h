// gongkai/services/window_tally.h
//
// The year's 政务服务 figures for the annual report (二、（五）加强行政审批服务
// 窗口管理): the items published on the last day of `year` (all, and
// 行政许可), and the window cases received in `year` — accepted, refused
// (不予受理), concluded in the year (准予 / 不予, on time / late against the
// promised limit) and still open on 31 December — each derived from the
// cases' events as of that day (window_clock.h).
#pragma once

#include <cstdint>

#include "core/working_day_calendar.h"
#include "store/database.h"

namespace gongkai::services {

struct WindowYearTally {
  int items_published = 0;
  int licensing_items = 0;   // of them 行政许可 (the source's 行政审批事项)
  int received = 0;
  int accepted = 0;          // received in the year and accepted by 31 December
  int refused = 0;           // 不予受理
  int concluded = 0;         // concluded by 31 December
  int granted = 0;
  int denied = 0;
  int concluded_on_time = 0;
  int concluded_late = 0;
  int open_at_year_end = 0;
};

WindowYearTally tally_window_year(store::Connection& connection, const WorkingDayCalendar& calendar,
                                  int64_t agency_id, int year);

}  // namespace gongkai::services
