#include "org/permission.h"

#include <vector>

namespace gongkai::org {
namespace {

struct Grant {
  PermissionInfo info;
  std::vector<Role> roles;  // a vector: an initializer_list member would dangle once the table is built
};

using enum Role;

// The matrix. Separation of duties: whoever drafts does not review, approve
// or publish; the administrator runs accounts and the audit log but touches
// no content.
const std::vector<Grant>& grants() {
  static const std::vector<Grant> table{
      {{Permission::kUseBackOffice, "use_back_office", "登录后台，查看待办和信息列表"},
       {kOfficer, kSecrecyReviewer, kDeputyLeader, kPrincipalLeader, kOffice, kAdministrator}},
      {{Permission::kDraftItems, "draft_items", "起草、修改、提交信息，上传附件，关联政策解读"}, {kOfficer, kOffice}},
      {{Permission::kSecrecyReview, "secrecy_review", "保密审查（通过或退回）"}, {kSecrecyReviewer}},
      {{Permission::kApproveOrdinary, "approve_ordinary", "审批一般事项"}, {kDeputyLeader}},
      {{Permission::kApproveMajor, "approve_major", "审批重大事项"}, {kPrincipalLeader}},
      {{Permission::kPublishItems, "publish_items", "发布或定时发布、登记其他渠道、撤回、标注有效性"}, {kOffice}},
      {{Permission::kManageConsultations, "manage_consultations", "意见征集：发起、审核留言、公布采纳情况"}, {kOffice}},
      {{Permission::kHandleLetters, "handle_letters", "行政首长信箱：分办、答复、公开"}, {kOffice, kPrincipalLeader}},
      {{Permission::kRecordOpinion, "record_opinion", "舆情：登记、回应、上报"}, {kOffice}},
      {{Permission::kHandleRequests, "handle_requests", "依申请公开：登记、办理、答复、收费、复议诉讼和投诉登记，查看证件号码"}, {kOffice}},
      {{Permission::kManageUsers, "manage_users", "账号管理：新建、重置密码、锁定解锁、角色、双因素认证"}, {kAdministrator}},
      {{Permission::kViewAudit, "view_audit", "查看、筛选、导出审计日志"}, {kAdministrator}},
      {{Permission::kManageSettings, "manage_settings", "机关设置（信箱答复期限等）"}, {kAdministrator}},
      {{Permission::kManageKeyAreas, "manage_key_areas", "重点领域：社会救助、社会组织、建议提案、双公示的填报和导入"}, {kOfficer, kOffice}},
      {{Permission::kHandleServiceWindow, "handle_service_window", "政务服务：维护权力清单和服务事项，窗口受理、审查、决定、办结"}, {kOfficer, kOffice}},
      {{Permission::kPrepareAnnualReport, "prepare_annual_report", "年度报告：生成、编辑、校验、发布"}, {kOffice}},
  };
  return table;
}

}  // namespace

bool may(Role role, Permission permission) {
  for (const auto& grant : grants()) {
    if (grant.info.permission != permission) continue;
    for (Role allowed : grant.roles) {
      if (allowed == role) return true;
    }
    return false;
  }
  return false;
}

const std::vector<PermissionInfo>& all_permissions() {
  static const std::vector<PermissionInfo> list = [] {
    std::vector<PermissionInfo> out;
    for (const auto& grant : grants()) out.push_back(grant.info);
    return out;
  }();
  return list;
}

}  // namespace gongkai::org
