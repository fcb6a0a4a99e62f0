// gongkai/proposals/reply_due_date.h
//
// 答复期限: the day a reply is due, `months` calendar months after the
// assignment (交办) — the same day of the month, or the month's last day when
// that month is shorter (2017-01-31 + 3 months → 2017-04-30; 2016-11-30 + 3 →
// 2017-02-28). Months must be 1 to 12, else InvalidInput.
#pragma once

#include "core/civil_date.h"

namespace gongkai::proposals {

CivilDate add_months_clamped(CivilDate date, int months);

CivilDate reply_due_on(CivilDate assigned_on, int reply_months);

// spec/regulation.md: "where that is impossible, explain progress to the
// proposer and reply within 6 months" — the extended period, from assignment.
inline constexpr int kExtendedReplyMonths = 6;

}  // namespace gongkai::proposals
