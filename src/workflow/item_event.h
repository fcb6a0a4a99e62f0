// gongkai/workflow/item_event.h
//
// The kinds of event in an item's workflow history (item_events, append-only),
// as one table: the stored key, the Chinese name shown in the history, and
// the verb used in refusals ("该信息当前状态为待保密审查，不能发布").
// An item's workflow state is derived by replaying its events (item_workflow.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::workflow {

enum class EventKind {
  kDrafted,               // 起草
  kEdited,                // 修改草稿
  kAttachmentAdded,       // 上传附件
  kSubmitted,             // 提交保密审查
  kReviewPassed,          // 保密审查通过
  kReviewReturned,        // 保密审查退回
  kApproved,              // 审批通过
  kApprovalReturned,      // 审批退回
  kScheduled,             // 定时发布 (data: {"date": …})
  kPublished,             // 发布 (data: {"date": …})
  kChannelRecorded,       // 登记其他发布渠道
  kRevoked,               // 撤回 (comment: the reason)
  kValidityChanged,       // 标注有效性 (data: {"from": …, "to": …})
  kInterpretationLinked,  // 关联政策解读
};

struct EventKindInfo {
  EventKind kind;
  std::string_view key;   // stored in item_events.kind
  std::string_view name;  // shown in the history
  std::string_view verb;  // "不能<verb>"
};

// Every kind, in workflow order.
const std::vector<EventKindInfo>& all_event_kinds();
const EventKindInfo& info(EventKind kind);
std::string_view event_key(EventKind kind);
std::string_view event_name(EventKind kind);
std::optional<EventKind> event_from_key(std::string_view key);

// One row of item_events.
struct ItemEvent {
  int64_t id = 0;
  int64_t item_id = 0;
  EventKind kind = EventKind::kDrafted;
  std::string at;       // ISO-8601 instant
  std::string on_date;  // YYYY-MM-DD, the day in China it counts for
  std::optional<int64_t> user_id;
  std::string actor;    // username (or "demo")
  std::string comment;
  std::string data_json;  // "" or a JSON object
};

}  // namespace gongkai::workflow
