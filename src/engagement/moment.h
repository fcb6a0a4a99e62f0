// gongkai/engagement/moment.h
//
// The instant a change happens, passed into every engagement function so
// that rules about time (open/closed, one hour of submissions, due dates)
// are tested without sleeping. Stored as UTC "YYYY-MM-DDTHH:MM:SSZ", which
// sorts as text; the civil date that counts (收到日期, 答复日期) is China's.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

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

  // The moment stored as iso() text; nullopt when the text is not in that form.
  static std::optional<Moment> parse_iso(std::string_view text);
  // "2017-04-24 15:00" in China time.
  std::string china_text() const;
};

// A stored instant shown in China time ("2017-04-24 15:00"); the text itself
// when it is not in the stored form.
std::string china_time_text(const std::string& stored);

}  // namespace gongkai::engagement
