// gongkai/workflow/importance.h
//
// The importance of an item (事项类别), which decides who approves it, as the
// source document says: 一般事项报分管领导审批，重大事项报主要领导审批.
// One table: key, Chinese name, the approving role's permission.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "org/permission.h"

namespace gongkai::workflow {

enum class Importance {
  kOrdinary,  // 一般事项: approved by the 分管领导
  kMajor,     // 重大事项: approved by the 主要领导
};

struct ImportanceInfo {
  Importance importance;
  std::string_view key;        // items.importance
  std::string_view name;       // 一般事项 / 重大事项
  std::string_view approver;   // 分管领导 / 主要领导
  org::Permission approval;    // the permission approving (or returning) it needs
};

const std::vector<ImportanceInfo>& all_importances();
const ImportanceInfo& info(Importance importance);
// Accepts the key or the Chinese name.
std::optional<Importance> parse_importance(std::string_view text);

}  // namespace gongkai::workflow
