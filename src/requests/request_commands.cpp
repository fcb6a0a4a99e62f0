#include "requests/request_commands.h"

#include <fmt/format.h>

#include "core/errors.h"
#include "core/masking.h"
#include "engagement/tracking_code.h"
#include "engagement/within_transaction.h"
#include "org/agency_repository.h"
#include "requests/application_form_check.h"
#include "requests/information_fee.h"
#include "requests/lookup_guard.h"
#include "requests/notice_letters.h"
#include "requests/reply_letter.h"
#include "requests/reply_outcomes.h"
#include "requests/request_queries.h"
#include "requests/request_repository.h"
#include "requests/request_transitions.h"
#include "workflow/workflow_commands.h"

namespace gongkai::requests {
namespace {

using engagement::Moment;
using engagement::within_transaction;

constexpr int kCodeAttempts = 5;
constexpr std::chrono::hours kFilingWindow{1};
constexpr size_t kCommentChars = 5000;

std::string unused_tracking_code(store::Connection& connection) {
  for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
    std::string code = engagement::generate_tracking_code();
    if (!repository::tracking_code_taken(connection, code)) return code;
  }
  throw StoreError("could not draw an unused tracking code");
}

void check_files(const std::vector<RequestFile>& files) {
  if (files.size() > static_cast<size_t>(kMaxRequestFiles)) {
    throw InvalidInput(fmt::format("附件最多{}个", kMaxRequestFiles));
  }
  for (const auto& f : files) {
    if (f.content.empty()) throw InvalidInput("附件为空：" + f.file_name);
    if (f.content.size() > kMaxRequestFileBytes) {
      throw InvalidInput(fmt::format("附件“{}”超过{}MB", f.file_name, kMaxRequestFileBytes / (1024 * 1024)));
    }
  }
}

nlohmann::json case_snapshot(const RequestClock& clock) {
  return {{"status", phase_key(clock.phase)},
          {"due_on", clock.due_on ? nlohmann::json(format_date(*clock.due_on)) : nlohmann::json()},
          {"outcome", clock.outcome}};
}

ClockPolicy policy_of(store::Connection& connection, int64_t agency_id) { return clock_policy(connection, agency_id); }

RequestClock clock_of(store::Connection& connection, const RequestServices& services, const DisclosureRequest& r,
                      const std::vector<RequestEvent>& events, CivilDate today) {
  return derive_clock(r.received_on, events, services.calendar, today, policy_of(connection, r.agency_id));
}

struct Origin {
  std::string channel;
  CivilDate received_on;
  std::string at;
  std::string remote_address;
  std::string registered_by;
  audit::Actor actor;
  std::string file_purpose;
};

FiledRequest create(store::Connection& connection, const RequestServices& services, int64_t agency_id,
                    const ApplicationForm& form, const Origin& origin, const std::vector<RequestFile>& files) {
  const std::string password = new_query_password();
  repository::NewApplicationRow row;
  row.agency_id = agency_id;
  row.tracking_code = unused_tracking_code(connection);
  row.query_password_hash = query_password_hash(password);
  row.channel = origin.channel;
  row.form = form;
  row.form.id_number.clear();
  row.id_number_sealed = services.seal.seal(form.id_number);
  row.id_number_masked = mask_id_number(form.id_number);
  row.applicant_digest = services.seal.digest(form.id_number);
  row.received_on = origin.received_on;
  row.submitted_at = origin.at;
  row.remote_address = origin.remote_address;
  row.registered_by = origin.registered_by;
  const int64_t id = repository::insert_application(connection, row);
  RequestEvent received;
  received.kind = RequestEventKind::kReceived;
  received.on = origin.received_on;
  received.at = origin.at;
  received.actor = origin.actor.name;
  received.data = {{"channel", origin.channel}};
  repository::append_event(connection, id, received);
  for (const auto& f : files) repository::insert_file(connection, id, origin.file_purpose, f, origin.at);
  const RequestClock clock = derive_clock(origin.received_on, {received}, services.calendar, origin.received_on,
                                          policy_of(connection, agency_id));
  repository::store_projection(connection, id, clock);
  audit::record(connection, origin.actor,
                {"request.receive", "application", std::to_string(id), "",
                 nlohmann::json{{"tracking_code", row.tracking_code},
                                {"channel", origin.channel},
                                {"received_on", format_date(origin.received_on)},
                                {"due_on", format_date(*clock.due_on)},
                                {"applicant_kind", form.applicant_kind},
                                {"id_number", row.id_number_masked},
                                {"files", files.size()}}
                     .dump()});
  return FiledRequest{id, row.tracking_code, password, origin.received_on, *clock.due_on};
}

void lock_for_filing(store::Connection& connection) {
  if (connection.engine() == store::Engine::kPostgres) {
    connection.execute_script("LOCK TABLE applications IN SHARE ROW EXCLUSIVE MODE");
  }
}

void check_filing_rate(store::Connection& connection, const engagement::PublicSender& sender) {
  const auto row = connection.query_one(
      "SELECT COUNT(*) FROM applications WHERE remote_address = ? AND registered_by = 'public' AND submitted_at > ?",
      {sender.remote_address, sender.at.iso_minus(kFilingWindow)});
  if (row && row->integer(0) >= kPublicFilingsPerHour) {
    throw TooManyRequests(fmt::format("同一网络地址每小时最多提交{}件申请，请稍后再试", kPublicFilingsPerHour));
  }
}

DisclosureRequest staff_request(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  return repository::own_application(connection, staff.agency_id, id);
}

std::string setting_or(store::Connection& connection, int64_t agency_id, const std::string& key,
                       const std::string& fallback) {
  auto value = repository::agency_setting(connection, agency_id, key);
  return value && !value->empty() ? *value : fallback;
}

// On PostgreSQL, makes every other transaction that appends a case event wait
// until this one ends, so that two letters or notices numbered at once do
// not take the same serial. (SQLite's writers are serial.)
void serialize_numbering(store::Connection& connection) {
  if (connection.engine() == store::Engine::kPostgres) {
    connection.execute_script("LOCK TABLE application_events IN SHARE ROW EXCLUSIVE MODE");
  }
}

// A letter's 文号: "<prefix>〔<year>〕<serial>号", the prefix from the agency's
// setting `key`, else the agency's name and `suffix`.
std::string document_number(store::Connection& connection, const org::Agency& agency, const std::string& key,
                            const std::string& suffix, int year, int serial) {
  return fmt::format("{}〔{}〕{}号", setting_or(connection, agency.id, key, agency.name + suffix), year, serial);
}

std::string next_reply_number(store::Connection& connection, const org::Agency& agency, CivilDate on) {
  serialize_numbering(connection);
  const int year = static_cast<int>(on.year());
  const int serial = repository::replies_numbered_in(connection, agency.id, year) + 1;
  return document_number(connection, agency, "requests.reply_number_prefix", "依复", year, serial);
}

// Which setting numbers the notice of each kind of event, and the default suffix.
struct NoticeNumbering {
  RequestEventKind kind;
  const char* setting;
  const char* suffix;
};
constexpr NoticeNumbering kNoticeNumberings[] = {
    {RequestEventKind::kCorrectionRequested, "requests.correction_number_prefix", "依补"},
    {RequestEventKind::kExtended, "requests.extension_number_prefix", "依延"},
    {RequestEventKind::kFeeNoticed, "requests.fee_number_prefix", "依费"},
};

// The number of the notice of an event of `kind` dated `on`, not yet appended:
// the agency's notices of that kind for days of the same year, plus one.
std::string next_notice_number(store::Connection& connection, const org::Agency& agency, RequestEventKind kind,
                               CivilDate on) {
  for (const auto& n : kNoticeNumberings) {
    if (n.kind != kind) continue;
    serialize_numbering(connection);
    const int year = static_cast<int>(on.year());
    const int serial = repository::events_in_year(connection, agency.id, kind, year) + 1;
    return document_number(connection, agency, n.setting, n.suffix, year, serial);
  }
  return "";
}

// The applicant's rank among their applications to this agency in the month
// of receipt (国办函〔2020〕109号 counts per applicant per calendar month).
int rank_in_month(store::Connection& connection, const DisclosureRequest& r) {
  const auto digest = connection.query_one("SELECT applicant_digest FROM applications WHERE id = ?", {r.id});
  const CivilDate first{r.received_on.year(), r.received_on.month(), std::chrono::day{1}};
  return repository::count_by_applicant(connection, r.agency_id, digest->text(0), first, r.received_on);
}

RequestEvent event_for(store::Connection& connection, const RequestServices& services, const org::StaffActor& staff,
                       const DisclosureRequest& r, const RequestClock& clock, const CaseAction& a,
                       const Moment& at, const std::vector<RequestFile>& files) {
  RequestEvent e;
  e.kind = a.kind;
  e.on = a.on;
  e.at = at.iso();
  e.actor = staff.username;
  e.comment = engagement::checked_text(a.comment, "说明", kCommentChars, false, true);
  switch (a.kind) {
    case RequestEventKind::kCorrectionRequested:
      e.data["reply_by"] = format_date(*a.reply_by);
      break;
    case RequestEventKind::kThirdPartyConsulted:
      e.data["party"] = engagement::checked_text(a.party, "第三方名称", 200, true);
      if (clock.rule.third_party_days > 0) {
        e.data["reply_by"] = format_date(services.calendar.add_working_days(a.on, clock.rule.third_party_days).due);
      }
      break;
    case RequestEventKind::kExtended:
      e.data["days"] = a.days;
      e.data["approved_by"] = engagement::checked_text(a.approved_by, "批准人", 100, true);
      break;
    case RequestEventKind::kFeeNoticed: {
      const FeeMode mode = fee_mode_from_key(a.fee_mode);
      const int units = mode == FeeMode::kPerPage ? a.units : rank_in_month(connection, r);
      const Fen amount = information_fee(mode, units);
      if (amount.value == 0) throw InvalidInput("按规定本申请无需收取信息处理费：" + explain_information_fee(mode, units));
      e.data = {{"mode", fee_mode_key(mode)},
                {"units", units},
                {"amount_fen", amount.value},
                {"explanation", explain_information_fee(mode, units)},
                {"pay_by", format_date(services.calendar.add_working_days(a.on, kFeePaymentDays).due)}};
      break;
    }
    case RequestEventKind::kFeePaid: {
      int64_t amount = 0;
      for (const auto& earlier : repository::events_of(connection, r.id)) {
        if (earlier.kind == RequestEventKind::kFeeNoticed) amount = earlier.integer("amount_fen");
      }
      e.data["amount_fen"] = amount;
      break;
    }
    case RequestEventKind::kReplied: {
      const auto agency = org::find_agency_by_id(connection, r.agency_id);
      const ReplyOutcome outcome = *find_reply_outcome(a.outcome);
      ReplyParticulars p;
      p.agency_name = agency->name;
      p.number = next_reply_number(connection, *agency, a.on);
      p.on = a.on;
      p.particulars = e.comment;
      p.referral = engagement::checked_text(a.referral, "负责公开的机关", 200, false);
      for (const auto& f : files) p.attachments.push_back(f.file_name);
      p.reconsideration_body = setting_or(connection, r.agency_id, "requests.reconsideration_body", "");
      e.data = {{"outcome", a.outcome},
                {"reply_number", p.number},
                {"referral", p.referral},
                {"letter", to_json(compose_reply_letter(r, clock, outcome, p))}};
      break;
    }
    default:
      break;
  }
  return e;
}

// The 补正告知书, 延期答复告知书 or 收费通知书 of an event, kept with it.
void attach_notice(store::Connection& connection, const DisclosureRequest& r, const RequestClock& after,
                   RequestEvent& event) {
  if (!has_notice(event.kind)) return;
  const auto agency = org::find_agency_by_id(connection, r.agency_id);
  auto letter = compose_notice(r, after, event, agency->name);
  if (!letter) return;
  letter->number = next_notice_number(connection, *agency, event.kind, event.on);
  event.data["letter"] = to_json(*letter);
}

}  // namespace

FiledRequest file_request(store::Connection& connection, const RequestServices& services,
                          const engagement::PublicSender& sender, int64_t agency_id, const ApplicationForm& form,
                          const std::string& channel, const std::vector<RequestFile>& attachments) {
  if (channel != "online" && channel != "api") throw InvalidInput("网上申请的渠道应为网站或接口");
  const ApplicationForm checked = checked_application_form(form);
  check_files(attachments);
  return within_transaction(connection, [&] {
    if (!org::find_agency_by_id(connection, agency_id)) throw NotFound("受理机关不存在");
    lock_for_filing(connection);
    check_filing_rate(connection, sender);
    return create(connection, services, agency_id, checked,
                  {channel, sender.at.china_date(), sender.at.iso(), sender.remote_address, "public",
                   sender.audit_actor(), "attachment"},
                  attachments);
  });
}

FiledRequest register_request(store::Connection& connection, const RequestServices& services,
                              const org::StaffActor& staff, const ApplicationForm& form, const std::string& channel,
                              CivilDate received_on, const std::vector<RequestFile>& scans, const Moment& at) {
  staff.require(org::Permission::kHandleRequests);
  if (channel == "online" || channel == "api" || !has_term(receipt_channels(), channel)) {
    throw InvalidInput("请选择收到申请的方式（信函、当面、传真或电子邮件）");
  }
  if (received_on > at.china_date()) throw InvalidInput("收到申请日期不能晚于今天");
  rule_for_receipt(received_on);
  const ApplicationForm checked = checked_application_form(form);
  check_files(scans);
  return within_transaction(connection, [&] {
    return create(connection, services, staff.agency_id, checked,
                  {channel, received_on, at.iso(), staff.remote_address, staff.username, staff.audit_actor(),
                   "scanned_form"},
                  scans);
  });
}

int64_t act_on_request(store::Connection& connection, const RequestServices& services,
                       const org::StaffActor& staff, int64_t application_id, const CaseAction& action,
                       const Moment& at, const std::vector<RequestFile>& files) {
  staff.require(org::Permission::kHandleRequests);
  check_files(files);
  if (!files.empty() && action.kind != RequestEventKind::kReplied) throw InvalidInput("只有答复时才能附送公开的文件");
  return within_transaction(connection, [&] {
    const DisclosureRequest r = staff_request(connection, staff, application_id);
    std::vector<RequestEvent> events = repository::events_of(connection, application_id);
    const CivilDate today = at.china_date();
    const RequestClock before = clock_of(connection, services, r, events, today);
    check_case_action(before, events, action, services.calendar, today);
    events.push_back(event_for(connection, services, staff, r, before, action, at, files));
    const RequestClock after = clock_of(connection, services, r, events, today);
    RequestEvent& event = events.back();
    attach_notice(connection, r, after, event);
    const int64_t event_id = repository::append_event(connection, application_id, event);
    for (const auto& f : files) repository::insert_file(connection, application_id, "disclosed", f, event.at);
    repository::store_projection(connection, application_id, after);
    nlohmann::json after_json = case_snapshot(after);
    after_json["event"] = {{"kind", request_event_key(event.kind)}, {"on", format_date(event.on)},
                           {"comment", event.comment}, {"data", event.data}};
    audit::record(connection, staff.audit_actor(),
                  {"request." + std::string(request_event_key(event.kind)), "application",
                   std::to_string(application_id), case_snapshot(before).dump(), after_json.dump()});
    return event_id;
  });
}

int64_t convert_to_catalogue_item(store::Connection& connection, const RequestServices& services,
                                  const org::StaffActor& staff, int64_t application_id, const std::string& title,
                                  const std::string& category_code, const Moment& at) {
  staff.require(org::Permission::kHandleRequests);
  return within_transaction(connection, [&] {
    const DisclosureRequest r = staff_request(connection, staff, application_id);
    if (r.item_id) throw Conflict("该申请已转为主动公开（信息草稿" + std::to_string(*r.item_id) + "）");
    std::vector<RequestEvent> events = repository::events_of(connection, application_id);
    const RequestClock clock = clock_of(connection, services, r, events, at.china_date());
    if (clock.phase != RequestPhase::kClosed || (clock.outcome != "disclosed" && clock.outcome != "partial")) {
      throw Conflict("只有已予以公开或部分公开的申请，才能转为主动公开");
    }
    std::string reply_text;
    for (const auto& e : events) {
      if (e.kind == RequestEventKind::kReplied) reply_text = e.comment;
    }
    workflow::ItemDraft draft;
    draft.category_code = category_code;
    draft.title = title;
    draft.formed_date = format_date(at.china_date());
    draft.written_date = format_date(*clock.closed_on);
    draft.summary = "依申请公开的政府信息，经多个申请人申请或者具有公共利益，转为主动公开（《中华人民共和国政府信息公开条例》第四十四条）。";
    draft.body = reply_text.empty() ? draft.summary : reply_text;
    const int64_t item_id = workflow::draft_item(connection, staff, draft);
    for (const auto& info : repository::files_of(connection, application_id)) {
      if (info.purpose != "disclosed") continue;
      const auto file = repository::load_file(connection, info.id);
      workflow::add_draft_attachment(connection, staff, item_id, file->second.file_name, file->second.content,
                                     at.china_date());
    }
    repository::set_item(connection, application_id, item_id);
    RequestEvent e;
    e.kind = RequestEventKind::kConvertedToItem;
    e.on = at.china_date();
    e.at = at.iso();
    e.actor = staff.username;
    e.comment = title;
    e.data = {{"item_id", item_id}};
    repository::append_event(connection, application_id, e);
    audit::record(connection, staff.audit_actor(),
                  {"request.converted_to_item", "application", std::to_string(application_id), "",
                   nlohmann::json{{"item_id", item_id}, {"title", title}}.dump()});
    return item_id;
  });
}

int recompute_open_deadlines(store::Connection& connection, const RequestServices& services,
                             const audit::Actor& actor, const Moment& at) {
  return within_transaction(connection, [&] {
    int changed = 0;
    for (const int64_t id : repository::open_application_ids(connection)) {
      const DisclosureRequest r = *repository::find_application(connection, id);
      std::vector<RequestEvent> events = repository::events_of(connection, id);
      const RequestClock clock = clock_of(connection, services, r, events, at.china_date());
      // A paused case's date moves each day the pause lasts: it is recorded when the pause ends.
      if (clock.phase != RequestPhase::kProcessing || clock.due_on == r.due_on) continue;
      RequestEvent e;
      e.kind = RequestEventKind::kDeadlineRecomputed;
      e.on = std::max(at.china_date(), events.empty() ? r.received_on : events.back().on);
      e.at = at.iso();
      e.actor = actor.name;
      e.data = {{"from", r.due_on ? nlohmann::json(format_date(*r.due_on)) : nlohmann::json()},
                {"to", clock.due_on ? nlohmann::json(format_date(*clock.due_on)) : nlohmann::json()}};
      e.comment = fmt::format("工作日历数据变更，答复期限由{}改为{}", r.due_on ? format_date(*r.due_on) : "无",
                              clock.due_on ? format_date(*clock.due_on) : "无");
      repository::append_event(connection, id, e);
      repository::store_projection(connection, id, clock);
      audit::record(connection, actor,
                    {"request.deadline_recomputed", "application", std::to_string(id),
                     nlohmann::json{{"due_on", e.data["from"]}}.dump(), nlohmann::json{{"due_on", e.data["to"]}}.dump()});
      ++changed;
    }
    return changed;
  });
}

}  // namespace gongkai::requests
