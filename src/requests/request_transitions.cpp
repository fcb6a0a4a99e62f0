#include "requests/request_transitions.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/errors.h"
#include "requests/information_fee.h"
#include "requests/reply_outcomes.h"

namespace gongkai::requests {
namespace {

bool has_event(const std::vector<RequestEvent>& events, RequestEventKind kind) {
  return std::any_of(events.begin(), events.end(), [&](const RequestEvent& e) { return e.kind == kind; });
}

// A consultation whose answer is not yet recorded.
bool consultation_unanswered(const std::vector<RequestEvent>& events) {
  bool open = false;
  for (const auto& e : events) {
    if (e.kind == RequestEventKind::kThirdPartyConsulted) open = true;
    if (e.kind == RequestEventKind::kThirdPartyAnswered) open = false;
  }
  return open;
}

void check_date(const RequestClock& clock, const std::vector<RequestEvent>& events, CivilDate on, CivilDate today) {
  if (on > today) throw InvalidInput("日期不能晚于今天：" + format_date(on));
  if (on < clock.received_on) throw InvalidInput("日期不能早于收到申请之日：" + format_date(clock.received_on));
  if (!events.empty() && on < events.back().on) {
    throw InvalidInput("日期不能早于上一办理环节（" + format_date(events.back().on) + "）");
  }
}

void require_comment(const CaseAction& a, const char* what) {
  if (a.comment.empty()) throw InvalidInput(std::string("请填写") + what);
}

void check_correction_request(const RequestClock& clock, const std::vector<RequestEvent>& events, const CaseAction& a,
                              const WorkingDayCalendar& calendar) {
  if (clock.phase != RequestPhase::kProcessing) throw Conflict("当前状态为" + std::string(phase_name(clock.phase)) + "，不能告知补正");
  if (has_event(events, RequestEventKind::kCorrectionRequested)) throw Conflict("补正应当一次性告知，本申请已告知过补正");
  const int window = clock.rule.correction_notice_days;
  const int elapsed = calendar.working_days_between(clock.received_on, a.on);
  if (window > 0 && elapsed > window) {
    throw InvalidInput(fmt::format("应当自收到申请之日起{}个工作日内告知补正（{}），{}已是第{}个工作日", window,
                                   clock.rule.correction_article, format_date(a.on), elapsed));
  }
  require_comment(a, "需要补正的事项");
  if (!a.reply_by || *a.reply_by <= a.on) throw InvalidInput("请填写补正期限，且应晚于告知之日");
}

void check_extension(const RequestClock& clock, const CaseAction& a) {
  if (clock.extended) throw Conflict("答复期限只能延长一次");
  if (clock.phase == RequestPhase::kAwaitingCorrection) throw Conflict("申请人补正前不能延长答复期限");
  if (a.days < 1 || a.days > clock.rule.extension_days) {
    throw InvalidInput(fmt::format("延长期限应为1至{}个工作日（{}）", clock.rule.extension_days, clock.rule.reply_article));
  }
  if (a.approved_by.empty()) throw InvalidInput("请填写同意延期的政府信息公开工作机构负责人");
  require_comment(a, "延期理由");
  if (clock.due_on && a.on > *clock.due_on) throw Conflict("答复期限已于" + format_date(*clock.due_on) + "届满，不能再延长");
}

void check_fee_notice(const RequestClock& clock, const std::vector<RequestEvent>& events, const CaseAction& a) {
  if (clock.phase != RequestPhase::kProcessing) throw Conflict("当前状态为" + std::string(phase_name(clock.phase)) + "，不能发出收费通知");
  if (has_event(events, RequestEventKind::kFeeNoticed)) throw Conflict("本申请已发出过收费通知（按件与按量不得同时适用）");
  if (!clock.rule.information_fee) {
    throw InvalidInput("本申请按2008年《政府信息公开条例》办理，不适用信息处理费（国办函〔2020〕109号）");
  }
  if (clock.due_on && a.on > *clock.due_on) throw Conflict("收费通知应当在答复期限内发出");
  const FeeMode mode = fee_mode_from_key(a.fee_mode);
  if (mode == FeeMode::kPerPage && a.units < 1) throw InvalidInput("请填写页数");
}

void check_reply(const RequestClock& clock, const std::vector<RequestEvent>& events, const CaseAction& a) {
  const auto outcome = find_reply_outcome(a.outcome);
  if (!outcome) throw InvalidInput("请选择办理结果");
  if (a.outcome == "other.no_correction") {
    if (clock.phase != RequestPhase::kAwaitingCorrection) throw Conflict("只有告知补正后申请人未补正的，才能按逾期不补正处理");
    if (clock.correction_due && a.on <= *clock.correction_due) {
      throw Conflict("补正期限（" + format_date(*clock.correction_due) + "）尚未届满");
    }
    return;
  }
  if (a.outcome == "other.fee_unpaid") {
    if (clock.phase != RequestPhase::kAwaitingFee) throw Conflict("只有发出收费通知后申请人未缴费的，才能按逾期未缴费处理");
    if (clock.fee_pay_by && a.on <= *clock.fee_pay_by) {
      throw Conflict("缴费期限（" + format_date(*clock.fee_pay_by) + "）尚未届满");
    }
    return;
  }
  if (clock.phase == RequestPhase::kAwaitingCorrection) throw Conflict("申请人尚未补正；补正期限届满未补正的，请选择“逾期不补正”");
  if (clock.phase == RequestPhase::kAwaitingFee) throw Conflict("申请人尚未缴费；缴费期限届满未缴费的，请选择“逾期未缴费”");
  if (clock.phase == RequestPhase::kConsultingThirdParty) throw Conflict("第三方答复期限未满，请先登记第三方意见");
  if (a.outcome == "unavailable.still_unclear" && !has_event(events, RequestEventKind::kCorrected)) {
    throw Conflict("只有经过补正的申请，才能答复“补正后申请内容仍不明确”");
  }
}

}  // namespace

void check_case_action(const RequestClock& clock, const std::vector<RequestEvent>& events, const CaseAction& a,
                       const WorkingDayCalendar& calendar, CivilDate today) {
  check_date(clock, events, a.on, today);
  if (clock.phase == RequestPhase::kClosed && a.kind != RequestEventKind::kNote) throw Conflict("该申请已办结");
  switch (a.kind) {
    case RequestEventKind::kCorrectionRequested: return check_correction_request(clock, events, a, calendar);
    case RequestEventKind::kCorrected:
      if (clock.phase != RequestPhase::kAwaitingCorrection) throw Conflict("本申请没有待补正的事项");
      return;
    case RequestEventKind::kThirdPartyConsulted:
      if (clock.phase != RequestPhase::kProcessing) throw Conflict("当前状态为" + std::string(phase_name(clock.phase)) + "，不能征求第三方意见");
      if (a.party.empty()) throw InvalidInput("请填写第三方名称");
      return;
    case RequestEventKind::kThirdPartyAnswered:
      if (!consultation_unanswered(events)) throw Conflict("没有待回复的第三方意见征询");
      require_comment(a, "第三方意见");
      return;
    case RequestEventKind::kExtended: return check_extension(clock, a);
    case RequestEventKind::kFeeNoticed: return check_fee_notice(clock, events, a);
    case RequestEventKind::kFeePaid:
      if (clock.phase != RequestPhase::kAwaitingFee) throw Conflict("本申请没有待缴的信息处理费");
      if (clock.fee_pay_by && a.on > *clock.fee_pay_by) throw Conflict("已超过缴费期限（" + format_date(*clock.fee_pay_by) + "）");
      return;
    case RequestEventKind::kReplied: return check_reply(clock, events, a);
    case RequestEventKind::kNote: return require_comment(a, "备注内容");
    default: throw InvalidInput("不能直接登记该办理环节");
  }
}

}  // namespace gongkai::requests
