#include "services/window_tally.h"

#include <string>

#include "services/service_repository.h"
#include "services/window_clock.h"

namespace gongkai::services {
namespace {

bool published_on(const ServiceItem& item, const std::string& day) {
  if (item.published_on.empty() || item.published_on > day) return false;
  if (item.state == ItemState::kPublished) return true;
  return item.state == ItemState::kWithdrawn && item.withdrawn_on > day;
}

void count_case(WindowYearTally& tally, const WindowClock& clock) {
  ++tally.received;
  if (clock.accepted_on) ++tally.accepted;
  if (clock.phase == WindowPhase::kRefused) ++tally.refused;
  if (clock.open()) ++tally.open_at_year_end;
  if (clock.phase != WindowPhase::kConcluded) return;
  ++tally.concluded;
  ++(clock.granted.value_or(false) ? tally.granted : tally.denied);
  ++(clock.concluded_late() ? tally.concluded_late : tally.concluded_on_time);
}

}  // namespace

WindowYearTally tally_window_year(store::Connection& connection, const WorkingDayCalendar& calendar,
                                  int64_t agency_id, int year) {
  WindowYearTally tally;
  const CivilDate year_end{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
  const std::string last_day = format_date(year_end);
  for (const auto& item : repository::items_of(connection, agency_id, false)) {
    if (!published_on(item, last_day)) continue;
    ++tally.items_published;
    if (item.kind == "licensing") ++tally.licensing_items;
  }
  for (const auto& c : repository::cases_of(connection, agency_id)) {
    if (static_cast<int>(c.received_on.year()) != year) continue;
    std::vector<WindowEvent> events;
    for (auto& e : repository::events_of(connection, c.id)) {
      if (e.on <= year_end) events.push_back(std::move(e));
    }
    count_case(tally, derive_window_clock(c.received_on, events, calendar, year_end));
  }
  return tally;
}

}  // namespace gongkai::services
