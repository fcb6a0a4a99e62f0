#include "requests/appeal.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/public_submission.h"
#include "engagement/within_transaction.h"
#include "requests/request_repository.h"

namespace gongkai::requests {
namespace {

using engagement::checked_text;
using engagement::within_transaction;

using repository::optional_date;
using repository::optional_value;

DisclosureRequest staff_request(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  return repository::own_application(connection, staff.agency_id, id);
}

void check_result(const std::string& result, std::optional<CivilDate> decided_on, CivilDate filed_on,
                  CivilDate today) {
  if (!has_term(appeal_results(), result)) throw InvalidInput("请选择审理结果");
  if (result == "pending") return;
  if (!decided_on) throw InvalidInput("请填写结案日期");
  if (*decided_on < filed_on || *decided_on > today) throw InvalidInput("结案日期应在提起之日和今天之间");
}

nlohmann::json appeal_json(const Appeal& a) {
  return {{"application_id", a.application_id}, {"kind", a.kind},           {"filed_on", format_date(a.filed_on)},
          {"body", a.body},                     {"case_number", a.case_number}, {"result", a.result},
          {"decided_on", a.decided_on ? nlohmann::json(format_date(*a.decided_on)) : nlohmann::json()},
          {"note", a.note}};
}

Appeal appeal_from(const store::Row& r) {
  Appeal a;
  a.id = r.integer("id");
  a.application_id = r.integer("application_id");
  a.kind = r.text("kind");
  a.filed_on = parse_date(r.text("filed_on")).value_or(CivilDate{});
  a.body = r.text("body");
  a.case_number = r.text("case_number");
  a.result = r.text("result");
  a.decided_on = optional_date(r, "decided_on");
  a.note = r.text("note");
  return a;
}

Complaint complaint_from(const store::Row& r) {
  Complaint c;
  c.id = r.integer("id");
  c.agency_id = r.integer("agency_id");
  c.application_id = r.optional_integer("application_id");
  c.received_on = parse_date(r.text("received_on")).value_or(CivilDate{});
  c.complainant = r.text("complainant");
  c.phone = r.text("phone");
  c.subject = r.text("subject");
  c.body = r.text("body");
  c.handled_on = optional_date(r, "handled_on");
  c.result = r.text("result");
  return c;
}

constexpr const char* kAppealColumns =
    "id, application_id, kind, filed_on, body, case_number, result, decided_on, note";
constexpr const char* kComplaintColumns =
    "id, agency_id, application_id, received_on, complainant, phone, subject, body, handled_on, result";

}  // namespace

const std::vector<Term>& appeal_kinds() {
  static const std::vector<Term> terms = {{"reconsideration", "行政复议"},
                                          {"litigation_direct", "行政诉讼（未经复议直接起诉）"},
                                          {"litigation_after_reconsideration", "行政诉讼（复议后起诉）"}};
  return terms;
}

const std::vector<Term>& appeal_results() {
  static const std::vector<Term> terms = {
      {"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}};
  return terms;
}

int64_t record_appeal(store::Connection& connection, const org::StaffActor& staff, const Appeal& in, CivilDate today) {
  staff.require(org::Permission::kHandleRequests);
  if (!has_term(appeal_kinds(), in.kind)) throw InvalidInput("请选择复议或诉讼类型");
  Appeal a = in;
  a.body = checked_text(in.body, "复议机关或人民法院", 200, true);
  a.case_number = checked_text(in.case_number, "案号", 100, false);
  a.note = checked_text(in.note, "备注", 2000, false, true);
  if (a.filed_on > today) throw InvalidInput("提起日期不能晚于今天");
  check_result(a.result, a.decided_on, a.filed_on, today);
  return within_transaction(connection, [&] {
    const DisclosureRequest r = staff_request(connection, staff, a.application_id);
    if (a.filed_on < r.received_on) throw InvalidInput("提起日期不能早于收到申请之日");
    const int64_t id =
        connection
            .query_one(
                "INSERT INTO application_appeals (application_id, kind, filed_on, body, case_number, result, "
                "decided_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {a.application_id, a.kind, format_date(a.filed_on), a.body, a.case_number, a.result,
                 optional_value(a.result == "pending" ? std::nullopt : a.decided_on), a.note})
            ->integer(0);
    audit::record(connection, staff.audit_actor(),
                  {"request.appeal", "application_appeal", std::to_string(id), "", appeal_json(a).dump()});
    return id;
  });
}

void decide_appeal(store::Connection& connection, const org::StaffActor& staff, int64_t appeal_id,
                   const std::string& result, std::optional<CivilDate> decided_on, const std::string& note,
                   CivilDate today) {
  staff.require(org::Permission::kHandleRequests);
  within_transaction(connection, [&] {
    const auto row = connection.query_one(std::string("SELECT ") + kAppealColumns +
                                              " FROM application_appeals WHERE id = ?",
                                          {appeal_id});
    if (!row) throw NotFound("复议或诉讼记录不存在");
    const Appeal before = appeal_from(*row);
    staff_request(connection, staff, before.application_id);
    check_result(result, decided_on, before.filed_on, today);
    Appeal after = before;
    after.result = result;
    after.decided_on = result == "pending" ? std::nullopt : decided_on;
    after.note = checked_text(note, "备注", 2000, false, true);
    connection.execute("UPDATE application_appeals SET result = ?, decided_on = ?, note = ? WHERE id = ?",
                       {after.result, optional_value(after.decided_on), after.note, appeal_id});
    audit::record(connection, staff.audit_actor(),
                  {"request.appeal_result", "application_appeal", std::to_string(appeal_id),
                   appeal_json(before).dump(), appeal_json(after).dump()});
  });
}

std::vector<Appeal> appeals_of(store::Connection& connection, int64_t application_id) {
  std::vector<Appeal> appeals;
  for (const auto& r : connection.query(std::string("SELECT ") + kAppealColumns +
                                            " FROM application_appeals WHERE application_id = ? ORDER BY filed_on, id",
                                        {application_id})) {
    appeals.push_back(appeal_from(r));
  }
  return appeals;
}

int64_t record_complaint(store::Connection& connection, const org::StaffActor& staff, const Complaint& in,
                         CivilDate today) {
  staff.require(org::Permission::kHandleRequests);
  Complaint c = in;
  c.complainant = checked_text(in.complainant, "投诉举报人", 100, true);
  c.phone = checked_text(in.phone, "联系电话", 50, false);
  c.subject = checked_text(in.subject, "事由", 200, true);
  c.body = checked_text(in.body, "内容", 5000, true, true);
  if (c.received_on > today) throw InvalidInput("收到日期不能晚于今天");
  return within_transaction(connection, [&] {
    if (c.application_id) staff_request(connection, staff, *c.application_id);
    const int64_t id =
        connection
            .query_one(
                "INSERT INTO disclosure_complaints (agency_id, application_id, received_on, complainant, phone, "
                "subject, body) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {staff.agency_id, c.application_id ? store::Value(*c.application_id) : store::Value(std::monostate{}),
                 format_date(c.received_on), c.complainant, c.phone, c.subject, c.body})
            ->integer(0);
    audit::record(connection, staff.audit_actor(),
                  {"request.complaint", "disclosure_complaint", std::to_string(id), "",
                   nlohmann::json{{"subject", c.subject}, {"received_on", format_date(c.received_on)}}.dump()});
    return id;
  });
}

void handle_complaint(store::Connection& connection, const org::StaffActor& staff, int64_t complaint_id,
                      CivilDate handled_on, const std::string& result, CivilDate today) {
  staff.require(org::Permission::kHandleRequests);
  const std::string text = checked_text(result, "处理结果", 5000, true, true);
  within_transaction(connection, [&] {
    const auto row = connection.query_one(std::string("SELECT ") + kComplaintColumns +
                                              " FROM disclosure_complaints WHERE id = ? AND agency_id = ?",
                                          {complaint_id, staff.agency_id});
    if (!row) throw NotFound("投诉举报记录不存在");
    const Complaint before = complaint_from(*row);
    if (handled_on < before.received_on || handled_on > today) throw InvalidInput("办结日期应在收到之日和今天之间");
    connection.execute("UPDATE disclosure_complaints SET handled_on = ?, result = ? WHERE id = ?",
                       {format_date(handled_on), text, complaint_id});
    audit::record(connection, staff.audit_actor(),
                  {"request.complaint_handled", "disclosure_complaint", std::to_string(complaint_id),
                   nlohmann::json{{"result", before.result}}.dump(),
                   nlohmann::json{{"handled_on", format_date(handled_on)}, {"result", text}}.dump()});
  });
}

std::vector<Complaint> complaints_of(store::Connection& connection, int64_t agency_id) {
  std::vector<Complaint> complaints;
  for (const auto& r : connection.query(std::string("SELECT ") + kComplaintColumns +
                                            " FROM disclosure_complaints WHERE agency_id = ? ORDER BY received_on DESC, id DESC",
                                        {agency_id})) {
    complaints.push_back(complaint_from(r));
  }
  return complaints;
}

}  // namespace gongkai::requests
