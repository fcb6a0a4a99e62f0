#include "org/staff.h"

#include <string>

namespace gongkai::org {

void StaffActor::require(Permission permission) const {
  if (may(permission)) return;
  for (const auto& info : all_permissions()) {
    if (info.permission != permission) continue;
    throw Forbidden("您的角色（" + std::string(role_name(role)) + "）无权执行此操作：" +
                    std::string(info.description));
  }
  throw Forbidden("您的角色（" + std::string(role_name(role)) + "）无权执行此操作");
}

}  // namespace gongkai::org
