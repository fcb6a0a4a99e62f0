#include "requests/demo_requests.h"

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/moment.h"
#include "engagement/public_submission.h"
#include "requests/appeal.h"
#include "requests/request_commands.h"
#include "requests/request_repository.h"

namespace gongkai::requests {
namespace {

using engagement::Moment;
using Json = nlohmann::json;

constexpr const char* kDemoAddress = "demo";
constexpr int kCaseActionHour = 10;

Json read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InvalidInput("无法读取演示数据文件：" + file.string());
  try {
    return Json::parse(in);
  } catch (const Json::exception& e) {
    throw InvalidInput("演示数据文件格式错误：" + file.string() + "（" + e.what() + "）");
  }
}

std::string text(const Json& object, const char* name) {
  if (!object.contains(name) || object[name].is_null()) return "";
  if (!object[name].is_string()) throw InvalidInput(std::string("演示数据字段须为字符串：") + name);
  return object[name].get<std::string>();
}

int integer(const Json& object, const char* name) {
  if (!object.contains(name) || object[name].is_null()) return 0;
  if (!object[name].is_number_integer()) throw InvalidInput(std::string("演示数据字段须为整数：") + name);
  return object[name].get<int>();
}

std::optional<CivilDate> optional_date(const Json& object, const char* name) {
  const std::string value = text(object, name);
  if (value.empty()) return std::nullopt;
  auto date = parse_date(value);
  if (!date) throw InvalidInput(std::string("演示数据日期格式错误：") + name + "=" + value);
  return date;
}

CivilDate date(const Json& object, const char* name) {
  auto value = optional_date(object, name);
  if (!value) throw InvalidInput(std::string("演示数据缺少日期：") + name);
  return *value;
}

ApplicationForm form_of(const Json& a) {
  const Json& applicant = a.at("applicant");
  ApplicationForm form;
  form.applicant_kind = text(applicant, "kind");
  form.name = text(applicant, "name");
  form.id_type = text(applicant, "id_type");
  form.id_number = text(applicant, "id_number");
  form.phone = text(applicant, "phone");
  form.address = text(applicant, "address");
  form.postcode = text(applicant, "postcode");
  form.email = text(applicant, "email");
  form.description = text(a, "description");
  form.form_wanted = text(a, "form");
  form.delivery = text(a, "delivery");
  return form;
}

// The n-th application "arrives" at a different hour and minute, so that no
// two filings from the demo address fall within the filing-rate window.
Moment arrival(CivilDate received_on, int n) { return Moment::china(received_on, 8 + n % 10, (n * 7) % 60); }

int64_t file(store::Connection& connection, const RequestServices& services, const org::StaffActor& office,
             const Json& a, int n) {
  const std::string channel = text(a, "channel");
  const CivilDate received_on = date(a, "received_on");
  if (channel == "online" || channel == "api") {
    const engagement::PublicSender sender{kDemoAddress, arrival(received_on, n)};
    return file_request(connection, services, sender, office.agency_id, form_of(a), channel).id;
  }
  return register_request(connection, services, office, form_of(a), channel, received_on, {},
                          Moment::china(received_on))
      .id;
}

CaseAction action_of(const Json& e) {
  const auto kind = request_event_from_key(text(e, "kind"));
  if (!kind) throw InvalidInput("未知的办理步骤：" + text(e, "kind"));
  CaseAction action;
  action.kind = *kind;
  action.on = date(e, "on");
  action.comment = text(e, "comment");
  switch (*kind) {
    case RequestEventKind::kCorrectionRequested:
      action.reply_by = optional_date(e, "reply_by");
      break;
    case RequestEventKind::kThirdPartyConsulted:
      action.party = text(e, "party");
      break;
    case RequestEventKind::kExtended:
      action.days = integer(e, "days");
      action.approved_by = text(e, "approved_by");
      if (action.comment.empty()) action.comment = text(e, "reason");
      break;
    case RequestEventKind::kFeeNoticed:
      action.fee_mode = text(e, "mode");
      action.units = integer(e, "units");
      break;
    case RequestEventKind::kReplied:
      action.outcome = text(e, "outcome");
      action.referral = text(e, "referral");
      break;
    case RequestEventKind::kCorrected:
    case RequestEventKind::kThirdPartyAnswered:
    case RequestEventKind::kFeePaid:
    case RequestEventKind::kNote:
      break;
    default:
      throw InvalidInput("演示数据不能记录此办理步骤：" + text(e, "kind"));
  }
  return action;
}

RequestEvent stored_event(store::Connection& connection, int64_t application_id, int64_t event_id) {
  for (auto& event : repository::events_of(connection, application_id)) {
    if (event.id == event_id) return event;
  }
  throw StoreError("the event just appended is missing");
}

// The file's expectations against what the system computed.
void check_expectations(const Json& e, const RequestEvent& stored) {
  if (e.contains("expected_amount_yuan")) {
    const int64_t expected_fen = static_cast<int64_t>(integer(e, "expected_amount_yuan")) * 100;
    const int64_t computed_fen = stored.integer("amount_fen", -1);
    if (computed_fen != expected_fen) {
      throw InvalidInput("收费金额与演示数据不符：应为" + std::to_string(expected_fen) + "分，系统计算为" +
                         std::to_string(computed_fen) + "分");
    }
  }
  if (stored.kind == RequestEventKind::kCorrectionRequested) return;  // reply_by was input, not computed
  if (const auto expected = optional_date(e, "reply_by")) {
    if (stored.date("reply_by") != expected) {
      throw InvalidInput("第三方答复期限与演示数据不符：应为" + format_date(*expected) + "，系统计算为" +
                         stored.text("reply_by"));
    }
  }
  if (const auto expected = optional_date(e, "pay_by")) {
    if (stored.date("pay_by") != expected) {
      throw InvalidInput("缴费期限与演示数据不符：应为" + format_date(*expected) + "，系统计算为" +
                         stored.text("pay_by"));
    }
  }
}

void record_appeals(store::Connection& connection, const org::StaffActor& office, int64_t application_id,
                    const Json& list) {
  for (const auto& j : list) {
    Appeal appeal;
    appeal.application_id = application_id;
    appeal.kind = text(j, "kind");
    appeal.filed_on = date(j, "filed_on");
    appeal.body = text(j, "body");
    appeal.case_number = text(j, "case_number");
    appeal.result = text(j, "result").empty() ? "pending" : text(j, "result");
    appeal.decided_on = optional_date(j, "decided_on");
    appeal.note = text(j, "note");
    record_appeal(connection, office, appeal, appeal.decided_on.value_or(appeal.filed_on));
  }
}

void replay(store::Connection& connection, const RequestServices& services, const org::StaffActor& office,
            const Json& a, int n) {
  const int64_t id = file(connection, services, office, a, n);
  for (const auto& e : a.value("events", Json::array())) {
    const CaseAction action = action_of(e);
    const int64_t event_id =
        act_on_request(connection, services, office, id, action, Moment::china(action.on, kCaseActionHour));
    check_expectations(e, stored_event(connection, id, event_id));
  }
  if (a.contains("appeals") && a["appeals"].is_array()) record_appeals(connection, office, id, a["appeals"]);
}

// A refusal of one application's step, re-thrown with the application's key.
template <typename Error>
[[noreturn]] void rethrow_for(const std::string& key, const Error& error) {
  throw Error("演示申请" + key + "：" + error.what());
}

void replay_keyed(store::Connection& connection, const RequestServices& services, const org::StaffActor& office,
                  const Json& a, int n) {
  const std::string key = text(a, "key");
  try {
    replay(connection, services, office, a, n);
  } catch (const InvalidInput& e) {
    rethrow_for(key, e);
  } catch (const Conflict& e) {
    rethrow_for(key, e);
  } catch (const NotFound& e) {
    rethrow_for(key, e);
  } catch (const Forbidden& e) {
    rethrow_for(key, e);
  }
}

void load_complaints(store::Connection& connection, const org::StaffActor& office, const Json& list) {
  for (const auto& j : list) {
    Complaint complaint;
    complaint.agency_id = office.agency_id;
    complaint.received_on = date(j, "received_on");
    complaint.complainant = text(j, "complainant");
    complaint.phone = text(j, "phone");
    complaint.subject = text(j, "subject");
    complaint.body = text(j, "body");
    const int64_t id = record_complaint(connection, office, complaint, complaint.received_on);
    if (const auto handled_on = optional_date(j, "handled_on")) {
      handle_complaint(connection, office, id, *handled_on, text(j, "result"), *handled_on);
    }
  }
}

}  // namespace

int load_demo_requests(store::Connection& connection, const RequestServices& services, const org::StaffActor& office,
                       const std::filesystem::path& applications_json) {
  const Json data = read_json(applications_json);
  store::Transaction transaction(connection);
  int count = 0;
  for (const auto& a : data.value("applications", Json::array())) replay_keyed(connection, services, office, a, count++);
  load_complaints(connection, office, data.value("complaints", Json::array()));
  transaction.commit();
  return count;
}

}  // namespace gongkai::requests
