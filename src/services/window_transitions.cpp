#include "services/window_transitions.h"

#include <string>

#include "core/errors.h"

namespace gongkai::services {
namespace {

bool allowed(WindowPhase phase, WindowEventKind kind) {
  using K = WindowEventKind;
  using P = WindowPhase;
  switch (kind) {
    case K::kNote: return true;
    case K::kAccepted:
    case K::kRefused: return phase == P::kAwaitingMaterials;
    case K::kCorrectionRequested:
    case K::kReviewed:
    case K::kDecided: return phase == P::kAccepted || phase == P::kReviewing;
    case K::kCorrected: return phase == P::kAwaitingCorrection;
    case K::kConcluded: return phase == P::kDecided;
  }
  return false;
}

}  // namespace

bool registers_case(WindowEventKind kind) {
  return kind == WindowEventKind::kAccepted || kind == WindowEventKind::kRefused ||
         kind == WindowEventKind::kCorrectionRequested;
}

void check_window_step(const WindowClock& clock, WindowEventKind kind) {
  if (allowed(clock.phase, kind)) return;
  throw Conflict("办件当前状态为“" + std::string(window_phase_name(clock.phase)) + "”，不能办理“" +
                 std::string(window_event_name(kind)) + "”");
}

}  // namespace gongkai::services
