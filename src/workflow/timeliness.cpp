#include "workflow/timeliness.h"

namespace gongkai::workflow {

const PublicationPeriod& proactive_publication_period() {
  static const PublicationPeriod period{
      "《政府信息公开条例》第二十六条",
      "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开",
      20,
  };
  return period;
}

namespace {

// Working days from `from` to `to`: positive when `to` is later.
int signed_working_days(const WorkingDayCalendar& calendar, CivilDate from, CivilDate to) {
  if (to >= from) return calendar.working_days_between(from, to);
  return -calendar.working_days_between(to, from);
}

std::string explain(const PublicationPeriod& period, const WorkingDayCount& count) {
  std::string text = "依据" + std::string(period.article) + "，" + std::string(period.rule) + "。";
  for (const auto& step : count.steps) text += step + (step.ends_with("。") ? "" : "。");
  return text;
}

}  // namespace

Timeliness assess_timeliness(const WorkingDayCalendar& calendar, CivilDate formed,
                             std::optional<CivilDate> published, CivilDate today) {
  const auto& period = proactive_publication_period();
  const WorkingDayCount count = calendar.add_working_days(formed, period.working_days);
  Timeliness t;
  t.formed = formed;
  t.due = count.due;
  t.published = published;
  t.provisional = count.provisional;
  t.explanation = explain(period, count);
  const CivilDate judged_on = published ? *published : today;
  t.working_days_left = signed_working_days(calendar, judged_on, count.due);
  t.overdue = judged_on > count.due;
  // Past the due date on a day off right after it: late all the same, by one working day.
  if (t.overdue && t.working_days_left == 0) t.working_days_left = -1;
  if (published) {
    t.status = t.overdue ? "逾期" + std::to_string(-t.working_days_left) + "个工作日发布" : "按期发布";
    return t;
  }
  t.at_risk = !t.overdue && t.working_days_left <= kAtRiskWorkingDays;
  t.status = t.overdue ? "已逾期" + std::to_string(-t.working_days_left) + "个工作日"
                       : "剩余" + std::to_string(t.working_days_left) + "个工作日";
  return t;
}

}  // namespace gongkai::workflow
