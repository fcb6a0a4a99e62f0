#include "services/window_event.h"

#include "core/errors.h"

namespace gongkai::services {

const std::vector<WindowEventKindInfo>& window_event_kinds() {
  static const std::vector<WindowEventKindInfo> kinds = {
      {WindowEventKind::kAccepted, "accepted", "受理"},
      {WindowEventKind::kRefused, "refused", "不予受理"},
      {WindowEventKind::kCorrectionRequested, "correction_requested", "一次性告知补正"},
      {WindowEventKind::kCorrected, "corrected", "补正材料收到"},
      {WindowEventKind::kReviewed, "reviewed", "审查"},
      {WindowEventKind::kDecided, "decided", "决定"},
      {WindowEventKind::kConcluded, "concluded", "办结"},
      {WindowEventKind::kNote, "note", "备注"},
  };
  return kinds;
}

std::string_view window_event_key(WindowEventKind kind) {
  for (const auto& info : window_event_kinds()) {
    if (info.kind == kind) return info.key;
  }
  return "note";
}

std::string_view window_event_name(WindowEventKind kind) {
  for (const auto& info : window_event_kinds()) {
    if (info.kind == kind) return info.name;
  }
  return "备注";
}

WindowEventKind require_window_event(std::string_view key) {
  for (const auto& info : window_event_kinds()) {
    if (info.key == key || info.name == key) return info.kind;
  }
  throw InvalidInput("未知的办理环节：" + std::string(key));
}

}  // namespace gongkai::services
