#include "credit/publication_deadline.h"

namespace gongkai::credit {
namespace {

struct StateName {
  PublicationState state;
  std::string_view label;
};
constexpr StateName kStates[] = {
    {PublicationState::kOnTime, "按时公开"},  {PublicationState::kLate, "逾期公开"},
    {PublicationState::kPending, "待公开"},    {PublicationState::kDueSoon, "即将到期"},
    {PublicationState::kOverdue, "逾期未公开"}, {PublicationState::kWithdrawn, "已撤销"},
};

PublicationState unpublished_state(const WorkingDayCalendar& calendar, CivilDate due, CivilDate today) {
  if (today > due) return PublicationState::kOverdue;
  if (calendar.working_days_between(today, due) <= kDueSoonWorkingDays) return PublicationState::kDueSoon;
  return PublicationState::kPending;
}

}  // namespace

std::string_view publication_state_label(PublicationState state) {
  for (const auto& s : kStates) {
    if (s.state == state) return s.label;
  }
  return "";
}

CivilDate publication_due(const WorkingDayCalendar& calendar, CivilDate decision_date) {
  return calendar.add_working_days(decision_date, kPublicationWorkingDays).due;
}

PublicationDeadline publication_deadline(const WorkingDayCalendar& calendar, const CreditDecision& decision,
                                         CivilDate today) {
  const auto count = calendar.add_working_days(decision.decision_date, kPublicationWorkingDays);
  PublicationDeadline deadline;
  deadline.due = count.due;
  deadline.provisional = count.provisional;
  if (decision.status == DecisionStatus::kWithdrawn) {
    deadline.state = PublicationState::kWithdrawn;
    return deadline;
  }
  if (decision.published_on) {
    deadline.state = *decision.published_on <= count.due ? PublicationState::kOnTime : PublicationState::kLate;
    return deadline;
  }
  deadline.state = unpublished_state(calendar, count.due, today);
  deadline.working_days_left = calendar.working_days_between(today, count.due);
  return deadline;
}

bool needs_attention(PublicationState state) {
  return state == PublicationState::kDueSoon || state == PublicationState::kOverdue;
}

}  // namespace gongkai::credit
