// gongkai/engagement/moment.h
//
// The instant a change happens, passed into every engagement function so
// that rules about time (open/closed, one hour of submissions, due dates)
// are tested without sleeping. Stored as UTC "YYYY-MM-DDTHH:MM:SSZ", which
// sorts as text; the civil date that counts (收到日期, 答复日期) is China's.
#pragma once

#include <chrono>
#include <string>

#include "core/civil_date.h"

namespace gongkai::engagement {

struct Moment {
  std::chrono::sys_seconds instant;

  // The present moment (the routes' default).
  static Moment now();
  // A moment at `hh:mm` China time on `date` (tests and demo data).
  static Moment china(CivilDate date, int hour = 9, int minute = 0);

  // The civil date in China (UTC+8).
  CivilDate china_date() const;
  // "2017-03-26T01:30:00Z".
  std::string iso() const;
  // The same for a moment `seconds` earlier.
  std::string iso_minus(std::chrono::seconds seconds) const;
};

}  // namespace gongkai::engagement
