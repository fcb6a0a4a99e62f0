// gongkai/core/civil_date.h
//
// Civil dates (no time of day, no zone) as std::chrono::year_month_day, and
// the strict YYYY-MM-DD text form used in URLs, files, the store and the CLI.
// "Today" is the date in China (UTC+8), whatever the server's zone.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

using CivilDate = std::chrono::year_month_day;

// Parses exactly "YYYY-MM-DD" (four-digit year, two-digit month and day) and
// rejects impossible dates such as 2017-02-30. Returns nullopt on any defect.
std::optional<CivilDate> parse_date(std::string_view text);

// Like parse_date, but throws InvalidInput naming `what` (e.g. "成文日期").
CivilDate require_date(std::string_view text, std::string_view what);

// "2017-03-26".
std::string format_date(CivilDate date);

// "2017年3月26日", the form used in letters and reports.
std::string format_date_chinese(CivilDate date);

// The date in China now.
CivilDate today_in_china();

// Local date-time in China now, as "2017-03-26T09:30:00+08:00".
std::string now_iso8601_china();

// Days since 1970-01-01, and back; handy for arithmetic and storage.
int days_since_epoch(CivilDate date);
CivilDate from_days_since_epoch(int days);

// 0 = Monday … 6 = Sunday.
int iso_weekday_index(CivilDate date);

}  // namespace gongkai
