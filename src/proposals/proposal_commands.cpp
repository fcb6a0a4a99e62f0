#include "proposals/proposal_commands.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "proposals/proposal_repository.h"
#include "proposals/proposal_terms.h"
#include "proposals/reply_due_date.h"

namespace gongkai::proposals {
namespace {

CivilDate past_date(const std::string& raw, const std::string& what, CivilDate today) {
  const CivilDate date = require_date(trimmed(raw), what);
  if (date > today) throw InvalidInput(what + "不能晚于今天");
  return date;
}

// A period in months from a form field: `fallback` when empty, else 1 to `longest`.
int months_field(const std::string& raw, int fallback, int longest, const std::string& what) {
  const std::string text = trimmed(raw);
  if (text.empty()) return fallback;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > longest) {
    throw InvalidInput(what + "应为1至" + std::to_string(longest) + "个月：" + text);
  }
  return value;
}

nlohmann::json proposal_json(const Proposal& p) {
  return {{"session_id", p.session_id},       {"number", p.number},
          {"title", p.title},                 {"proposers", p.proposers},
          {"topics", p.topics},               {"handling_role", p.handling_role},
          {"assigned_on", p.assigned_on},     {"due_on", p.due_on},
          {"reply_grade", p.reply_grade},     {"replied_on", p.replied_on},
          {"reply_text", p.reply_text},       {"contacted_on", p.contacted_on},
          {"contact_way", p.contact_way},     {"satisfaction", p.satisfaction},
          {"result_summary", p.result_summary}, {"published", p.published},
          {"published_on", p.published_on},     {"extended_on", p.extended_on},
          {"extension_note", p.extension_note}, {"reassigned_on", p.reassigned_on}};
}

Proposal require_proposal(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto found = detail::find_proposal(connection, staff.agency_id, id);
  if (!found) throw NotFound("建议提案不存在");
  return *found;
}

void save_change(store::Connection& connection, const org::StaffActor& staff, const std::string& action,
                 const Proposal& before, const Proposal& after) {
  detail::update_proposal(connection, after);
  audit::record(connection, staff.audit_actor(),
                {action, "proposal", std::to_string(after.id), proposal_json(before).dump(), proposal_json(after).dump()});
}

}  // namespace

int64_t create_session(store::Connection& connection, const org::StaffActor& staff, const SessionInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  Session s;
  s.agency_id = staff.agency_id;
  s.name = required_field(input.name, "会议名称", 200);
  s.body = std::string(require_body(trimmed(input.body)).key);
  s.level = std::string(require_level(trimmed(input.level)).key);
  s.reply_months = months_field(input.reply_months, 3, 12, "答复期限");
  s.redo_months = months_field(input.redo_months, 1, 6, "重新办理期限");
  store::Transaction transaction(connection);
  if (detail::find_session_by_name(connection, s.agency_id, s.name)) throw Conflict("会议已登记：" + s.name);
  const int64_t id = detail::insert_session(connection, s);
  const nlohmann::json after{{"name", s.name},
                             {"body", s.body},
                             {"level", s.level},
                             {"reply_months", s.reply_months},
                             {"redo_months", s.redo_months}};
  audit::record(connection, staff.audit_actor(),
                {"proposal_session.create", "proposal_session", std::to_string(id), "", after.dump()});
  transaction.commit();
  return id;
}

int64_t add_proposal(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                     const ProposalInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  const auto session = detail::find_session(connection, staff.agency_id, input.session_id);
  if (!session) throw NotFound("会议不存在");
  Proposal p;
  p.agency_id = staff.agency_id;
  p.session_id = session->id;
  p.number = required_field(input.number, "编号", 50);
  p.title = required_field(input.title, "标题", 500);
  p.proposers = required_field(input.proposers, "代表委员", 500);
  p.topics = required_field(input.topics, "内容分类", 500);
  p.handling_role = std::string(require_handling_role(trimmed(input.handling_role)).key);
  const CivilDate assigned = past_date(input.assigned_on, "交办日期", today);
  p.assigned_on = format_date(assigned);
  p.due_on = format_date(reply_due_on(assigned, session->reply_months));
  store::Transaction transaction(connection);
  if (detail::proposal_number_taken(connection, p.session_id, p.number)) {
    throw Conflict(session->name + "的" + p.number + "号已登记");
  }
  p.id = detail::insert_proposal(connection, p);
  audit::record(connection, staff.audit_actor(),
                {"proposal.create", "proposal", std::to_string(p.id), "", proposal_json(p).dump()});
  transaction.commit();
  return p.id;
}

void record_reply(store::Connection& connection, const org::StaffActor& staff, CivilDate today, int64_t proposal_id,
                  const ReplyInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  const std::string grade = std::string(require_reply_grade(trimmed(input.grade)).key);
  const std::string text = required_field(input.text, "答复内容", 20000);
  const CivilDate replied = past_date(input.replied_on, "答复日期", today);
  store::Transaction transaction(connection);
  const Proposal before = require_proposal(connection, staff, proposal_id);
  if (!before.replied_on.empty()) {
    throw Conflict("已于" + before.replied_on + "答复；代表委员不满意的，请先登记重新交办，再登记新的答复");
  }
  if (format_date(replied) < before.assigned_on) throw InvalidInput("答复日期不能早于交办日期" + before.assigned_on);
  if (format_date(replied) < before.reassigned_on) {
    throw InvalidInput("答复日期不能早于重新交办日期" + before.reassigned_on);
  }
  Proposal after = before;
  after.reply_grade = grade;
  after.reply_text = text;
  after.replied_on = format_date(replied);
  save_change(connection, staff, "proposal.reply", before, after);
  transaction.commit();
}

void record_contact(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                    int64_t proposal_id, const ContactInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  const CivilDate contacted = past_date(input.contacted_on, "沟通日期", today);
  const std::string way = required_field(input.way, "沟通方式", 200);
  const std::string satisfaction_text = trimmed(input.satisfaction);
  const std::string satisfaction =
      satisfaction_text.empty() ? "" : std::string(require_satisfaction(satisfaction_text).key);
  store::Transaction transaction(connection);
  const Proposal before = require_proposal(connection, staff, proposal_id);
  if (format_date(contacted) < before.assigned_on) throw InvalidInput("沟通日期不能早于交办日期" + before.assigned_on);
  if (!satisfaction.empty() && before.replied_on.empty()) throw InvalidInput("尚未答复，不能登记满意度");
  Proposal after = before;
  after.contacted_on = format_date(contacted);
  after.contact_way = way;
  if (!satisfaction.empty()) after.satisfaction = satisfaction;
  save_change(connection, staff, "proposal.contact", before, after);
  transaction.commit();
}

void publish_result(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                    int64_t proposal_id, const std::string& summary) {
  staff.require(org::Permission::kManageKeyAreas);
  const std::string text = required_field(summary, "办理结果摘要", 20000);
  store::Transaction transaction(connection);
  const Proposal before = require_proposal(connection, staff, proposal_id);
  if (before.replied_on.empty()) throw InvalidInput("尚未答复，不能公开办理结果");
  Proposal after = before;
  after.result_summary = text;
  after.published = true;
  after.published_on = format_date(today);
  save_change(connection, staff, "proposal.publish", before, after);
  transaction.commit();
}

void extend_reply(store::Connection& connection, const org::StaffActor& staff, CivilDate today, int64_t proposal_id,
                  const std::string& note) {
  staff.require(org::Permission::kManageKeyAreas);
  const std::string explanation = required_field(note, "延期说明", 2000);
  store::Transaction transaction(connection);
  const Proposal before = require_proposal(connection, staff, proposal_id);
  if (!before.replied_on.empty()) throw Conflict("已答复，无需延期");
  if (!before.extended_on.empty()) throw Conflict("已于" + before.extended_on + "延期，不能再次延期");
  if (!before.reassigned_on.empty()) throw Conflict("重新办理的答复期限不能延长");
  if (format_date(today) > before.due_on) {
    throw InvalidInput("已超过答复期限" + before.due_on + "：延期应在期限内向代表委员说明情况");
  }
  const auto assigned = parse_date(before.assigned_on);
  if (!assigned) throw StoreError("proposal_items.assigned_on is not a date");
  Proposal after = before;
  after.due_on = format_date(reply_due_on(*assigned, kExtendedReplyMonths));
  after.extended_on = format_date(today);
  after.extension_note = explanation;
  save_change(connection, staff, "proposal.extend", before, after);
  transaction.commit();
}

void reassign_after_objection(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                              int64_t proposal_id, const ReassignInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  const CivilDate reassigned = past_date(input.reassigned_on, "重新交办日期", today);
  const std::string objection = required_field(input.objection, "代表委员的意见", 2000);
  store::Transaction transaction(connection);
  const Proposal before = require_proposal(connection, staff, proposal_id);
  if (before.replied_on.empty()) throw Conflict("尚未答复，不能重新办理");
  if (before.satisfaction != "unsatisfied") throw Conflict("代表委员对答复不满意的，才能重新办理");
  if (format_date(reassigned) < before.replied_on) {
    throw InvalidInput("重新交办日期不能早于答复日期" + before.replied_on);
  }
  const auto session = detail::find_session(connection, staff.agency_id, before.session_id);
  if (!session) throw StoreError("proposal_items.session_id has no session");
  const std::vector<HandlingRound> earlier = detail::select_rounds(connection, proposal_id);
  const HandlingRound ended{.number = static_cast<int>(earlier.size()) + 1,
                            .assigned_on = before.reassigned_on.empty() ? before.assigned_on : before.reassigned_on,
                            .due_on = before.due_on,
                            .extended_on = before.extended_on,
                            .reply_grade = before.reply_grade,
                            .reply_text = before.reply_text,
                            .replied_on = before.replied_on,
                            .contacted_on = before.contacted_on,
                            .contact_way = before.contact_way,
                            .satisfaction = before.satisfaction,
                            .objection = objection,
                            .reassigned_on = format_date(reassigned)};
  detail::insert_round(connection, proposal_id, ended);
  Proposal after = before;
  after.reassigned_on = format_date(reassigned);
  after.due_on = format_date(add_months_clamped(reassigned, session->redo_months));
  after.reply_grade.clear();
  after.reply_text.clear();
  after.replied_on.clear();
  after.contacted_on.clear();
  after.contact_way.clear();
  after.satisfaction.clear();
  nlohmann::json audited = proposal_json(after);
  audited["objection"] = objection;
  audit::record(connection, staff.audit_actor(),
                {"proposal.reassign", "proposal", std::to_string(after.id), proposal_json(before).dump(),
                 audited.dump()});
  detail::update_proposal(connection, after);
  transaction.commit();
}

}  // namespace gongkai::proposals
