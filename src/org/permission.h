// gongkai/org/permission.h
//
// What each role may do in the back office: one table (permission.cpp), the
// same matrix docs/roles.md shows. Domain functions ask `may(role, p)` before
// they change anything and throw Forbidden when it is false; templates only
// hide what the domain would refuse anyway.
#pragma once

#include <string_view>
#include <vector>

#include "org/role.h"

namespace gongkai::org {

enum class Permission {
  kUseBackOffice,        // sign in, see the dashboard and the item lists
  kDraftItems,           // draft and edit items, attachments, submit, link 政策解读
  kSecrecyReview,        // 保密审查: pass or return
  kApproveOrdinary,      // approve or return 一般事项
  kApproveMajor,         // approve or return 重大事项
  kPublishItems,         // publish or schedule, record channels, revoke, mark 有效性
  kManageConsultations,  // 意见征集: open, edit, moderate comments, publish 采纳情况
  kHandleLetters,        // 行政首长信箱: assign, reply, publish the exchange
  kRecordOpinion,        // 舆情: record, respond, report upward
  kHandleRequests,       // 依申请公开: register, handle, reply, fees, appeals, complaints; sees ID numbers
  kManageUsers,          // accounts: create, reset, lock, unlock, roles, TOTP
  kViewAudit,            // browse, filter and export the audit log
  kManageSettings,       // agency settings (the mailbox reply period …)
  kManageKeyAreas,       // 重点领域: social assistance, social organisations, proposals, 双公示
  kHandleServiceWindow,  // 政务服务: power list and service items, window cases (窗口受理、办结)
  kPrepareAnnualReport,  // 年度报告: draft, edit, check and publish the annual report
};

// True when `role` holds `permission`.
bool may(Role role, Permission permission);

// Every permission, in the order docs/roles.md lists them, with its key and
// Chinese description.
struct PermissionInfo {
  Permission permission;
  std::string_view key;
  std::string_view description;
};
const std::vector<PermissionInfo>& all_permissions();

}  // namespace gongkai::org
