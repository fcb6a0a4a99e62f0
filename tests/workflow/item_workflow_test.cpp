// The workflow as data: the state is what the events say, and the transition
// table decides what may happen next and who may do it.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "workflow/item_workflow.h"

namespace gongkai::workflow {
namespace {

ItemEvent event(EventKind kind, const std::string& data = "") {
  ItemEvent e;
  e.kind = kind;
  e.data_json = data;
  return e;
}

org::StaffActor staff(org::Role role) {
  org::StaffActor s;
  s.role = role;
  s.username = "u";
  return s;
}

const CivilDate kToday = *parse_date("2026-11-27");

TEST(ItemWorkflow, StateIsDerivedByReplayingTheEvents) {
  std::vector<ItemEvent> events{event(EventKind::kDrafted)};
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kDraft);
  events.push_back(event(EventKind::kEdited));
  events.push_back(event(EventKind::kSubmitted));
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kInReview);
  events.push_back(event(EventKind::kReviewReturned));
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kReturned);
  events.push_back(event(EventKind::kSubmitted));
  events.push_back(event(EventKind::kReviewPassed));
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kInApproval);
  events.push_back(event(EventKind::kApproved));
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kApproved);
  events.push_back(event(EventKind::kPublished, R"({"date":"2026-11-27"})"));
  events.push_back(event(EventKind::kChannelRecorded));
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kPublished);
  events.push_back(event(EventKind::kRevoked));
  EXPECT_EQ(derive_state(events, kToday), WorkflowState::kRevoked);
}

TEST(ItemWorkflow, AScheduledItemCountsAsPublishedFromItsDay) {
  const std::vector<ItemEvent> events{event(EventKind::kDrafted), event(EventKind::kSubmitted),
                                      event(EventKind::kReviewPassed), event(EventKind::kApproved),
                                      event(EventKind::kScheduled, R"({"date":"2026-12-01"})")};
  EXPECT_EQ(derive_state(events, *parse_date("2026-11-30")), WorkflowState::kScheduled);
  EXPECT_EQ(derive_state(events, *parse_date("2026-12-01")), WorkflowState::kPublished);
}

TEST(ItemWorkflow, AnItemWithoutHistoryKeepsTheStateItWasImportedIn) {
  EXPECT_EQ(derive_state({}, kToday, WorkflowState::kPublished), WorkflowState::kPublished);
}

TEST(ItemWorkflow, IllegalTransitionNamesTheStateAndTheAction) {
  try {
    check_transition(WorkflowState::kInReview, EventKind::kPublished, Importance::kOrdinary, staff(org::Role::kOffice));
    FAIL() << "accepted";
  } catch (const Conflict& e) {
    EXPECT_STREQ(e.what(), "该信息当前状态为待保密审查，不能发布");
  }
  EXPECT_THROW(check_transition(WorkflowState::kInReview, EventKind::kSubmitted, Importance::kOrdinary,
                                staff(org::Role::kOfficer)),
               Conflict);
}

TEST(ItemWorkflow, ApprovalNeedsTheLeaderTheImportanceNames) {
  const auto deputy = staff(org::Role::kDeputyLeader);
  const auto principal = staff(org::Role::kPrincipalLeader);
  EXPECT_NO_THROW(check_transition(WorkflowState::kInApproval, EventKind::kApproved, Importance::kOrdinary, deputy));
  EXPECT_THROW(check_transition(WorkflowState::kInApproval, EventKind::kApproved, Importance::kMajor, deputy),
               Forbidden);
  EXPECT_NO_THROW(check_transition(WorkflowState::kInApproval, EventKind::kApproved, Importance::kMajor, principal));
  EXPECT_THROW(check_transition(WorkflowState::kInApproval, EventKind::kApprovalReturned, Importance::kOrdinary,
                                principal),
               Forbidden);
}

TEST(ItemWorkflow, AWrongRoleIsRefusedWhateverTheState) {
  EXPECT_THROW(check_transition(WorkflowState::kInReview, EventKind::kReviewPassed, Importance::kOrdinary,
                                staff(org::Role::kOfficer)),
               Forbidden);
  EXPECT_THROW(check_transition(WorkflowState::kApproved, EventKind::kPublished, Importance::kOrdinary,
                                staff(org::Role::kAdministrator)),
               Forbidden);
}

TEST(ItemWorkflow, AllowedEventsFollowRoleAndState) {
  const auto office = allowed_events(WorkflowState::kApproved, Importance::kOrdinary, staff(org::Role::kOffice));
  EXPECT_NE(std::find(office.begin(), office.end(), EventKind::kPublished), office.end());
  EXPECT_NE(std::find(office.begin(), office.end(), EventKind::kScheduled), office.end());
  EXPECT_EQ(std::find(office.begin(), office.end(), EventKind::kRevoked), office.end());
  EXPECT_TRUE(allowed_events(WorkflowState::kInReview, Importance::kOrdinary, staff(org::Role::kOfficer)).size() == 1);
}

TEST(ItemWorkflow, EveryEventKindHasOneTransitionAndAKeyThatRoundTrips) {
  for (const auto& kind : all_event_kinds()) {
    EXPECT_EQ(transition_for(kind.kind).event, kind.kind);
    EXPECT_EQ(event_from_key(kind.key), kind.kind);
  }
  for (const auto& state : all_states()) EXPECT_EQ(state_from_key(state.key), state.state);
}

}  // namespace
}  // namespace gongkai::workflow
