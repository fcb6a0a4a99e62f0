// gongkai/core/working_day_calendar.h
//
// Working days (工作日) as the State Council's yearly holiday notices set them:
// Monday to Friday, less the official days off, plus the weekend days declared
// working days (调休上班). The calendar is data: one JSON file a year under
// data/holidays/, keyed by date (a notice may set days of the previous year).
//
// A period "N个工作日" is counted from the day after the starting day: the
// starting day itself is never counted. For a date in a year that has no
// announced calendar, only weekends are skipped and the result is marked
// provisional, with a note saying so.
//
// A WorkingDayCalendar is immutable after loading and safe to share between threads.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/civil_date.h"

namespace gongkai {

enum class DayKind {
  kWorkingDay,        // an ordinary Monday–Friday
  kWeekend,           // Saturday or Sunday, not declared a working day
  kHoliday,           // an official day off (节假日), weekday or not
  kMakeUpWorkingDay,  // a weekend day declared a working day (调休上班)
};

// One year's notice(s), as recorded in data/holidays/<year>.json.
struct HolidayNotice {
  int year = 0;
  std::vector<std::string> sources;  // titles, document numbers or addresses of the notices
};

// A day the notices set apart from the Monday–Friday rule.
struct SpecialDay {
  DayKind kind = DayKind::kHoliday;  // kHoliday or kMakeUpWorkingDay
  std::string name;                  // the festival, e.g. "春节"
};

// The answer to "N working days after D", with how it was reached.
struct WorkingDayCount {
  CivilDate from;              // the starting day (not counted)
  int days = 0;                // N
  CivilDate due;               // the N-th working day after `from`
  bool provisional = false;    // some day counted lies in a year with no announced calendar
  std::vector<int> unannounced_years;  // those years, ascending (empty unless provisional)
  std::vector<std::string> steps;  // human-readable notes, in Chinese: holidays skipped, make-up days counted, provisional years
};

// The largest N add_working_days accepts (about ten years of working days).
inline constexpr int kMaxWorkingDays = 2500;

class WorkingDayCalendar {
 public:
  // Reads every <year>.json in `dir`. Throws InvalidInput naming the file and
  // the defect when a file is malformed.
  static WorkingDayCalendar load(const std::filesystem::path& dir);

  // Builds a calendar from explicit days (tests, and data from other sources).
  WorkingDayCalendar(std::map<CivilDate, SpecialDay> special_days, std::set<int> announced_years,
                     std::vector<HolidayNotice> notices);
  WorkingDayCalendar() = default;

  DayKind kind_of(CivilDate date) const;
  bool is_working_day(CivilDate date) const;

  // True when an official calendar is loaded for the year of `date`.
  bool is_announced(int year) const;
  int first_year() const;
  int last_year() const;
  const std::vector<HolidayNotice>& notices() const { return notices_; }

  // The N-th working day after `from` (N >= 0; N = 0 answers `from` itself).
  // Throws InvalidInput for a negative N or one above kMaxWorkingDays.
  WorkingDayCount add_working_days(CivilDate from, int days) const;

  // Working days in (from, to]: 0 when to <= from.
  int working_days_between(CivilDate from, CivilDate to) const;

 private:
  std::map<CivilDate, SpecialDay> special_days_;
  std::set<int> announced_years_;
  std::vector<HolidayNotice> notices_;
};

// The answer as the CLI prints it: the due date (YYYY-MM-DD) on the first
// line, then one line per step, then "（暂定：…）" when provisional. Ends
// with a newline.
std::string format_working_day_count(const WorkingDayCount& count);

}  // namespace gongkai
