#include "requests/request_queries.h"

#include <algorithm>

#include "core/errors.h"
#include "core/masking.h"
#include "core/money.h"
#include "engagement/tracking_code.h"
#include "engagement/within_transaction.h"
#include "org/agency_repository.h"
#include "requests/notice_letters.h"
#include "requests/reply_outcomes.h"
#include "requests/request_repository.h"

namespace gongkai::requests {
namespace {

DisclosureRequest staff_request(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  staff.require(org::Permission::kHandleRequests);
  return repository::own_application(connection, staff.agency_id, id);
}

std::vector<RequestFileInfo> file_infos(store::Connection& connection, int64_t id) {
  std::vector<RequestFileInfo> files;
  for (const auto& f : repository::files_of(connection, id)) {
    files.push_back({f.id, f.purpose, f.file_name, f.media_type, f.size_bytes});
  }
  return files;
}

std::optional<ReplyLetter> letter_of(const std::vector<RequestEvent>& events) {
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (it->kind == RequestEventKind::kReplied && it->data.contains("letter")) {
      return reply_letter_from_json(it->data["letter"]);
    }
  }
  return std::nullopt;
}

RequestListEntry entry_of(const DisclosureRequest& r, const RequestClock& clock, CivilDate today) {
  RequestListEntry e;
  e.id = r.id;
  e.tracking_code = r.tracking_code;
  e.applicant_name = mask_name(r.applicant_name);
  e.applicant_kind = r.applicant_kind;
  e.channel = r.channel;
  e.description = r.description;
  e.received_on = r.received_on;
  e.due_on = clock.due_on;
  e.phase = clock.phase;
  e.outcome = clock.outcome;
  e.closed_on = clock.closed_on;
  e.left_days = clock.left_days;
  e.overdue = clock.overdue(today);
  e.replied_late = clock.replied_late();
  return e;
}

RequestListEntry derive_entry(store::Connection& connection, const RequestServices& services, int64_t id,
                              CivilDate today) {
  const DisclosureRequest r = *repository::find_application(connection, id);
  const auto events = repository::events_of(connection, id);
  const RequestClock clock =
      derive_clock(r.received_on, events, services.calendar, today, clock_policy(connection, r.agency_id));
  return entry_of(r, clock, today);
}

bool needs_attention(const RequestListEntry& e) {
  return e.phase != RequestPhase::kClosed && e.due_on && (e.overdue || e.left_days <= kDueSoonWorkingDays);
}

std::string public_detail(const RequestEvent& e) {
  switch (e.kind) {
    case RequestEventKind::kCorrectionRequested:
      return e.date("reply_by") ? "补正期限至" + format_date_chinese(*e.date("reply_by")) : "";
    case RequestEventKind::kExtended: return "延长" + std::to_string(e.integer("days")) + "个工作日";
    case RequestEventKind::kFeeNoticed:
      return "应缴信息处理费" + format_yuan(Fen{e.integer("amount_fen")}) + "元，缴费期限至" +
             (e.date("pay_by") ? format_date_chinese(*e.date("pay_by")) : "");
    case RequestEventKind::kReplied: return outcome_label(e.text("outcome"));
    default: return "";
  }
}

// Kinds the applicant sees in the steps; notes and internal records stay inside.
bool shown_to_applicant(RequestEventKind kind) {
  return kind != RequestEventKind::kNote && kind != RequestEventKind::kConvertedToItem &&
         kind != RequestEventKind::kDeadlineRecomputed;
}

// Checks the code and password; counts a failure in its own transaction, so
// that it stays counted although the caller's work is refused.
int64_t open_with_password(store::Connection& connection, const engagement::PublicSender& sender,
                           const std::string& typed_code, const std::string& password) {
  const auto code = engagement::normalize_tracking_code(typed_code);
  const std::string code_key = code.value_or(typed_code.substr(0, 32));
  require_lookup_allowed(connection, sender, code_key);
  std::optional<repository::CodeMatch> match;
  if (code) match = repository::find_by_code(connection, *code);
  if (match && query_password_matches(password, match->query_password_hash)) return match->id;
  refuse_lookup(connection, sender, code_key);
}

}  // namespace

ClockPolicy clock_policy(store::Connection& connection, int64_t agency_id) {
  ClockPolicy policy;
  const auto value = repository::agency_setting(connection, agency_id, "requests.fee_time_counted");
  policy.fee_time_counted = value && *value == "1";
  return policy;
}

RequestCase load_case(store::Connection& connection, const RequestServices& services, const org::StaffActor& staff,
                      int64_t application_id, CivilDate today) {
  RequestCase c;
  c.request = staff_request(connection, staff, application_id);
  c.events = repository::events_of(connection, application_id);
  c.clock = derive_clock(c.request.received_on, c.events, services.calendar, today,
                         clock_policy(connection, c.request.agency_id));
  c.files = file_infos(connection, application_id);
  c.appeals = appeals_of(connection, application_id);
  c.letter = letter_of(c.events);
  return c;
}

RequestPage list_requests(store::Connection& connection, const RequestServices& services,
                          const org::StaffActor& staff, const RequestFilter& filter, CivilDate today) {
  staff.require(org::Permission::kHandleRequests);
  const auto ids = repository::application_ids(connection, staff.agency_id, filter.view, filter.year);
  std::vector<RequestListEntry> entries;
  for (const int64_t id : ids) {
    RequestListEntry e = derive_entry(connection, services, id, today);
    if (filter.view == "attention" && !needs_attention(e)) continue;
    entries.push_back(std::move(e));
  }
  RequestPage page;
  page.total = static_cast<int>(entries.size());
  const int size = std::max(1, filter.page_size);
  page.page_count = std::max(1, (page.total + size - 1) / size);
  page.page = std::clamp(filter.page, 1, page.page_count);
  const auto first = std::min(entries.size(), static_cast<size_t>((page.page - 1) * size));
  const auto last = std::min(entries.size(), first + size);
  page.entries.assign(entries.begin() + first, entries.begin() + last);
  return page;
}

RequestsNeedingAttention requests_needing_attention(store::Connection& connection, const RequestServices& services,
                                                    int64_t agency_id, CivilDate today) {
  RequestsNeedingAttention result;
  for (const int64_t id : repository::application_ids(connection, agency_id, "open", std::nullopt)) {
    RequestListEntry e = derive_entry(connection, services, id, today);
    if (!needs_attention(e)) continue;
    (e.overdue ? result.overdue : result.due_soon).push_back(std::move(e));
  }
  const auto soonest = [](const RequestListEntry& a, const RequestListEntry& b) { return *a.due_on < *b.due_on; };
  std::sort(result.due_soon.begin(), result.due_soon.end(), soonest);
  std::sort(result.overdue.begin(), result.overdue.end(), soonest);
  return result;
}

std::string reveal_id_number(store::Connection& connection, const RequestServices& services,
                             const org::StaffActor& staff, int64_t application_id) {
  return engagement::within_transaction(connection, [&] {
    const DisclosureRequest r = staff_request(connection, staff, application_id);
    audit::record(connection, staff.audit_actor(),
                  {"request.reveal_id", "application", std::to_string(application_id), "",
                   nlohmann::json{{"id_number", r.id_number_masked}}.dump()});
    return services.seal.unseal(r.id_number_sealed);
  });
}

RequestFile load_request_file(store::Connection& connection, const org::StaffActor& staff, int64_t file_id) {
  const auto file = repository::load_file(connection, file_id);
  if (!file) throw NotFound("文件不存在");
  staff_request(connection, staff, file->first);
  return file->second;
}

PublicCaseView look_up_request(store::Connection& connection, const RequestServices& services,
                               const engagement::PublicSender& sender, const std::string& typed_code,
                               const std::string& password, CivilDate today) {
  const int64_t id = open_with_password(connection, sender, typed_code, password);
  const DisclosureRequest r = *repository::find_application(connection, id);
  const auto events = repository::events_of(connection, id);
  const RequestClock clock =
      derive_clock(r.received_on, events, services.calendar, today, clock_policy(connection, r.agency_id));
  PublicCaseView view;
  view.tracking_code = engagement::format_tracking_code(r.tracking_code);
  const auto agency = org::find_agency_by_id(connection, r.agency_id);
  view.agency_name = agency ? agency->name : "";
  view.applicant_name = mask_name(r.applicant_name);
  view.description = r.description;
  view.received_on = r.received_on;
  view.phase = clock.phase;
  view.due_on = clock.due_on;
  view.outcome = clock.outcome;
  view.explanation = clock.explanation;
  for (const auto& e : events) {
    if (!shown_to_applicant(e.kind)) continue;
    view.steps.push_back({e.on, std::string(request_event_name(e.kind)), public_detail(e)});
    if (auto notice = kept_notice(e)) view.notices.push_back({e.id, std::move(*notice)});
  }
  view.letter = letter_of(events);
  for (auto& f : file_infos(connection, id)) {
    if (f.purpose == "disclosed") view.disclosed_files.push_back(std::move(f));
  }
  return view;
}

RequestFile load_disclosed_file(store::Connection& connection, const engagement::PublicSender& sender,
                                const std::string& typed_code, const std::string& password, int64_t file_id) {
  const int64_t id = open_with_password(connection, sender, typed_code, password);
  const auto file = repository::load_file(connection, file_id);
  if (!file || file->first != id) throw NotFound("文件不存在");
  for (const auto& info : repository::files_of(connection, id)) {
    if (info.id == file_id && info.purpose == "disclosed") return file->second;
  }
  throw NotFound("文件不存在");
}

}  // namespace gongkai::requests
