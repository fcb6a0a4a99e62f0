// gongkai/services/service_kind.h
//
// The kinds of power and service (权力类别) an item of the power list
// belongs to: the ten kinds of administrative power of the 权力清单 and
// 公共服务. One table (service_kind.cpp): the stored key, the Chinese name,
// and whether the public applies for it (依申请) — only such items take
// window cases and appear in the service guide (办事指南).
#pragma once

#include <string_view>
#include <vector>

namespace gongkai::services {

struct ServiceKind {
  std::string_view key;   // licensing, penalty, …
  std::string_view name;  // 行政许可, 行政处罚, …
  bool on_application = false;
};

// In the order the power list shows them.
const std::vector<ServiceKind>& service_kinds();

// The kind with this key or Chinese name; throws InvalidInput("未知的权力类别：…").
const ServiceKind& require_service_kind(std::string_view key_or_name);

// The Chinese name of a stored key ("" for an unknown key).
std::string_view service_kind_name(std::string_view key);

}  // namespace gongkai::services
