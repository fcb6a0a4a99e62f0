#include "keyareas/assistance_yearly.h"

#include <algorithm>
#include <set>

#include "keyareas/assistance_repository.h"

namespace gongkai::keyareas {
namespace {

using namespace std::chrono;

CivilDate year_start(int y) { return year{y} / January / day{1}; }
CivilDate year_end(int y) { return year{y} / December / day{31}; }

}  // namespace

Fen average_level(Fen amount, int64_t person_times, int decimals) {
  if (person_times <= 0) return Fen{0};
  int64_t fen = amount.value / person_times;  // integer division cuts toward zero
  if (decimals <= 0) return Fen{fen / 100 * 100};
  if (decimals == 1) return Fen{fen / 10 * 10};
  return Fen{fen};
}

std::string format_level(Fen level, int decimals) {
  if (decimals <= 0) return std::to_string(level.value / 100);
  std::string text = format_yuan(level, false);
  if (decimals == 1) text.pop_back();
  return text;
}

YearlyFigures compute_yearly(const AssistanceProgramme& programme, int year,
                             const std::vector<AssistanceFigures>& records) {
  YearlyFigures y;
  y.programme = &programme;
  y.year = year;
  const AssistanceFigures* last = nullptr;
  for (const auto& r : records) {
    ++y.periods;
    y.amount = y.amount + r.amount;
    if (r.person_times) y.person_times = y.person_times.value_or(0) + *r.person_times;
    if (r.households && programme.households_label == "户次") y.households = y.households.value_or(0) + *r.households;
    if (!last || r.period.start > last->period.start) last = &r;
  }
  if (last && programme.households_label != "户次") y.households = last->households;
  if (last && programme.year_end_headcount) y.year_end_headcount = last->persons;
  if (programme.level_decimals >= 0 && y.person_times && *y.person_times > 0) {
    y.level = average_level(y.amount, *y.person_times, programme.level_decimals);
  }
  return y;
}

std::vector<AssistanceFigures> programme_figures(store::Connection& connection, int64_t agency_id,
                                                 const AssistanceProgramme& programme, std::optional<int> year) {
  if (!year) return detail::select_figures(connection, agency_id, programme.key);
  return detail::select_figures(connection, agency_id, programme.key, year_start(*year), year_end(*year));
}

std::vector<YearlyFigures> yearly_figures(store::Connection& connection, int64_t agency_id, int year) {
  const auto all = detail::select_figures(connection, agency_id, "", year_start(year), year_end(year));
  std::vector<YearlyFigures> out;
  for (const auto& programme : assistance_programmes()) {
    std::vector<AssistanceFigures> mine;
    for (const auto& r : all) {
      if (r.programme == &programme) mine.push_back(r);
    }
    if (!mine.empty()) out.push_back(compute_yearly(programme, year, mine));
  }
  return out;
}

std::vector<int> figure_years(store::Connection& connection, int64_t agency_id, std::string_view programme_key) {
  std::set<int> years;
  for (const auto& r : detail::select_figures(connection, agency_id, programme_key)) {
    years.insert(static_cast<int>(r.period.start.year()));
  }
  return {years.rbegin(), years.rend()};
}

}  // namespace gongkai::keyareas
