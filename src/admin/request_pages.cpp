#include "admin/request_pages.h"

#include <algorithm>

#include "core/masking.h"
#include "core/money.h"
#include "engagement/moment.h"
#include "engagement/tracking_code.h"
#include "requests/information_fee.h"
#include "requests/notice_letters.h"
#include "requests/reply_citations.h"
#include "requests/reply_outcomes.h"
#include "requests/request_clock.h"

namespace gongkai::admin {
namespace {

namespace rq = gongkai::requests;

std::string date_text(const std::optional<CivilDate>& date) { return date ? format_date(*date) : ""; }

std::string outcome_name(const std::string& key) {
  const std::string label = rq::outcome_label(key);
  return label.empty() ? key : label;
}

std::string status_text(rq::RequestPhase phase, const std::string& outcome) {
  if (phase == rq::RequestPhase::kClosed && !outcome.empty()) return "已办结：" + outcome_name(outcome);
  return std::string(rq::phase_name(phase));
}

// What an event's data adds to its name on the timeline.
std::string event_detail(const rq::RequestEvent& e) {
  using K = rq::RequestEventKind;
  switch (e.kind) {
    case K::kReceived:
      return std::string(rq::term_name(rq::receipt_channels(), e.text("channel")));
    case K::kCorrectionRequested:
      return e.date("reply_by") ? "补正期限 " + format_date(*e.date("reply_by")) : "";
    case K::kThirdPartyConsulted:
      return e.text("party") + (e.date("reply_by") ? "，回复期限 " + format_date(*e.date("reply_by")) : "");
    case K::kExtended:
      return "延长" + std::to_string(e.integer("days")) + "个工作日，批准人：" + e.text("approved_by");
    case K::kFeeNoticed:
      return "应缴 " + format_yuan(Fen{e.integer("amount_fen")}) + " 元" +
             (e.date("pay_by") ? "，缴费期限 " + format_date(*e.date("pay_by")) : "");
    case K::kFeePaid:
      return "已缴 " + format_yuan(Fen{e.integer("amount_fen")}) + " 元";
    case K::kReplied:
      return outcome_name(e.text("outcome")) + (e.text("reply_number").empty() ? "" : "，" + e.text("reply_number")) +
             (e.text("referral").empty() ? "" : "，告知向" + e.text("referral") + "申请");
    case K::kDeadlineRecomputed:
      return "由 " + e.text("from") + " 改为 " + e.text("to");
    case K::kConvertedToItem:
      return "草稿编号 " + std::to_string(e.integer("item_id"));
    case K::kCorrected:
    case K::kThirdPartyAnswered:
    case K::kNote:
      return "";
  }
  return "";
}

nlohmann::json event_view(int64_t application_id, const rq::RequestEvent& e) {
  const std::string detail = event_detail(e);
  const bool notice = rq::kept_notice(e).has_value();
  return {{"on", format_date(e.on)},
          {"notice_url", notice ? notice_url(application_id, e.id) : ""},
          {"has_notice", notice},
          {"name", std::string(rq::request_event_name(e.kind))},
          {"key", std::string(rq::request_event_key(e.kind))},
          {"actor", e.actor},
          {"at", engagement::china_time_text(e.at)},
          {"detail", detail},
          {"has_detail", !detail.empty()},
          {"comment", e.comment},
          {"has_comment", !e.comment.empty()}};
}

nlohmann::json clock_view(const rq::RequestClock& clock, CivilDate today) {
  nlohmann::json pauses = nlohmann::json::array();
  for (const auto& p : clock.pauses) {
    pauses.push_back({{"reason", p.reason},
                      {"from", format_date(p.from)},
                      {"until", format_date(p.until)},
                      {"ongoing", p.ongoing},
                      {"working_days", p.working_days}});
  }
  const bool open = clock.phase != rq::RequestPhase::kClosed;
  const bool overdue = clock.overdue(today);
  return {{"phase", std::string(rq::phase_name(clock.phase))},
          {"phase_key", std::string(rq::phase_key(clock.phase))},
          {"open", open},
          {"rule", std::string(clock.rule.regulation) + std::string(clock.rule.reply_article)},
          {"received_on", format_date(clock.received_on)},
          {"period_start", format_date(clock.period_start)},
          {"restarted", clock.period_start != clock.received_on},
          {"reply_days", clock.reply_days},
          {"extension_days", clock.extension_days},
          {"extended", clock.extended},
          {"paused_days", clock.paused_days},
          {"pauses", pauses},
          {"has_pauses", !pauses.empty()},
          {"has_due", clock.due_on.has_value()},
          {"due_on", date_text(clock.due_on)},
          {"used_days", clock.used_days},
          {"left_days", clock.left_days},
          {"left_text", overdue ? "已超期" + std::to_string(-clock.left_days) + "个工作日"
                                : std::to_string(clock.left_days) + "个工作日"},
          {"overdue", overdue},
          {"at_risk", open && !overdue && clock.due_on && clock.left_days <= rq::kDueSoonWorkingDays},
          {"closed_on", date_text(clock.closed_on)},
          {"replied_late", clock.replied_late()},
          {"correction_due", date_text(clock.correction_due)},
          {"has_correction_due", clock.correction_due.has_value()},
          {"third_party_due", date_text(clock.third_party_due)},
          {"has_third_party_due", clock.third_party_due.has_value()},
          {"fee_pay_by", date_text(clock.fee_pay_by)},
          {"has_fee_pay_by", clock.fee_pay_by.has_value()},
          {"provisional", clock.provisional},
          {"explanation", clock.explanation}};
}

bool has_event(const rq::RequestCase& c, rq::RequestEventKind kind) {
  return std::any_of(c.events.begin(), c.events.end(), [&](const rq::RequestEvent& e) { return e.kind == kind; });
}

// A consultation without its answer, even after the third party's days ran
// out (the clock then runs again, but the late answer is still recorded).
bool consultation_unanswered(const rq::RequestCase& c) {
  int open = 0;
  for (const auto& e : c.events) {
    if (e.kind == rq::RequestEventKind::kThirdPartyConsulted) ++open;
    if (e.kind == rq::RequestEventKind::kThirdPartyAnswered && open > 0) --open;
  }
  return open > 0;
}

// Which action forms the phase allows; the domain checks again.
nlohmann::json actions_view(const rq::RequestCase& c) {
  using P = rq::RequestPhase;
  const auto& clock = c.clock;
  const P phase = clock.phase;
  const bool open = phase != P::kClosed;
  const bool disclosed = clock.outcome == "disclosed" || clock.outcome == "partial";
  return {{"correction", phase == P::kProcessing && !clock.correction_requested_on},
          {"corrected", phase == P::kAwaitingCorrection},
          {"consult", phase == P::kProcessing && !consultation_unanswered(c)},
          {"third_party_answered", open && consultation_unanswered(c)},
          {"extend", open && !clock.extended && phase != P::kAwaitingCorrection},
          {"fee_notice", phase == P::kProcessing && !has_event(c, rq::RequestEventKind::kFeeNoticed)},
          {"fee_paid", phase == P::kAwaitingFee},
          {"reply", open},
          {"convert", !open && disclosed && !c.request.item_id},
          {"extension_days", clock.rule.extension_days},
          {"third_party_days", clock.rule.third_party_days}};
}

nlohmann::json category_options(const catalog::CategoryTree& categories) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& category : categories.all()) {
    const std::string indent(category.parent_id ? "　" : "");
    options.push_back({{"code", category.code}, {"name", indent + category.name}});
  }
  return options;
}

}  // namespace

std::string request_url(int64_t id) { return "/admin/requests/" + std::to_string(id); }

std::string notice_url(int64_t id, int64_t event_id) {
  return request_url(id) + "/notices/" + std::to_string(event_id);
}

nlohmann::json days_left_view(const rq::RequestListEntry& e) {
  const bool open = e.phase != rq::RequestPhase::kClosed;
  if (!open) {
    return {{"text", e.replied_late ? "逾期答复" : "按期答复"}, {"overdue", e.replied_late}, {"at_risk", false}};
  }
  if (!e.due_on) return {{"text", "暂停计算"}, {"overdue", false}, {"at_risk", false}};
  if (e.overdue) {
    return {{"text", "已超期" + std::to_string(-e.left_days) + "个工作日"}, {"overdue", true}, {"at_risk", false}};
  }
  return {{"text", "剩余" + std::to_string(e.left_days) + "个工作日"},
          {"overdue", false},
          {"at_risk", e.left_days <= rq::kDueSoonWorkingDays}};
}

nlohmann::json request_row_view(const rq::RequestListEntry& e) {
  return {{"id", e.id},
          {"url", request_url(e.id)},
          {"tracking_code", engagement::format_tracking_code(e.tracking_code)},
          {"applicant", e.applicant_name},
          {"kind", std::string(rq::term_name(rq::applicant_kinds(), e.applicant_kind))},
          {"channel", std::string(rq::term_name(rq::receipt_channels(), e.channel))},
          {"description", e.description},
          {"received_on", format_date(e.received_on)},
          {"due_on", date_text(e.due_on)},
          {"status", status_text(e.phase, e.outcome)},
          {"closed_on", date_text(e.closed_on)},
          {"days_left", days_left_view(e)}};
}

nlohmann::json term_options(const std::vector<rq::Term>& terms, const std::string& selected) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& t : terms) {
    options.push_back({{"key", std::string(t.key)}, {"name", std::string(t.name)}, {"selected", t.key == selected}});
  }
  return options;
}

nlohmann::json outcome_groups(CivilDate received_on) {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto category : rq::reply_outcome_categories()) {
    nlohmann::json outcomes = nlohmann::json::array();
    for (const auto& o : rq::reply_outcomes()) {
      if (o.category != category) continue;
      outcomes.push_back({{"key", std::string(o.key)},
                          {"name", o.ground.empty() ? std::string(o.category) : std::string(o.ground)},
                          {"citation", rq::reply_citation(o.key, received_on)}});
    }
    groups.push_back({{"category", std::string(category)}, {"outcomes", outcomes}});
  }
  return groups;
}

nlohmann::json application_form_view(const rq::ApplicationForm& f, const std::string& channel,
                                     const std::string& received_on) {
  nlohmann::json channels = nlohmann::json::array();
  for (const auto& t : rq::receipt_channels()) {
    if (t.key == "online" || t.key == "api") continue;  // those are filed by the applicant
    channels.push_back({{"key", std::string(t.key)}, {"name", std::string(t.name)}, {"selected", t.key == channel}});
  }
  return {{"channels", channels},
          {"received_on", received_on},
          {"applicant_kinds", term_options(rq::applicant_kinds(), f.applicant_kind)},
          {"id_types", term_options(rq::id_types(), f.id_type)},
          {"forms_wanted", term_options(rq::forms_wanted(), f.form_wanted)},
          {"deliveries", term_options(rq::deliveries(), f.delivery)},
          {"name", f.name},
          {"id_number", f.id_number},
          {"phone", f.phone},
          {"address", f.address},
          {"postcode", f.postcode},
          {"email", f.email},
          {"description", f.description}};
}

nlohmann::json request_case_view(const rq::RequestCase& c, const catalog::CategoryTree& categories, CivilDate today,
                                 const std::optional<std::string>& revealed_id) {
  const auto& r = c.request;
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : c.events) events.push_back(event_view(r.id, e));
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : c.files) {
    const std::string purpose = f.purpose == "disclosed" ? "答复提供的信息" : f.purpose == "scanned_form" ? "申请表扫描件" : "申请附件";
    files.push_back({{"url", request_url(r.id) + "/files/" + std::to_string(f.id)},
                     {"name", f.file_name},
                     {"purpose", purpose},
                     {"size_kb", std::max<int64_t>(1, (f.size_bytes + 1023) / 1024)}});
  }
  nlohmann::json appeals = nlohmann::json::array();
  for (const auto& a : c.appeals) {
    appeals.push_back({{"id", a.id},
                       {"action", request_url(r.id) + "/appeals/" + std::to_string(a.id)},
                       {"kind", std::string(rq::term_name(rq::appeal_kinds(), a.kind))},
                       {"filed_on", format_date(a.filed_on)},
                       {"body", a.body},
                       {"case_number", a.case_number},
                       {"result", std::string(rq::term_name(rq::appeal_results(), a.result))},
                       {"results", term_options(rq::appeal_results(), a.result)},
                       {"decided_on", date_text(a.decided_on)},
                       {"has_decided", a.decided_on.has_value()},
                       {"note", a.note},
                       {"pending", a.result == "pending"}});
  }
  const std::string today_text = format_date(today);
  nlohmann::json application{
      {"id", r.id},
      {"tracking_code", engagement::format_tracking_code(r.tracking_code)},
      {"channel", std::string(rq::term_name(rq::receipt_channels(), r.channel))},
      {"applicant_kind", std::string(rq::term_name(rq::applicant_kinds(), r.applicant_kind))},
      {"name", r.applicant_name},
      {"id_type", std::string(rq::term_name(rq::id_types(), r.id_type))},
      {"id_number_masked", r.id_number_masked},
      {"has_id_number", !r.id_number_masked.empty()},
      {"revealed", revealed_id.has_value()},
      {"id_number", revealed_id.value_or("")},
      {"phone", r.phone},
      {"address", r.address},
      {"postcode", r.postcode},
      {"email", r.email},
      {"description", r.description},
      {"form_wanted", std::string(rq::term_name(rq::forms_wanted(), r.form_wanted))},
      {"delivery", std::string(rq::term_name(rq::deliveries(), r.delivery))},
      {"received_on", format_date(r.received_on)},
      {"registered_by", r.registered_by == "public" ? "申请人在线提交" : r.registered_by},
      {"has_item", r.item_id.has_value()},
      {"item_url", r.item_id ? "/admin/items/" + std::to_string(*r.item_id) : ""},
      {"status", status_text(c.clock.phase, c.clock.outcome)},
      {"replied", c.letter.has_value()},
      {"reply_number", c.letter ? c.letter->number : r.reply_number}};
  return {{"application", application},
          {"url", request_url(r.id)},
          {"clock", clock_view(c.clock, today)},
          {"events", events},
          {"files", files},
          {"has_files", !files.empty()},
          {"appeals", appeals},
          {"has_appeals", !appeals.empty()},
          {"appeal_kinds", term_options(rq::appeal_kinds(), "")},
          {"appeal_results", term_options(rq::appeal_results(), "pending")},
          {"actions", actions_view(c)},
          {"outcome_groups", outcome_groups(r.received_on)},
          {"categories", category_options(categories)},
          {"fee_modes",
           nlohmann::json::array(
               {{{"key", std::string(rq::fee_mode_key(rq::FeeMode::kPerApplication))},
                 {"name", std::string(rq::fee_mode_name(rq::FeeMode::kPerApplication))}},
                {{"key", std::string(rq::fee_mode_key(rq::FeeMode::kPerPage))},
                 {"name", std::string(rq::fee_mode_name(rq::FeeMode::kPerPage))}}})},
          {"today", today_text}};
}

nlohmann::json reply_letter_view(const rq::ReplyLetter& letter) {
  return {{"agency_name", letter.agency_name},
          {"title", letter.title},
          {"number", letter.number},
          {"addressee", letter.addressee},
          {"paragraphs", letter.paragraphs},
          {"attachments", letter.attachments},
          {"has_attachments", !letter.attachments.empty()},
          {"date", letter.date}};
}

nlohmann::json complaint_view(const rq::Complaint& c) {
  const bool handled = c.handled_on.has_value();
  return {{"id", c.id},
          {"action", "/admin/complaints/" + std::to_string(c.id) + "/handle"},
          {"received_on", format_date(c.received_on)},
          {"complainant", c.complainant},
          {"phone", c.phone},
          {"subject", c.subject},
          {"body", c.body},
          {"has_application", c.application_id.has_value()},
          {"application_url", c.application_id ? request_url(*c.application_id) : ""},
          {"handled", handled},
          {"handled_on", date_text(c.handled_on)},
          {"result", c.result}};
}

}  // namespace gongkai::admin
