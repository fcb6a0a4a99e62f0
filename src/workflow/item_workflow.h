// gongkai/workflow/item_workflow.h
//
// The proactive-disclosure workflow of one item as data. Its state is never
// stored as the truth: it is derived by replaying the item's append-only
// events (as Alaveteli derives a request's state from its history);
// items.workflow_state is only a projection kept for lists and dashboards,
// written in the same transaction as the event.
//
// The transition table says, for each event kind, the states it may happen
// in, the state it leads to (none = unchanged) and who may do it. An event
// outside its states is refused with Conflict ("该信息当前状态为待保密审查，
// 不能发布"); an actor without the permission with Forbidden (checked first).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "org/staff.h"
#include "workflow/importance.h"
#include "workflow/item_event.h"

namespace gongkai::workflow {

enum class WorkflowState {
  kDraft,       // 起草中
  kReturned,    // 退回修改
  kInReview,    // 待保密审查
  kInApproval,  // 待审批
  kApproved,    // 待发布
  kScheduled,   // 已定时: published with a future 发布日期
  kPublished,   // 已发布
  kRevoked,     // 已撤回
};

struct StateInfo {
  WorkflowState state;
  std::string_view key;   // items.workflow_state
  std::string_view name;  // 起草中 …
};

const std::vector<StateInfo>& all_states();
std::string_view state_key(WorkflowState state);
std::string_view state_name(WorkflowState state);
std::optional<WorkflowState> state_from_key(std::string_view key);

// Who may cause an event.
enum class Authority {
  kDrafter,    // org::Permission::kDraftItems
  kReviewer,   // kSecrecyReview
  kApprover,   // the item's importance decides: kApproveOrdinary or kApproveMajor
  kPublisher,  // kPublishItems
};

struct Transition {
  EventKind event;
  std::vector<WorkflowState> from;    // empty: the first event (no state yet)
  std::optional<WorkflowState> to;    // nullopt: the state stays
  Authority authority;
};

// The table, one row per event kind.
const std::vector<Transition>& transitions();
const Transition& transition_for(EventKind event);

// The permission an authority needs for an item of `importance`.
org::Permission required_permission(Authority authority, Importance importance);

// Replays `events` (oldest first). A kScheduled whose date is on or before
// `today` counts as published. With no events (an item imported outside the
// workflow) the state is `without_history`.
WorkflowState derive_state(const std::vector<ItemEvent>& events, CivilDate today,
                           WorkflowState without_history = WorkflowState::kDraft);

// Throws Forbidden unless `staff` holds the permission `event` needs for an
// item of `importance`, then Conflict unless `event` may happen in `state`.
void check_transition(WorkflowState state, EventKind event, Importance importance, const org::StaffActor& staff);

// The events the staff member may cause now (for showing action forms only;
// the commands check again).
std::vector<EventKind> allowed_events(WorkflowState state, Importance importance, const org::StaffActor& staff);

}  // namespace gongkai::workflow
