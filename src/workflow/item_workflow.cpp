#include "workflow/item_workflow.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/errors.h"

namespace gongkai::workflow {

const std::vector<StateInfo>& all_states() {
  using enum WorkflowState;
  static const std::vector<StateInfo> table{
      {kDraft, "draft", "起草中"},           {kReturned, "returned", "退回修改"},
      {kInReview, "in_review", "待保密审查"}, {kInApproval, "in_approval", "待审批"},
      {kApproved, "approved", "待发布"},      {kScheduled, "scheduled", "已定时"},
      {kPublished, "published", "已发布"},    {kRevoked, "revoked", "已撤回"},
  };
  return table;
}

std::string_view state_key(WorkflowState state) {
  for (const auto& row : all_states()) {
    if (row.state == state) return row.key;
  }
  return "draft";
}

std::string_view state_name(WorkflowState state) {
  for (const auto& row : all_states()) {
    if (row.state == state) return row.name;
  }
  return "";
}

std::optional<WorkflowState> state_from_key(std::string_view key) {
  for (const auto& row : all_states()) {
    if (row.key == key) return row.state;
  }
  return std::nullopt;
}

const std::vector<Transition>& transitions() {
  using S = WorkflowState;
  using E = EventKind;
  using A = Authority;
  static const std::vector<Transition> table{
      {E::kDrafted, {}, S::kDraft, A::kDrafter},
      {E::kEdited, {S::kDraft, S::kReturned}, std::nullopt, A::kDrafter},
      {E::kAttachmentAdded, {S::kDraft, S::kReturned}, std::nullopt, A::kDrafter},
      {E::kSubmitted, {S::kDraft, S::kReturned}, S::kInReview, A::kDrafter},
      {E::kReviewPassed, {S::kInReview}, S::kInApproval, A::kReviewer},
      {E::kReviewReturned, {S::kInReview}, S::kReturned, A::kReviewer},
      {E::kApproved, {S::kInApproval}, S::kApproved, A::kApprover},
      {E::kApprovalReturned, {S::kInApproval}, S::kReturned, A::kApprover},
      {E::kScheduled, {S::kApproved}, S::kScheduled, A::kPublisher},
      {E::kPublished, {S::kApproved, S::kScheduled}, S::kPublished, A::kPublisher},
      {E::kChannelRecorded, {S::kPublished}, std::nullopt, A::kPublisher},
      {E::kRevoked, {S::kPublished, S::kScheduled}, S::kRevoked, A::kPublisher},
      {E::kValidityChanged, {S::kPublished, S::kScheduled, S::kRevoked}, std::nullopt, A::kPublisher},
      {E::kInterpretationLinked,
       {S::kDraft, S::kReturned, S::kInReview, S::kInApproval, S::kApproved, S::kScheduled, S::kPublished},
       std::nullopt, A::kDrafter},
  };
  return table;
}

const Transition& transition_for(EventKind event) {
  for (const auto& row : transitions()) {
    if (row.event == event) return row;
  }
  throw StoreError("no transition for event");
}

org::Permission required_permission(Authority authority, Importance importance) {
  switch (authority) {
    case Authority::kDrafter: return org::Permission::kDraftItems;
    case Authority::kReviewer: return org::Permission::kSecrecyReview;
    case Authority::kApprover: return info(importance).approval;
    case Authority::kPublisher: return org::Permission::kPublishItems;
  }
  return org::Permission::kDraftItems;
}

namespace {

std::optional<CivilDate> scheduled_date(const ItemEvent& event) {
  if (event.data_json.empty()) return std::nullopt;
  const auto data = nlohmann::json::parse(event.data_json, nullptr, false);
  if (!data.is_object() || !data.contains("date") || !data["date"].is_string()) return std::nullopt;
  return parse_date(data["date"].get<std::string>());
}

bool legal_in(const Transition& transition, WorkflowState state) {
  return std::find(transition.from.begin(), transition.from.end(), state) != transition.from.end();
}

}  // namespace

WorkflowState derive_state(const std::vector<ItemEvent>& events, CivilDate today, WorkflowState without_history) {
  if (events.empty()) return without_history;
  WorkflowState state = WorkflowState::kDraft;
  std::optional<CivilDate> goes_public;
  for (const auto& event : events) {
    const auto& transition = transition_for(event.kind);
    if (!transition.to) continue;
    state = *transition.to;
    if (event.kind == EventKind::kScheduled) goes_public = scheduled_date(event);
  }
  if (state == WorkflowState::kScheduled && goes_public && *goes_public <= today) return WorkflowState::kPublished;
  return state;
}

void check_transition(WorkflowState state, EventKind event, Importance importance, const org::StaffActor& staff) {
  const auto& transition = transition_for(event);
  staff.require(required_permission(transition.authority, importance));
  if (!legal_in(transition, state)) {
    throw Conflict("该信息当前状态为" + std::string(state_name(state)) + "，不能" + std::string(info(event).verb));
  }
}

std::vector<EventKind> allowed_events(WorkflowState state, Importance importance, const org::StaffActor& staff) {
  std::vector<EventKind> out;
  for (const auto& transition : transitions()) {
    if (!legal_in(transition, state)) continue;
    if (!staff.may(required_permission(transition.authority, importance))) continue;
    out.push_back(transition.event);
  }
  return out;
}

}  // namespace gongkai::workflow
