// gongkai/annualreport/year_comparison.h
//
// The comparison with the previous year as the report writes it after a
// count: "，比上年增加5条，增长6.0%" / "，比上年减少3件，下降20.0%" /
// "，与上年持平". The percentage has one decimal, rounded half up, and is
// left out when last year's count was 0 ("，比上年增加3件").
// A comparison is made only when the previous year is wholly on record: the
// first record of that kind is dated in January of the previous year or
// earlier (an agency whose records begin in March 2016 gets no comparison in
// its 2017 report, rather than a misleading one).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gongkai::annualreport {

// Whether `first_record` (YYYY-MM-DD, nullopt = no record) covers the whole
// of the year before `year`.
bool previous_year_on_record(const std::optional<std::string>& first_record, int year);

// The clause after a count, with its leading "，"; `unit` is 条, 件 …
std::string comparison_clause(int64_t current, int64_t previous, const std::string& unit);

}  // namespace gongkai::annualreport
