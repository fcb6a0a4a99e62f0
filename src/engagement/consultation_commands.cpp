#include "engagement/consultation_commands.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/consultation_queries.h"
#include "engagement/within_transaction.h"

namespace gongkai::engagement {
namespace {

constexpr size_t kTitleChars = 200;
constexpr size_t kTextChars = 100000;
constexpr size_t kResponseChars = 2000;
constexpr size_t kSummaryChars = 20000;

struct CheckedDraft {
  std::string title, draft_text, background, basis;
  CivilDate opens_on, closes_on;
  bool published = true;
};

CheckedDraft check_draft(const ConsultationDraft& in) {
  CheckedDraft out;
  out.title = checked_text(in.title, "标题", kTitleChars, true);
  out.draft_text = checked_text(in.draft_text, "征求意见稿", kTextChars, true, true);
  out.background = checked_text(in.background, "起草背景", kTextChars, true, true);
  out.basis = checked_text(in.basis, "决策依据", kTextChars, true, true);
  out.opens_on = require_date(in.opens_on, "征集开始日期");
  out.closes_on = require_date(in.closes_on, "征集截止日期");
  if (out.closes_on < out.opens_on) throw InvalidInput("征集截止日期不能早于开始日期");
  out.published = in.published;
  return out;
}

nlohmann::json snapshot(const Consultation& c) {
  return {{"title", c.title},
          {"draft_text", c.draft_text},
          {"background", c.background},
          {"basis", c.basis},
          {"opens_on", format_date(c.opens_on)},
          {"closes_on", format_date(c.closes_on)},
          {"published", c.published},
          {"policy_item_id", c.policy_item_id ? nlohmann::json(*c.policy_item_id) : nlohmann::json()},
          {"adoption_summary", c.adoption_summary},
          {"adoption_published_on",
           c.adoption_published_on ? nlohmann::json(format_date(*c.adoption_published_on)) : nlohmann::json()}};
}

nlohmann::json snapshot(const CheckedDraft& d) {
  return {{"title", d.title},
          {"draft_text", d.draft_text},
          {"background", d.background},
          {"basis", d.basis},
          {"opens_on", format_date(d.opens_on)},
          {"closes_on", format_date(d.closes_on)},
          {"published", d.published}};
}

nlohmann::json snapshot(const ConsultationComment& c) {
  return {{"moderation", moderation_key(c.moderation)},
          {"adopted", adoption_key(c.adoption)},
          {"response", c.response}};
}

Consultation staff_consultation(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto found = find_consultation(connection, id);
  if (!found || found->agency_id != staff.agency_id) throw NotFound("意见征集不存在");
  return *found;
}

}  // namespace

int64_t open_consultation(store::Connection& connection, const org::StaffActor& staff,
                          const ConsultationDraft& draft, const Moment& at) {
  staff.require(org::Permission::kManageConsultations);
  const CheckedDraft d = check_draft(draft);
  return within_transaction(connection, [&] {
    if (connection.query_one("SELECT id FROM consultations WHERE agency_id = ? AND title = ? AND opens_on = ?",
                             {staff.agency_id, d.title, format_date(d.opens_on)})) {
      throw Conflict("同一标题、同一开始日期的意见征集已经发起，请勿重复提交");
    }
    const int64_t id =
        connection
            .query_one(
                "INSERT INTO consultations (agency_id, title, draft_text, background, basis, opens_on, closes_on, "
                "published, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {staff.agency_id, d.title, d.draft_text, d.background, d.basis, format_date(d.opens_on),
                 format_date(d.closes_on), int64_t{d.published ? 1 : 0}, staff.username, at.iso()})
            ->integer(0);
    audit::record(connection, staff.audit_actor(),
                  {"consultation.open", "consultation", std::to_string(id), "", snapshot(d).dump()});
    return id;
  });
}

void update_consultation(store::Connection& connection, const org::StaffActor& staff, int64_t id,
                         const ConsultationDraft& draft) {
  staff.require(org::Permission::kManageConsultations);
  const CheckedDraft d = check_draft(draft);
  within_transaction(connection, [&] {
    const Consultation before = staff_consultation(connection, staff, id);
    if (before.adoption_published()) throw Conflict("采纳情况已公布，征求意见稿不能再修改");
    connection.execute(
        "UPDATE consultations SET title = ?, draft_text = ?, background = ?, basis = ?, opens_on = ?, "
        "closes_on = ?, published = ? WHERE id = ?",
        {d.title, d.draft_text, d.background, d.basis, format_date(d.opens_on), format_date(d.closes_on),
         int64_t{d.published ? 1 : 0}, id});
    audit::record(connection, staff.audit_actor(),
                  {"consultation.update", "consultation", std::to_string(id), snapshot(before).dump(),
                   snapshot(d).dump()});
  });
}

int64_t submit_comment(store::Connection& connection, const PublicSender& sender, int64_t consultation_id,
                       const NewComment& comment) {
  const std::string name = checked_text(comment.commenter_name, "姓名", kCommentLimits.name_chars, false);
  const std::string contact = checked_text(comment.contact, "联系方式", kCommentLimits.contact_chars, false);
  const std::string body = checked_text(comment.body, "意见内容", kCommentLimits.body_chars, true, true);
  return within_transaction(connection, [&] {
    serialize_submissions(connection, SubmissionKind::kComment);
    const auto consultation = find_consultation(connection, consultation_id);
    if (!consultation || !consultation->published) throw NotFound("意见征集不存在");
    const CivilDate today = sender.at.china_date();
    switch (consultation->phase(today)) {
      case ConsultationPhase::kNotStarted:
        throw Conflict("意见征集尚未开始（" + format_date_chinese(consultation->opens_on) + "开始），暂不能提交意见");
      case ConsultationPhase::kClosed:
        throw Conflict("意见征集已于" + format_date_chinese(consultation->closes_on) + "截止，不再接收意见");
      case ConsultationPhase::kOpen: break;
    }
    if (const auto again = connection.query_one(
            "SELECT id FROM consultation_comments WHERE consultation_id = ? AND remote_address = ? AND body = ?",
            {consultation_id, sender.remote_address, body})) {
      return again->integer(0);  // a double submit: the comment is already there
    }
    check_submission_rate(connection, SubmissionKind::kComment, sender, kCommentLimits);
    const int64_t id = connection
                           .query_one(
                               "INSERT INTO consultation_comments (consultation_id, commenter_name, contact, body, "
                               "remote_address, submitted_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                               {consultation_id, name, contact, body, sender.remote_address, sender.at.iso()})
                           ->integer(0);
    // The audit record keeps what was sent except the contact, which only staff see in the comment itself.
    audit::record(connection, sender.audit_actor(),
                  {"consultation.comment", "consultation_comment", std::to_string(id), "",
                   nlohmann::json{{"consultation_id", consultation_id}, {"commenter_name", name}, {"body", body}}
                       .dump()});
    return id;
  });
}

void moderate_comment(store::Connection& connection, const org::StaffActor& staff, int64_t comment_id,
                      const CommentDecision& decision, const Moment& at) {
  staff.require(org::Permission::kManageConsultations);
  if (decision.moderation == Moderation::kPending) throw InvalidInput("请选择公开或不予公开");
  const std::string response = checked_text(decision.response, "答复意见", kResponseChars, false, true);
  within_transaction(connection, [&] {
    const auto before = find_comment(connection, comment_id);
    if (!before) throw NotFound("意见不存在");
    const Consultation consultation = staff_consultation(connection, staff, before->consultation_id);
    if (consultation.adoption_published()) throw Conflict("采纳情况已公布，意见的审核结果不能再修改");
    ConsultationComment after = *before;
    after.moderation = decision.moderation;
    after.adoption = decision.adoption;
    after.response = response;
    connection.execute(
        "UPDATE consultation_comments SET moderation = ?, adopted = ?, response = ?, moderated_by = ?, "
        "moderated_at = ? WHERE id = ?",
        {std::string(moderation_key(after.moderation)), std::string(adoption_key(after.adoption)), response,
         staff.username, at.iso(), comment_id});
    audit::record(connection, staff.audit_actor(),
                  {"consultation.moderate", "consultation_comment", std::to_string(comment_id),
                   snapshot(*before).dump(), snapshot(after).dump()});
  });
}

void publish_adoption(store::Connection& connection, const org::StaffActor& staff, int64_t consultation_id,
                      const std::string& summary, const Moment& at) {
  staff.require(org::Permission::kManageConsultations);
  const std::string text = checked_text(summary, "采纳情况", kSummaryChars, true, true);
  within_transaction(connection, [&] {
    const Consultation before = staff_consultation(connection, staff, consultation_id);
    const CivilDate today = at.china_date();
    if (before.phase(today) != ConsultationPhase::kClosed) {
      throw Conflict("意见征集截止（" + format_date_chinese(before.closes_on) + "）后才能公布采纳情况");
    }
    if (before.adoption_published()) throw Conflict("采纳情况已经公布");
    const int64_t pending = count_comments(connection, consultation_id, Moderation::kPending);
    if (pending > 0) throw Conflict("还有" + std::to_string(pending) + "条意见未审核，请审核后再公布采纳情况");
    connection.execute("UPDATE consultations SET adoption_summary = ?, adoption_published_on = ? WHERE id = ?",
                       {text, format_date(today), consultation_id});
    Consultation after = before;
    after.adoption_summary = text;
    after.adoption_published_on = today;
    audit::record(connection, staff.audit_actor(),
                  {"consultation.publish_adoption", "consultation", std::to_string(consultation_id),
                   snapshot(before).dump(), snapshot(after).dump()});
  });
}

void link_consultation_policy(store::Connection& connection, const org::StaffActor& staff,
                              int64_t consultation_id, std::optional<int64_t> policy_item_id) {
  staff.require(org::Permission::kManageConsultations);
  within_transaction(connection, [&] {
    const Consultation before = staff_consultation(connection, staff, consultation_id);
    if (policy_item_id) {
      const auto item = connection.query_one("SELECT agency_id FROM items WHERE id = ?", {*policy_item_id});
      if (!item || item->integer(0) != staff.agency_id) throw InvalidInput("关联的政策文件不存在");
    }
    connection.execute("UPDATE consultations SET policy_item_id = ? WHERE id = ?",
                       {policy_item_id ? store::Value{*policy_item_id} : store::Value{}, consultation_id});
    Consultation after = before;
    after.policy_item_id = policy_item_id;
    audit::record(connection, staff.audit_actor(),
                  {"consultation.link_policy", "consultation", std::to_string(consultation_id),
                   snapshot(before).dump(), snapshot(after).dump()});
  });
}

}  // namespace gongkai::engagement
