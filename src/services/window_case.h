// gongkai/services/window_case.h
//
// A case received at the service window (窗口办件) as stored: the item
// applied for, the tracking code (办件编号) and the hash of its query
// password, the applicant — name, ID number sealed (requests/identity_seal.h)
// with its masked form, phone — the day received and who registered it.
// Its state lives in its events (window_event.h, window_clock.h).
#pragma once

#include <cstdint>
#include <string>

#include "core/civil_date.h"

namespace gongkai::services {

struct WindowCase {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t item_id = 0;
  std::string tracking_code;
  std::string query_password_hash;
  std::string applicant_name;
  std::string id_number_sealed;
  std::string id_number_masked;
  std::string phone;
  CivilDate received_on;
  std::string registered_by;
};

}  // namespace gongkai::services
