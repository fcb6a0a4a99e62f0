// gongkai/services/window_transitions.h
//
// Which step may follow a window case as derived so far (window_clock.h).
// A case is registered with 受理, 不予受理 or 一次性告知补正; then:
//   待补正（未受理）      → 受理, 不予受理
//   已受理 / 审查中       → 审查, 补正 (the clock stops), 决定
//   补正中（暂停计时）    → 补正材料收到
//   已决定               → 办结
//   办结, 不予受理        → nothing
// 备注 may be added at any time. Anything else throws Conflict with the
// state and the step named in Chinese.
#pragma once

#include "services/window_clock.h"
#include "services/window_event.h"

namespace gongkai::services {

// The kinds a case may be registered with.
bool registers_case(WindowEventKind kind);

void check_window_step(const WindowClock& clock, WindowEventKind kind);

}  // namespace gongkai::services
