#include "workflow/workflow_commands.h"

#include <nlohmann/json.hpp>

#include "catalog/catalog_commands.h"
#include "catalog/disclosure_attribute.h"
#include "core/errors.h"
#include "core/text.h"
#include "workflow/importance.h"
#include "workflow/item_workflow.h"
#include "workflow/publication_channel.h"
#include "workflow/workflow_repository.h"

namespace gongkai::workflow {
namespace {

using detail::ItemRow;

// An item as the workflow sees it now.
struct Current {
  ItemRow item;
  WorkflowState state = WorkflowState::kDraft;
  Importance importance = Importance::kOrdinary;
};

WorkflowState state_without_history(const ItemRow& item) {
  if (item.status == "published") return WorkflowState::kPublished;
  if (item.status == "revoked") return WorkflowState::kRevoked;
  return state_from_key(item.workflow_state).value_or(WorkflowState::kDraft);
}

Current load(store::Connection& connection, const org::StaffActor& staff, int64_t item_id, CivilDate today) {
  auto item = detail::find_item_row(connection, item_id);
  if (!item || item->agency_id != staff.agency_id) throw NotFound("信息不存在：" + std::to_string(item_id));
  Current current;
  current.state = derive_state(detail::load_events(connection, item_id), today, state_without_history(*item));
  current.importance = parse_importance(item->importance).value_or(Importance::kOrdinary);
  current.item = std::move(*item);
  return current;
}

nlohmann::json state_view(const ItemRow& item, WorkflowState state) {
  return {{"state", state_key(state)},
          {"status", item.status},
          {"published_date", item.published_date},
          {"validity", item.validity}};
}

// Appends the event and moves the projection to the state it leads to (or
// keeps it). Conflict when another request moved the item first.
void append(store::Connection& connection, const org::StaffActor& staff, const Current& current, EventKind kind,
            WorkflowState to, const std::string& comment, const nlohmann::json& data, CivilDate today) {
  if (!detail::move_projection(connection, current.item.id, current.item.workflow_state, std::string(state_key(to)))) {
    throw Conflict("该信息刚被他人处理，请刷新页面后重试");
  }
  ItemEvent event;
  event.item_id = current.item.id;
  event.kind = kind;
  event.at = now_iso8601_china();
  event.on_date = format_date(today);
  if (staff.user_id > 0) event.user_id = staff.user_id;
  event.actor = staff.username;
  event.comment = comment;
  event.data_json = data.is_null() ? "" : data.dump();
  detail::insert_event(connection, event);
}

WorkflowState target(const Current& current, EventKind kind) {
  return transition_for(kind).to.value_or(current.state);
}

// The simple transitions: check, append, audit.
void transit(store::Connection& connection, const org::StaffActor& staff, int64_t item_id, EventKind kind,
             const std::string& comment, CivilDate today, const char* audit_action) {
  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, kind, current.importance, staff);
  const WorkflowState to = target(current, kind);
  append(connection, staff, current, kind, to, comment, nullptr, today);
  nlohmann::json after = state_view(current.item, to);
  if (!comment.empty()) after["comment"] = comment;
  audit::record(connection, staff.audit_actor(),
                {audit_action, "item", std::to_string(item_id), state_view(current.item, current.state).dump(),
                 after.dump()});
  transaction.commit();
}

std::string required_comment(const std::string& text, const char* message) {
  std::string comment = normalize_text(text, true);
  if (comment.empty()) throw InvalidInput(message);
  return comment;
}

// The draft in the catalogue's terms, text normalised.
catalog::NewItem to_new_item(const org::StaffActor& staff, const ItemDraft& d) {
  catalog::NewItem item;
  item.agency_id = staff.agency_id;
  item.category_code = normalize_text(d.category_code);
  item.title = normalize_text(d.title);
  item.doc_number = normalize_text(d.doc_number);
  item.department_code = normalize_text(d.department_code);
  item.written_date = normalize_text(d.written_date);
  item.topic = normalize_text(d.topic);
  item.genre = normalize_text(d.genre);
  item.attribute = normalize_text(d.attribute);
  item.withholding_ground = normalize_text(d.withholding_ground);
  item.summary = normalize_text(d.summary);
  item.body = normalize_text(d.body, true);
  item.public_body = normalize_text(d.public_body, true);
  return item;
}

struct WorkflowColumns {
  std::string importance;
  std::string body_format;
  std::string formed_date;
};

WorkflowColumns workflow_columns(const ItemDraft& d, const catalog::NewItem& item) {
  const auto importance = parse_importance(normalize_text(d.importance));
  if (!importance) throw InvalidInput("事项类别无效（应为一般事项或重大事项）：" + d.importance);
  const std::string format = normalize_text(d.body_format);
  if (format != "text" && format != "markdown") throw InvalidInput("正文格式无效（应为纯文本或Markdown）：" + format);
  const std::string formed = normalize_text(d.formed_date);
  // Not given: the 成文日期, which the catalogue's validation checks.
  if (formed.empty()) return {std::string(info(*importance).key), format, item.written_date};
  const auto formed_date = parse_date(formed);
  if (!formed_date) throw InvalidInput("形成或变更日期格式应为YYYY-MM-DD：" + formed);
  const auto written = parse_date(item.written_date);
  if (written && *formed_date < *written) throw InvalidInput("形成或变更日期不能早于成文日期");
  return {std::string(info(*importance).key), format, formed};
}

void validate(store::Connection& connection, const catalog::NewItem& item) {
  const auto problems = catalog::validate_new_item(connection, item);
  if (!problems.empty()) throw InvalidInput(problems.front());
}

nlohmann::json content_view(const catalog::NewItem& item, const WorkflowColumns& columns) {
  return {{"category", item.category_code},   {"title", item.title},
          {"doc_number", item.doc_number},    {"department", item.department_code},
          {"written_date", item.written_date}, {"formed_date", columns.formed_date},
          {"topic", item.topic},              {"genre", item.genre},
          {"attribute", item.attribute},      {"withholding_ground", item.withholding_ground},
          {"importance", columns.importance}, {"body_format", columns.body_format},
          {"summary", item.summary},          {"body", item.body},
          {"public_body", item.public_body}};
}

nlohmann::json content_view(const ItemRow& item) {
  return {{"category", item.category_code},   {"title", item.title},
          {"doc_number", item.doc_number},    {"department", item.department_code},
          {"written_date", item.written_date}, {"formed_date", item.formed_date},
          {"topic", item.topic},              {"genre", item.genre},
          {"attribute", item.attribute},      {"withholding_ground", item.withholding_ground},
          {"importance", item.importance},    {"body_format", item.body_format},
          {"summary", item.summary},          {"body", item.body},
          {"public_body", item.public_body}};
}

void refuse_unpublishable(const ItemRow& item) {
  const auto attribute = catalog::parse_disclosure_attribute(item.attribute);
  if (!attribute || !catalog::may_be_published(*attribute)) {
    throw Conflict(std::string(attribute ? catalog::to_label(*attribute) : "该") + "的信息不能发布");
  }
  if (*attribute == catalog::DisclosureAttribute::kPartial && item.public_body.empty()) {
    throw Conflict("部分公开的信息须有删减后的公开文本，不能发布");
  }
}

}  // namespace

int64_t draft_item(store::Connection& connection, const org::StaffActor& staff, const ItemDraft& draft) {
  staff.require(org::Permission::kDraftItems);
  const catalog::NewItem item = to_new_item(staff, draft);
  const WorkflowColumns columns = workflow_columns(draft, item);
  store::Transaction transaction(connection);
  const int64_t id = catalog::create_item(connection, staff.audit_actor(), item);
  detail::set_workflow_columns(connection, id, columns.importance, columns.body_format, columns.formed_date,
                               staff.user_id > 0 ? std::optional<int64_t>(staff.user_id) : std::nullopt);
  ItemEvent event;
  event.item_id = id;
  event.kind = EventKind::kDrafted;
  event.at = now_iso8601_china();
  event.on_date = format_date(today_in_china());
  if (staff.user_id > 0) event.user_id = staff.user_id;
  event.actor = staff.username;
  detail::insert_event(connection, event);
  audit::record(connection, staff.audit_actor(),
                {"item.draft", "item", std::to_string(id), "",
                 nlohmann::json{{"state", "draft"},
                                {"importance", columns.importance},
                                {"body_format", columns.body_format},
                                {"formed_date", columns.formed_date}}
                     .dump()});
  transaction.commit();
  return id;
}

void edit_draft(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                const ItemDraft& draft, CivilDate today) {
  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, EventKind::kEdited, current.importance, staff);
  const catalog::NewItem item = to_new_item(staff, draft);
  const WorkflowColumns columns = workflow_columns(draft, item);
  validate(connection, item);
  detail::DraftContent content;
  content.category_id = *detail::category_id(connection, staff.agency_id, item.category_code);
  if (!item.department_code.empty()) content.department_id = detail::department_id(connection, staff.agency_id, item.department_code);
  content.title = item.title;
  content.doc_number = item.doc_number;
  content.written_date = item.written_date;
  content.formed_date = columns.formed_date;
  content.topic = item.topic;
  content.genre = item.genre;
  content.attribute = std::string(catalog::to_code(*catalog::parse_disclosure_attribute(item.attribute)));
  content.withholding_ground = item.withholding_ground;
  content.summary = item.summary;
  content.body = item.body;
  content.public_body = item.public_body;
  content.importance = columns.importance;
  content.body_format = columns.body_format;
  const nlohmann::json after = content_view(item, columns);
  const std::string now = now_iso8601_china();
  const int64_t version = detail::update_draft(connection, item_id, content, after.dump(), now, staff.username);
  append(connection, staff, current, EventKind::kEdited, current.state, "", {{"version", version}}, today);
  audit::record(connection, staff.audit_actor(),
                {"item.edit", "item", std::to_string(item_id), content_view(current.item).dump(), after.dump()});
  transaction.commit();
}

int64_t add_draft_attachment(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                             const std::string& file_name, const std::string& bytes, CivilDate today) {
  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, EventKind::kAttachmentAdded, current.importance, staff);
  const int64_t id = catalog::add_attachment(connection, staff.audit_actor(), item_id, file_name, bytes);
  append(connection, staff, current, EventKind::kAttachmentAdded, current.state, "",
         {{"attachment_id", id}, {"file_name", normalize_text(file_name)}}, today);
  transaction.commit();
  return id;
}

void submit_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id, CivilDate today) {
  transit(connection, staff, item_id, EventKind::kSubmitted, "", today, "item.submit");
}

void pass_review(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                 const std::string& comment, CivilDate today) {
  transit(connection, staff, item_id, EventKind::kReviewPassed, normalize_text(comment, true), today,
          "item.review_pass");
}

void return_from_review(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                        const std::string& comment, CivilDate today) {
  const std::string reason = required_comment(comment, "退回时须填写退回意见");
  transit(connection, staff, item_id, EventKind::kReviewReturned, reason, today, "item.review_return");
}

void approve_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                  const std::string& comment, CivilDate today) {
  transit(connection, staff, item_id, EventKind::kApproved, normalize_text(comment, true), today, "item.approve");
}

void return_from_approval(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                          const std::string& comment, CivilDate today) {
  const std::string reason = required_comment(comment, "退回时须填写退回意见");
  transit(connection, staff, item_id, EventKind::kApprovalReturned, reason, today, "item.approval_return");
}

void publish_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                  const std::string& date_text, CivilDate today) {
  const std::string text = normalize_text(date_text);
  const auto date = text.empty() ? std::optional<CivilDate>(today) : parse_date(text);
  if (!date) throw InvalidInput("发布日期格式应为YYYY-MM-DD：" + text);
  if (*date < today) throw InvalidInput("发布日期不能早于今天");
  const EventKind kind = *date > today ? EventKind::kScheduled : EventKind::kPublished;

  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, kind, current.importance, staff);
  refuse_unpublishable(current.item);
  const auto written = parse_date(current.item.written_date);
  if (written && *date < *written) throw InvalidInput("发布日期不能早于成文日期");

  const std::string now = now_iso8601_china();
  const std::string published = format_date(*date);
  detail::set_published(connection, item_id, published, now);
  catalog::record_search_change(connection, item_id, now);
  const WorkflowState to = target(current, kind);
  append(connection, staff, current, kind, to, "", {{"date", published}}, today);
  ItemRow after = current.item;
  after.status = "published";
  after.published_date = published;
  audit::record(connection, staff.audit_actor(),
                {kind == EventKind::kScheduled ? "item.schedule" : "item.publish", "item", std::to_string(item_id),
                 state_view(current.item, current.state).dump(), state_view(after, to).dump()});
  transaction.commit();
}

int64_t record_channel(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                       const ChannelEntry& entry, CivilDate today) {
  const auto channel = find_channel(normalize_text(entry.channel));
  if (!channel) throw InvalidInput("发布渠道无效：" + entry.channel);
  if (channel->is_portal) throw InvalidInput("门户网站的发布由“发布”操作记录，无需另行登记");
  const std::string outlet = normalize_text(entry.outlet);
  if (channel->needs_outlet && outlet.empty()) {
    throw InvalidInput("请填写" + std::string(channel->name) + "的名称（如报刊、电视台或网站名）");
  }
  const auto date = parse_date(normalize_text(entry.date));
  if (!date) throw InvalidInput("渠道发布日期格式应为YYYY-MM-DD：" + entry.date);
  if (*date > today) throw InvalidInput("渠道发布日期不能晚于今天");

  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, EventKind::kChannelRecorded, current.importance, staff);
  const auto written = parse_date(current.item.written_date);
  if (written && *date < *written) throw InvalidInput("渠道发布日期不能早于成文日期");
  detail::ChannelRow row;
  row.item_id = item_id;
  row.channel = std::string(channel->key);
  row.outlet = outlet;
  row.published_on = format_date(*date);
  row.reference = normalize_text(entry.reference);
  row.recorded_by = staff.username;
  row.recorded_at = now_iso8601_china();
  const int64_t id = detail::insert_channel(connection, row);
  const nlohmann::json data{{"channel_id", id},       {"channel", row.channel},
                            {"outlet", row.outlet},    {"date", row.published_on},
                            {"reference", row.reference}};
  append(connection, staff, current, EventKind::kChannelRecorded, current.state, "", data, today);
  audit::record(connection, staff.audit_actor(), {"item.channel", "item", std::to_string(item_id), "", data.dump()});
  transaction.commit();
  return id;
}

void revoke_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                 const std::string& reason_text, CivilDate today) {
  const std::string reason = required_comment(reason_text, "撤回时须填写撤回理由");
  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, EventKind::kRevoked, current.importance, staff);
  const std::string now = now_iso8601_china();
  detail::set_revoked(connection, item_id, now);
  catalog::record_search_change(connection, item_id, now);
  append(connection, staff, current, EventKind::kRevoked, WorkflowState::kRevoked, reason, nullptr, today);
  ItemRow after = current.item;
  after.status = "revoked";
  nlohmann::json after_view = state_view(after, WorkflowState::kRevoked);
  after_view["reason"] = reason;
  audit::record(connection, staff.audit_actor(),
                {"item.revoke", "item", std::to_string(item_id), state_view(current.item, current.state).dump(),
                 after_view.dump()});
  transaction.commit();
}

void mark_validity(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                   const std::string& validity_text, CivilDate today) {
  const auto validity = catalog::parse_validity(normalize_text(validity_text));
  if (!validity) throw InvalidInput("有效性无效（应为有效、失效或废止）：" + validity_text);
  store::Transaction transaction(connection);
  const Current current = load(connection, staff, item_id, today);
  check_transition(current.state, EventKind::kValidityChanged, current.importance, staff);
  const std::string code(catalog::to_code(*validity));
  if (code == current.item.validity) throw Conflict("该信息的有效性已是" + std::string(catalog::to_label(*validity)));
  const std::string now = now_iso8601_china();
  detail::set_validity(connection, item_id, code, now);
  catalog::record_search_change(connection, item_id, now);
  append(connection, staff, current, EventKind::kValidityChanged, current.state, "",
         {{"from", current.item.validity}, {"to", code}}, today);
  ItemRow after = current.item;
  after.validity = code;
  audit::record(connection, staff.audit_actor(),
                {"item.validity", "item", std::to_string(item_id), state_view(current.item, current.state).dump(),
                 state_view(after, current.state).dump()});
  transaction.commit();
}

void link_interpretation(store::Connection& connection, const org::StaffActor& staff, int64_t interpretation_id,
                         int64_t policy_id, CivilDate today) {
  store::Transaction transaction(connection);
  const Current current = load(connection, staff, interpretation_id, today);
  load(connection, staff, policy_id, today);  // NotFound outside the agency
  check_transition(current.state, EventKind::kInterpretationLinked, current.importance, staff);
  catalog::link_interpretation(connection, staff.audit_actor(), interpretation_id, policy_id);
  append(connection, staff, current, EventKind::kInterpretationLinked, current.state, "", {{"policy", policy_id}},
         today);
  transaction.commit();
}

}  // namespace gongkai::workflow
