// gongkai/workflow/workflow_commands.h
//
// The write side of the proactive-disclosure workflow: draft → 保密审查 →
// approval (一般事项 by the 分管领导, 重大事项 by the 主要领导) → publish now or
// on a set day → other channels → revoke, 有效性. Each function
//   - runs in ONE transaction of its own (the connection must not be in one),
//   - finds the item in the actor's agency (NotFound otherwise),
//   - derives the state from the item's events and checks the transition
//     table (item_workflow.h): an illegal one throws Conflict ("该信息当前状态
//     为待保密审查，不能发布"), a role that may not act throws Forbidden,
//   - appends the event, moves the items.workflow_state projection (a second
//     request racing on the same item gets Conflict), writes the audit record
//     with the values before and after, and a search change-log row when what
//     the public sees may change.
// Whatever the path, an item marked 不予公开 or 依申请公开 is never published,
// and a 部分公开 item is published only with its redacted public body.
#pragma once

#include <cstdint>
#include <string>

#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::workflow {

// A draft as the form holds it. Codes or Chinese labels are accepted for the
// attribute (公开属性), importance and validity; body_format is "text" or
// "markdown"; formed_date ("" = written_date) starts the 20-working-day clock.
struct ItemDraft {
  std::string category_code;
  std::string title;
  std::string doc_number;
  std::string department_code;
  std::string written_date;
  std::string formed_date;
  std::string topic;
  std::string genre;
  std::string attribute = "主动公开";
  std::string withholding_ground;
  std::string importance = "ordinary";
  std::string body_format = "text";
  std::string summary;
  std::string body;
  std::string public_body;  // 部分公开: the redacted text the public reads
};

// Creates the item as a draft (status 'draft', state 起草中) with the catalogue's
// validation; returns its id. Needs kDraftItems.
int64_t draft_item(store::Connection& connection, const org::StaffActor& staff, const ItemDraft& draft);

// Replaces the draft's content (起草中 or 退回修改 only) and records a version.
void edit_draft(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                const ItemDraft& draft, CivilDate today);

// Stores an attachment (the catalogue's type and size limits) with a draft.
int64_t add_draft_attachment(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                             const std::string& file_name, const std::string& bytes, CivilDate today);

// 提交保密审查.
void submit_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id, CivilDate today);

// 保密审查: pass (comment optional) or return (comment required).
void pass_review(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                 const std::string& comment, CivilDate today);
void return_from_review(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                        const std::string& comment, CivilDate today);

// 审批 by the role the item's importance requires: approve or return (comment required).
void approve_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                  const std::string& comment, CivilDate today);
void return_from_approval(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                          const std::string& comment, CivilDate today);

// Publishes on `date` (YYYY-MM-DD; "" = today). A future date schedules the
// item (已定时): it is public from that day on. A date before today or before
// the 成文日期 is refused.
void publish_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                  const std::string& date, CivilDate today);

// Another channel the published item went out on (publication_channel.h).
struct ChannelEntry {
  std::string channel;    // key or Chinese name
  std::string outlet;     // 《宁夏双拥》, 吴忠日报 … (required for media)
  std::string date;       // YYYY-MM-DD, not after today
  std::string reference;  // issue, URL, programme …
};
int64_t record_channel(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                       const ChannelEntry& entry, CivilDate today);

// 撤回 with a reason (required): the item leaves the portal.
void revoke_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                 const std::string& reason, CivilDate today);

// 有效性: 有效 / 失效 / 废止.
void mark_validity(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                   const std::string& validity, CivilDate today);

// Links the 政策解读 `interpretation_id` to the policy it interprets (both of
// the actor's agency).
void link_interpretation(store::Connection& connection, const org::StaffActor& staff, int64_t interpretation_id,
                         int64_t policy_id, CivilDate today);

}  // namespace gongkai::workflow
