// gongkai/requests/request_transitions.h
//
// Which step may follow the case as derived so far (request_clock.h): one
// function that refuses a step the regulation or the case's state does not
// allow, with a Chinese message that says why — InvalidInput for a bad date
// or field, Conflict for a step the state forbids (a second 补正 or
// extension, a reply to a closed case, an abandonment before the
// applicant's time has run out).
#pragma once

#include <vector>

#include "core/working_day_calendar.h"
#include "requests/request_clock.h"
#include "requests/request_commands.h"
#include "requests/request_event.h"

namespace gongkai::requests {

void check_case_action(const RequestClock& clock, const std::vector<RequestEvent>& events, const CaseAction& action,
                       const WorkingDayCalendar& calendar, CivilDate today);

}  // namespace gongkai::requests
