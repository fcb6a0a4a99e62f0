// gongkai/workflow/timeliness.h
//
// How soon proactive information must be published (时效): within 20 working
// days of being formed or changed. The period is law, kept as data in one
// table named after its article; the at-risk threshold is the office's own
// practice and stated beside it. Working days come from the calendar
// (core/working_day_calendar.h): holidays skipped, 调休 days counted, the
// starting day not counted.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.h"
#include "core/working_day_calendar.h"

namespace gongkai::workflow {

struct PublicationPeriod {
  std::string_view article;  // 《政府信息公开条例》第二十六条
  std::string_view rule;     // the article's words
  int working_days;          // 20
};

// 《政府信息公开条例》第二十六条: 属于主动公开范围的政府信息，应当自该政府信息
// 形成或者变更之日起20个工作日内及时公开。
const PublicationPeriod& proactive_publication_period();

// An unpublished item with this many working days left or fewer is "at risk"
// (临期); the disclosure office's practice, not law.
inline constexpr int kAtRiskWorkingDays = 5;

struct Timeliness {
  CivilDate formed;                    // 形成或变更日期
  CivilDate due;                       // the last day to publish
  std::optional<CivilDate> published;  // 发布日期, when published
  int working_days_left = 0;  // from today (or the publication day) to the due date; negative = overdue by that many
  bool overdue = false;       // unpublished past the due date, or published after it
  bool at_risk = false;       // unpublished, not overdue, working_days_left <= kAtRiskWorkingDays
  bool provisional = false;   // the count crosses a year with no announced holiday calendar
  std::string status;         // 剩余N个工作日 / 已逾期N个工作日 / 按期发布 / 逾期N个工作日发布
  std::string explanation;    // how the due date was reached, in Chinese
};

// The timeliness of information formed on `formed`, published on `published`
// (nullopt when not yet published), judged on `today`.
Timeliness assess_timeliness(const WorkingDayCalendar& calendar, CivilDate formed,
                             std::optional<CivilDate> published, CivilDate today);

}  // namespace gongkai::workflow
