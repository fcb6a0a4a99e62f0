#include "services/service_kind.h"

#include <string>

#include "core/errors.h"

namespace gongkai::services {

const std::vector<ServiceKind>& service_kinds() {
  static const std::vector<ServiceKind> kinds = {
      {"licensing", "行政许可", true},      {"penalty", "行政处罚", false},
      {"coercion", "行政强制", false},      {"levy", "行政征收", false},
      {"benefit", "行政给付", true},        {"inspection", "行政检查", false},
      {"confirmation", "行政确认", true},   {"reward", "行政奖励", true},
      {"adjudication", "行政裁决", true},   {"other", "其他行政权力", true},
      {"public_service", "公共服务", true},
  };
  return kinds;
}

const ServiceKind& require_service_kind(std::string_view key_or_name) {
  for (const auto& kind : service_kinds()) {
    if (kind.key == key_or_name || kind.name == key_or_name) return kind;
  }
  throw InvalidInput("未知的权力类别：" + std::string(key_or_name));
}

std::string_view service_kind_name(std::string_view key) {
  for (const auto& kind : service_kinds()) {
    if (kind.key == key) return kind.name;
  }
  return "";
}

}  // namespace gongkai::services
