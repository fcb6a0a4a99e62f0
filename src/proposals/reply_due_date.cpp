#include "proposals/reply_due_date.h"

#include "core/errors.h"

namespace gongkai::proposals {

CivilDate add_months_clamped(CivilDate date, int months) {
  const std::chrono::year_month moved = date.year() / date.month() + std::chrono::months{months};
  const std::chrono::day last = (moved / std::chrono::last).day();
  return moved / (date.day() > last ? last : date.day());
}

CivilDate reply_due_on(CivilDate assigned_on, int reply_months) {
  if (reply_months < 1 || reply_months > 12) throw InvalidInput("答复期限应为1至12个月");
  return add_months_clamped(assigned_on, reply_months);
}

}  // namespace gongkai::proposals
