// gongkai/services/service_repository.h
//
// The SQL of the services module (service_items, service_cases,
// service_case_events; migrations/009_service_window.sql). No checks here:
// the commands check, then call these inside their transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/service_item.h"
#include "services/window_case.h"
#include "services/window_event.h"
#include "store/database.h"

namespace gongkai::services::repository {

int64_t insert_item(store::Connection& connection, const ServiceItem& item);
void update_item(store::Connection& connection, const ServiceItem& item);
std::optional<ServiceItem> find_item(store::Connection& connection, int64_t agency_id, int64_t id);
bool item_code_taken(store::Connection& connection, int64_t agency_id, const std::string& code, int64_t except_id);
// The agency's items in code order; only published ones when `published_only`.
std::vector<ServiceItem> items_of(store::Connection& connection, int64_t agency_id, bool published_only);

int64_t insert_case(store::Connection& connection, const WindowCase& c);
std::optional<WindowCase> find_case(store::Connection& connection, int64_t agency_id, int64_t id);
std::optional<WindowCase> find_case_by_code(store::Connection& connection, const std::string& code);
bool case_code_taken(store::Connection& connection, const std::string& code);
// The agency's cases, newest received first.
std::vector<WindowCase> cases_of(store::Connection& connection, int64_t agency_id);

void append_event(store::Connection& connection, int64_t case_id, const WindowEvent& event);
std::vector<WindowEvent> events_of(store::Connection& connection, int64_t case_id);

}  // namespace gongkai::services::repository
