#include "workflow/importance.h"

#include "core/errors.h"

namespace gongkai::workflow {

const std::vector<ImportanceInfo>& all_importances() {
  static const std::vector<ImportanceInfo> table{
      {Importance::kOrdinary, "ordinary", "一般事项", "分管领导", org::Permission::kApproveOrdinary},
      {Importance::kMajor, "major", "重大事项", "主要领导", org::Permission::kApproveMajor},
  };
  return table;
}

const ImportanceInfo& info(Importance importance) {
  for (const auto& row : all_importances()) {
    if (row.importance == importance) return row;
  }
  throw StoreError("unknown importance");
}

std::optional<Importance> parse_importance(std::string_view text) {
  for (const auto& row : all_importances()) {
    if (row.key == text || row.name == text) return row.importance;
  }
  return std::nullopt;
}

}  // namespace gongkai::workflow
