#include "workflow/item_event.h"

#include "core/errors.h"

namespace gongkai::workflow {

const std::vector<EventKindInfo>& all_event_kinds() {
  using enum EventKind;
  static const std::vector<EventKindInfo> table{
      {kDrafted, "drafted", "起草", "起草"},
      {kEdited, "edited", "修改草稿", "修改"},
      {kAttachmentAdded, "attachment_added", "上传附件", "上传附件"},
      {kSubmitted, "submitted", "提交保密审查", "提交保密审查"},
      {kReviewPassed, "review_passed", "保密审查通过", "通过保密审查"},
      {kReviewReturned, "review_returned", "保密审查退回", "在保密审查中退回"},
      {kApproved, "approved", "审批通过", "审批通过"},
      {kApprovalReturned, "approval_returned", "审批退回", "在审批中退回"},
      {kScheduled, "scheduled", "定时发布", "定时发布"},
      {kPublished, "published", "发布", "发布"},
      {kChannelRecorded, "channel_recorded", "登记发布渠道", "登记其他发布渠道"},
      {kRevoked, "revoked", "撤回", "撤回"},
      {kValidityChanged, "validity_changed", "标注有效性", "标注有效性"},
      {kInterpretationLinked, "interpretation_linked", "关联政策解读", "关联政策解读"},
  };
  return table;
}

const EventKindInfo& info(EventKind kind) {
  for (const auto& row : all_event_kinds()) {
    if (row.kind == kind) return row;
  }
  throw StoreError("unknown event kind");
}

std::string_view event_key(EventKind kind) { return info(kind).key; }
std::string_view event_name(EventKind kind) { return info(kind).name; }

std::optional<EventKind> event_from_key(std::string_view key) {
  for (const auto& row : all_event_kinds()) {
    if (row.key == key) return row.kind;
  }
  return std::nullopt;
}

}  // namespace gongkai::workflow
