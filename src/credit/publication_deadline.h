// gongkai/credit/publication_deadline.h
//
// The 双公示 publication rule (spec/regulation.md "双公示"): a licensing or
// penalty decision — and, here, a coercion decision alike — is published
// within kPublicationWorkingDays (7) working days of its decision date, the
// decision date itself not counted (core/working_day_calendar.h). From the
// due date and the publication date follows the decision's state: published
// on time or late; not published and due in more than kDueSoonWorkingDays
// (2) working days (pending), due within them (due soon: today is the due
// date or up to 2 working days before it), or past the due date (overdue);
// withdrawn. Pure.
#pragma once

#include <string_view>

#include "core/working_day_calendar.h"
#include "credit/credit_decision.h"

namespace gongkai::credit {

inline constexpr int kPublicationWorkingDays = 7;
inline constexpr int kDueSoonWorkingDays = 2;

enum class PublicationState { kOnTime, kLate, kPending, kDueSoon, kOverdue, kWithdrawn };

std::string_view publication_state_label(PublicationState state);  // 按时公开 逾期公开 待公开 即将到期 逾期未公开 已撤销

struct PublicationDeadline {
  CivilDate due{};
  PublicationState state = PublicationState::kPending;
  int working_days_left = 0;  // working days in (today, due]; 0 once due or published
  bool provisional = false;   // the due date counts days of a year with no announced calendar
};

CivilDate publication_due(const WorkingDayCalendar& calendar, CivilDate decision_date);

PublicationDeadline publication_deadline(const WorkingDayCalendar& calendar, const CreditDecision& decision,
                                         CivilDate today);

// True for the states the dashboard lists: due soon or overdue.
bool needs_attention(PublicationState state);

}  // namespace gongkai::credit
