// gongkai/services/window_event.h
//
// The history of a window case (service_case_events, append-only): one row
// per step, dated by the civil day it happened. The case's state and due
// date are derived by replaying it (window_clock.h); the kinds are one table
// with the stored key and the Chinese name the pages show.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/civil_date.h"

namespace gongkai::services {

enum class WindowEventKind {
  kAccepted,             // 受理: the clock starts (data: legal_days, promised_days — the item's, as of that day)
  kRefused,              // 不予受理 (comment: the reason)
  kCorrectionRequested,  // 一次性告知补正 (data: materials, the list to add)
  kCorrected,            // 补正材料收到
  kReviewed,             // 审查 (comment: the reviewer's opinion)
  kDecided,              // 决定 (data: granted; comment: the reason, required when not granted)
  kConcluded,            // 办结 (comment: how the result was delivered)
  kNote,                 // 备注, not shown to the applicant
};

struct WindowEventKindInfo {
  WindowEventKind kind;
  std::string_view key;
  std::string_view name;
};

const std::vector<WindowEventKindInfo>& window_event_kinds();
std::string_view window_event_key(WindowEventKind kind);
std::string_view window_event_name(WindowEventKind kind);
// Throws InvalidInput("未知的办理环节：…").
WindowEventKind require_window_event(std::string_view key);

struct WindowEvent {
  int64_t id = 0;
  WindowEventKind kind = WindowEventKind::kNote;
  CivilDate on;
  std::string at;      // ISO instant recorded
  std::string actor;   // username
  std::string comment;
  nlohmann::json data = nlohmann::json::object();
};

}  // namespace gongkai::services
