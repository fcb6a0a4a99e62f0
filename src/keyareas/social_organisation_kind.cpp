#include "keyareas/social_organisation_kind.h"

#include <string>

#include "core/errors.h"

namespace gongkai::keyareas {

const std::vector<OrganisationKind>& organisation_kinds() {
  static const std::vector<OrganisationKind> kinds = {
      {"social_group", "社会团体", "登记", "《社会团体登记管理条例》"},
      {"private_non_enterprise", "民办非企业单位", "登记", "《民办非企业单位登记管理暂行条例》"},
      {"foundation", "基金会", "登记", "《基金会管理条例》"},
      {"elderly_care", "养老机构", "批复设立", "《养老机构设立许可办法》"},
  };
  return kinds;
}

const OrganisationKind* find_organisation_kind(std::string_view key_or_name) {
  for (const auto& kind : organisation_kinds()) {
    if (kind.key == key_or_name || kind.name == key_or_name) return &kind;
  }
  return nullptr;
}

const OrganisationKind& require_organisation_kind(std::string_view key_or_name) {
  const auto* kind = find_organisation_kind(key_or_name);
  if (!kind) throw InvalidInput("未知的社会组织类型：" + std::string(key_or_name));
  return *kind;
}

}  // namespace gongkai::keyareas
