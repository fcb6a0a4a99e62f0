// gongkai/requests/request_services.h
//
// What every request function needs besides the store: the working-day
// calendar that counts the periods and the seal that protects ID numbers.
// Both are loaded once at start-up (app/app.h) and shared read-only.
#pragma once

#include "core/working_day_calendar.h"
#include "requests/identity_seal.h"

namespace gongkai::requests {

struct RequestServices {
  const WorkingDayCalendar& calendar;
  const IdentitySeal& seal;
};

}  // namespace gongkai::requests
