#include "credit/decision_commands.h"

#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/masking.h"
#include "credit/decision_repository.h"
#include "credit/decision_validation.h"

namespace gongkai::credit {
namespace {

// The record as the audit log keeps it; the 证件号码 masked (the audit log is
// read in the back office and exported as CSV).
nlohmann::json decision_json(const CreditDecision& d) {
  nlohmann::json fields = nlohmann::json::object();
  for (const auto& [key, value] : d.fields) fields[key] = key == "id_number" ? mask_id_number(value) : value;
  nlohmann::json json = {{"kind", kind_info(d.kind).key}, {"status", status_key(d.status)}, {"fields", fields}};
  if (d.published_on) json["published_on"] = format_date(*d.published_on);
  if (d.withdrawn_on) json["withdrawn_on"] = format_date(*d.withdrawn_on);
  if (!d.withdrawal_reason.empty()) json["withdrawal_reason"] = d.withdrawal_reason;
  return json;
}

CreditDecision require_own(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto decision = detail::select_decision(connection, id);
  if (!decision || decision->agency_id != staff.agency_id) throw NotFound("决定信息不存在");
  return std::move(*decision);
}

void require_unused_number(store::Connection& connection, const CreditDecision& d) {
  if (detail::document_number_taken(connection, d.agency_id, d.kind, d.field("document_number"), d.id)) {
    throw Conflict(std::string(kind_info(d.kind).name) + "决定文书号" + d.field("document_number") +
                   "已录入，不能重复录入");
  }
}

// Writes the event and the audit record; `before` is nullptr for a new record.
void store_event(store::Connection& connection, const org::StaffActor& staff, const CreditDecision* before,
                 const CreditDecision& after, DecisionEventType type, CivilDate day, const std::string& reason,
                 const char* action) {
  detail::insert_event(connection, {0, after.id, type, day, reason, staff.username});
  nlohmann::json after_json = decision_json(after);
  after_json["event"] = {{"type", event_key(type)}, {"date", format_date(day)}, {"reason", reason}};
  audit::record(connection, staff.audit_actor(),
                {action, "credit_decisions", std::to_string(after.id), before ? decision_json(*before).dump() : "",
                 after_json.dump()});
}

CreditDecision new_decision(const org::StaffActor& staff, CivilDate today, const DecisionInput& input) {
  CreditDecision d = checked_decision(input, today);
  d.agency_id = staff.agency_id;
  d.recorded_by = staff.username;
  return d;
}

int64_t store_new(store::Connection& connection, const org::StaffActor& staff, CivilDate today, CreditDecision& d) {
  d.id = detail::insert_decision(connection, d);
  store_event(connection, staff, nullptr, d, DecisionEventType::kRecorded, today, "", "credit_decisions.record");
  return d.id;
}

// "行政相对人名称、处罚内容": the headers of the fields that differ.
std::string changed_fields(const CreditDecision& before, const CreditDecision& after) {
  std::string names;
  for (const auto& field : kind_info(after.kind).fields) {
    if (before.field(field.key) == after.field(field.key)) continue;
    names += (names.empty() ? "" : "、") + std::string(field.header);
  }
  return names;
}

}  // namespace

int64_t record_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                        const DecisionInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  CreditDecision d = new_decision(staff, today, input);
  store::Transaction transaction(connection);
  require_unused_number(connection, d);
  const int64_t id = store_new(connection, staff, today, d);
  transaction.commit();
  return id;
}

void publish_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                      int64_t decision_id) {
  staff.require(org::Permission::kManageKeyAreas);
  store::Transaction transaction(connection);
  const CreditDecision before = require_own(connection, staff, decision_id);
  if (before.status == DecisionStatus::kWithdrawn) throw Conflict("该决定信息已撤销公示，不能公开");
  if (before.status == DecisionStatus::kPublished) {
    throw Conflict("该决定信息已于" + format_date(*before.published_on) + "公开");
  }
  if (today < before.decision_date) throw InvalidInput("公开日期不能早于决定日期");
  CreditDecision after = before;
  after.status = DecisionStatus::kPublished;
  after.published_on = today;
  detail::update_decision(connection, after);
  store_event(connection, staff, &before, after, DecisionEventType::kPublished, today, "", "credit_decisions.publish");
  transaction.commit();
}

void correct_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                      int64_t decision_id, const DecisionInput& input, const std::string& reason) {
  staff.require(org::Permission::kManageKeyAreas);
  const std::string why = required_field(reason, "更正原因", 1000);
  store::Transaction transaction(connection);
  const CreditDecision before = require_own(connection, staff, decision_id);
  if (before.status == DecisionStatus::kWithdrawn) throw Conflict("该决定信息已撤销公示，不能更正");
  CreditDecision checked = checked_decision(before.kind, input, today);
  CreditDecision after = before;
  after.fields = std::move(checked.fields);
  after.decision_date = checked.decision_date;
  after.public_name = checked.public_name;
  const std::string changed = changed_fields(before, after);
  if (changed.empty()) throw InvalidInput("没有更正任何内容");
  require_unused_number(connection, after);
  detail::update_decision(connection, after);
  store_event(connection, staff, &before, after, DecisionEventType::kCorrected, today, why + "（更正：" + changed + "）",
              "credit_decisions.correct");
  transaction.commit();
}

void withdraw_decision(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                       int64_t decision_id, const std::string& reason) {
  staff.require(org::Permission::kManageKeyAreas);
  const std::string why = required_field(reason, "撤销原因", 1000);
  store::Transaction transaction(connection);
  const CreditDecision before = require_own(connection, staff, decision_id);
  if (before.status == DecisionStatus::kWithdrawn) throw Conflict("该决定信息已撤销公示");
  CreditDecision after = before;
  after.status = DecisionStatus::kWithdrawn;
  after.withdrawn_on = today;
  after.withdrawal_reason = why;
  detail::update_decision(connection, after);
  store_event(connection, staff, &before, after, DecisionEventType::kWithdrawn, today, why,
              "credit_decisions.withdraw");
  transaction.commit();
}

ImportReport import_decisions(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                              const std::vector<ImportRow>& rows) {
  staff.require(org::Permission::kManageKeyAreas);
  ImportReport report;
  if (rows.empty()) {
    report.problems.push_back({0, "文件中没有数据行"});
    return report;
  }
  std::vector<CreditDecision> accepted;
  std::set<std::pair<std::string, std::string>> seen;  // kind key, document number
  store::Transaction transaction(connection);
  for (const auto& row : rows) {
    try {
      CreditDecision d = new_decision(staff, today, row.input);
      const std::string number = d.field("document_number");
      if (!seen.insert({std::string(kind_info(d.kind).key), number}).second) {
        throw InvalidInput("决定文书号" + number + "与文件中前面的行重复");
      }
      require_unused_number(connection, d);
      accepted.push_back(std::move(d));
    } catch (const InvalidInput& error) {
      report.problems.push_back({row.row, error.what()});
    } catch (const Conflict& error) {
      report.problems.push_back({row.row, error.what()});
    }
  }
  if (!report.problems.empty()) return report;  // the transaction rolls back: nothing was written
  for (auto& d : accepted) store_new(connection, staff, today, d);
  transaction.commit();
  report.imported = static_cast<int>(accepted.size());
  return report;
}

}  // namespace gongkai::credit
