#include "keyareas/social_organisation_notice.h"

namespace gongkai::keyareas {
namespace {

bool by_approval(const SocialOrganisation& o) { return o.kind->registration_label == "批复设立"; }

std::string particulars(const SocialOrganisation& o) {
  return "名称：" + o.name + "\n类型：" + std::string(o.kind->name) + "\n统一社会信用代码：" + o.credit_code +
         "\n法定代表人：" + o.legal_representative + "\n业务范围：" + o.business_scope + "\n登记管理机关：" +
         o.registration_authority + "\n";
}

}  // namespace

std::string notice_title(const SocialOrganisation& o, OrganisationEventType type) {
  if (type == OrganisationEventType::kCancellation) return o.name + "注销登记公告";
  return o.name + (by_approval(o) ? "设立许可公告" : "成立登记公告");
}

std::string registration_notice(const SocialOrganisation& o) {
  const std::string granted = by_approval(o) ? "准予设立" : "准予成立登记";
  return o.registration_authority + "公告\n\n根据" + std::string(o.kind->regulation) + "的规定，经审查，" +
         granted + "。现将有关事项公告如下：\n\n" + particulars(o) + std::string(o.kind->registration_label) +
         "日期：" + format_date_chinese(o.registered_on) + "\n\n特此公告。\n\n" + o.registration_authority + "\n" +
         format_date_chinese(o.registered_on);
}

std::string cancellation_notice(const SocialOrganisation& o, CivilDate cancelled_on, const std::string& reason) {
  return o.registration_authority + "公告\n\n根据" + std::string(o.kind->regulation) + "的规定，经审查，准予" +
         o.name + "注销登记。自注销之日起，不得再以该" + std::string(o.kind->name) +
         "名义开展活动。现将有关事项公告如下：\n\n" + particulars(o) + "注销原因：" + reason + "\n注销日期：" +
         format_date_chinese(cancelled_on) + "\n\n特此公告。\n\n" + o.registration_authority + "\n" +
         format_date_chinese(cancelled_on);
}

}  // namespace gongkai::keyareas
