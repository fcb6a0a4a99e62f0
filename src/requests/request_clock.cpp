#include "requests/request_clock.h"

#include <algorithm>

#include <fmt/format.h>

namespace gongkai::requests {
namespace {

struct OpenPause {
  std::string reason;
  std::string article;
  CivilDate from;
  std::optional<CivilDate> limit;  // the pause cannot last past this day
  std::optional<CivilDate> until;  // set when it ended
};

class Replay {
 public:
  Replay(CivilDate received_on, const WorkingDayCalendar& calendar, CivilDate today, ClockPolicy policy)
      : calendar_(calendar), today_(today), policy_(policy) {
    clock_.rule = rule_for_receipt(received_on);
    clock_.received_on = received_on;
    clock_.period_start = received_on;
    clock_.reply_days = clock_.rule.reply_days;
    note(fmt::format("收到申请之日：{}。收到申请之日不计算在内，期限自次日起算。", format_date_chinese(received_on)));
    note(fmt::format("适用规定：{}{}，自收到申请之日起{}个工作日内予以答复。", clock_.rule.regulation,
                     clock_.rule.reply_article, clock_.rule.reply_days));
  }

  void apply(const RequestEvent& e) {
    switch (e.kind) {
      case RequestEventKind::kCorrectionRequested: return correction_requested(e);
      case RequestEventKind::kCorrected: return corrected(e);
      case RequestEventKind::kThirdPartyConsulted: return pause_opened(e, "征求第三方意见", clock_.rule.third_party_article, e.date("reply_by"));
      case RequestEventKind::kThirdPartyAnswered: return pause_closed("征求第三方意见", e.on);
      case RequestEventKind::kExtended: return extended(e);
      case RequestEventKind::kFeeNoticed: return fee_noticed(e);
      case RequestEventKind::kFeePaid: return fee_paid(e);
      case RequestEventKind::kReplied: return replied(e);
      default: return;
    }
  }

  RequestClock finish() {
    const CivilDate end = clock_.closed_on.value_or(today_);
    clock_.phase = current_phase(end);
    collect_pauses(end);
    if (clock_.phase != RequestPhase::kAwaitingCorrection) {
      const int total = clock_.reply_days + clock_.extension_days + clock_.paused_days;
      const WorkingDayCount count = calendar_.add_working_days(clock_.period_start, total);
      clock_.due_on = count.due;
      clock_.provisional = count.provisional;
      note_calendar(clock_.period_start, count.due);
      for (const auto& step : count.steps) note(step);
      note(fmt::format("答复期限：{}（{}个工作日{}）。", format_date_chinese(count.due), total, breakdown()));
    } else {
      note(fmt::format("等待申请人补正，答复期限暂停计算；申请人应于{}前补正。",
                       clock_.correction_due ? format_date_chinese(*clock_.correction_due) : "告知书载明的期限"));
    }
    const int counted = calendar_.working_days_between(clock_.period_start, std::max(end, clock_.period_start));
    clock_.used_days = std::max(0, counted - clock_.paused_days);
    clock_.left_days = clock_.reply_days + clock_.extension_days - clock_.used_days;
    return clock_;
  }

 private:
  void note(std::string text) { clock_.explanation.push_back(std::move(text)); }

  void correction_requested(const RequestEvent& e) {
    clock_.correction_requested_on = e.on;
    clock_.correction_due = e.date("reply_by");
    note(fmt::format("{}书面告知申请人补正（{}{}）。", format_date_chinese(e.on), clock_.rule.correction_article,
                     clock_.correction_due ? "，补正期限至" + format_date_chinese(*clock_.correction_due) : ""));
  }

  void corrected(const RequestEvent& e) {
    clock_.correction_requested_on.reset();
    clock_.correction_due.reset();
    clock_.period_start = e.on;
    pauses_.clear();
    note(fmt::format("{}收到补正后的申请，答复期限自该日起重新计算（收到之日不计算在内）。", format_date_chinese(e.on)));
  }

  void pause_opened(const RequestEvent& e, const std::string& reason, std::string_view article,
                    std::optional<CivilDate> limit) {
    pauses_.push_back({reason, std::string(article), e.on, limit, std::nullopt});
  }

  void pause_closed(const std::string& reason, CivilDate on) {
    for (auto it = pauses_.rbegin(); it != pauses_.rend(); ++it) {
      if (it->reason == reason && !it->until) {
        it->until = it->limit ? std::min(on, *it->limit) : on;
        return;
      }
    }
  }

  void extended(const RequestEvent& e) {
    const int days = static_cast<int>(e.integer("days"));
    clock_.extension_days += days;
    clock_.extended = true;
    const std::string approver = e.text("approved_by");
    note(fmt::format("{}{}同意，延长答复期限{}个工作日（{}第二款），并告知申请人。", format_date_chinese(e.on),
                     approver.empty() ? "经政府信息公开工作机构负责人" : "经" + approver, days,
                     clock_.rule.reply_article));
  }

  void fee_noticed(const RequestEvent& e) {
    clock_.fee_pay_by = e.date("pay_by");
    if (policy_.fee_time_counted) {
      note(fmt::format("{}发出收费通知；本机关将收费通知至缴费期间计入答复期限。", format_date_chinese(e.on)));
      fee_open_ = true;
      return;
    }
    // Payment is possible until pay_by only: an unpaid fee pauses the clock
    // through pay_by, after which it runs again until the office closes the
    // case (other.fee_unpaid) — docs/demo-ltq-2023.md, 2023-032.
    pause_opened(e, "收费通知至缴费", "国办函〔2020〕109号", e.date("pay_by"));
  }

  void fee_paid(const RequestEvent& e) {
    clock_.fee_pay_by.reset();
    fee_open_ = false;
    pause_closed("收费通知至缴费", e.on);
  }

  void replied(const RequestEvent& e) {
    clock_.closed_on = e.on;
    clock_.outcome = e.text("outcome");
    clock_.reply_number = e.text("reply_number");
  }

  RequestPhase current_phase(CivilDate end) {
    if (clock_.closed_on) return RequestPhase::kClosed;
    if (clock_.correction_requested_on) return RequestPhase::kAwaitingCorrection;
    for (const auto& p : pauses_) {
      if (p.until) continue;
      if (p.reason == "收费通知至缴费") return RequestPhase::kAwaitingFee;
      if (!p.limit || end <= *p.limit) return RequestPhase::kConsultingThirdParty;
    }
    if (fee_open_) return RequestPhase::kAwaitingFee;
    return RequestPhase::kProcessing;
  }

  // Turns the pauses after the period's start into counted stretches and
  // sums their working days; overlapping stretches count once.
  void collect_pauses(CivilDate end) {
    std::vector<std::pair<CivilDate, CivilDate>> spans;
    for (const auto& p : pauses_) {
      const bool ongoing = !p.until;
      CivilDate until = p.until.value_or(p.limit ? std::min(*p.limit, end) : end);
      const CivilDate from = std::max(p.from, clock_.period_start);
      if (until <= from) continue;
      ClockPause pause{p.reason, from, until, ongoing && (!p.limit || end <= *p.limit),
                       calendar_.working_days_between(from, until)};
      note(fmt::format("{}至{}{}（{}），其间{}个工作日不计算在答复期限内{}。", format_date_chinese(from),
                       format_date_chinese(until), p.reason, p.article, pause.working_days,
                       pause.ongoing ? "（尚未结束，期限随之顺延）" : ""));
      if (p.reason == "征求第三方意见" && pause.ongoing) clock_.third_party_due = p.limit;
      clock_.pauses.push_back(pause);
      spans.emplace_back(from, until);
    }
    std::sort(spans.begin(), spans.end());
    std::optional<std::pair<CivilDate, CivilDate>> current;
    for (const auto& span : spans) {
      if (current && span.first <= current->second) {
        current->second = std::max(current->second, span.second);
        continue;
      }
      if (current) clock_.paused_days += calendar_.working_days_between(current->first, current->second);
      current = span;
    }
    if (current) clock_.paused_days += calendar_.working_days_between(current->first, current->second);
  }

  void note_calendar(CivilDate from, CivilDate to) {
    const int first = static_cast<int>(from.year());
    const int last = static_cast<int>(to.year());
    for (const auto& notice : calendar_.notices()) {
      if (notice.year < first || notice.year > last) continue;
      for (const auto& source : notice.sources) note(fmt::format("工作日依据（{}年）：{}", notice.year, source));
    }
  }

  std::string breakdown() const {
    std::string text = fmt::format("：法定{}个", clock_.reply_days);
    if (clock_.extension_days > 0) text += fmt::format("，延长{}个", clock_.extension_days);
    if (clock_.paused_days > 0) text += fmt::format("，不计算的{}个", clock_.paused_days);
    text += fmt::format("，自{}的次日起算", format_date_chinese(clock_.period_start));
    return text;
  }

  const WorkingDayCalendar& calendar_;
  CivilDate today_;
  ClockPolicy policy_;
  RequestClock clock_;
  std::vector<OpenPause> pauses_;
  bool fee_open_ = false;
};

}  // namespace

std::string_view phase_key(RequestPhase phase) {
  switch (phase) {
    case RequestPhase::kProcessing: return "processing";
    case RequestPhase::kAwaitingCorrection: return "awaiting_correction";
    case RequestPhase::kConsultingThirdParty: return "consulting";
    case RequestPhase::kAwaitingFee: return "awaiting_fee";
    case RequestPhase::kClosed: return "closed";
  }
  return "processing";
}

std::string_view phase_name(RequestPhase phase) {
  switch (phase) {
    case RequestPhase::kProcessing: return "办理中";
    case RequestPhase::kAwaitingCorrection: return "待补正";
    case RequestPhase::kConsultingThirdParty: return "征求第三方意见中";
    case RequestPhase::kAwaitingFee: return "待缴费";
    case RequestPhase::kClosed: return "已办结";
  }
  return "办理中";
}

RequestClock derive_clock(CivilDate received_on, const std::vector<RequestEvent>& events,
                          const WorkingDayCalendar& calendar, CivilDate today, ClockPolicy policy) {
  Replay replay(received_on, calendar, today, policy);
  for (const auto& e : events) replay.apply(e);
  return replay.finish();
}

}  // namespace gongkai::requests
