// gongkai/annualreport/year_comparison.cpp
#include "annualreport/year_comparison.h"

#include <fmt/format.h>

namespace gongkai::annualreport {
namespace {

// |change| / previous in per mille, rounded half up: 6.04% → 60.
int64_t per_mille(int64_t change, int64_t previous) { return (change * 2000 + previous) / (2 * previous); }

}  // namespace

bool previous_year_on_record(const std::optional<std::string>& first_record, int year) {
  if (!first_record) return false;
  return *first_record <= fmt::format("{}-01-31", year - 1);
}

std::string comparison_clause(int64_t current, int64_t previous, const std::string& unit) {
  if (current == previous) return "，与上年持平";
  const bool more = current > previous;
  const int64_t change = more ? current - previous : previous - current;
  auto clause = fmt::format("，比上年{}{}{}", more ? "增加" : "减少", change, unit);
  if (previous == 0) return clause;
  const auto tenths = per_mille(change, previous);
  return clause + fmt::format("，{}{}.{}%", more ? "增长" : "下降", tenths / 10, tenths % 10);
}

}  // namespace gongkai::annualreport
