#include "requests/information_fee.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/money.h"

namespace gongkai::requests {
namespace {

// 按量 tiers of 国办函〔2020〕109号: pages from `first` (to the next tier) at `yuan` each.
struct PageTier {
  int first;
  int64_t yuan;
};
const std::vector<PageTier>& page_tiers() {
  static const std::vector<PageTier> tiers = {{1, 0}, {31, 10}, {101, 20}, {201, 40}};
  return tiers;
}

// 按件: free up to this rank, then 100 元 up to the next, then +100 元 every 10.
constexpr int kFreeApplications = 10;
constexpr int kFirstPaidTierLast = 30;
constexpr int64_t kStepYuan = 100;
constexpr int kStepApplications = 10;

}  // namespace

std::string_view fee_mode_key(FeeMode mode) { return mode == FeeMode::kPerPage ? "per_page" : "per_application"; }
std::string_view fee_mode_name(FeeMode mode) { return mode == FeeMode::kPerPage ? "按量计收" : "按件计收"; }

FeeMode fee_mode_from_key(std::string_view key) {
  if (key == "per_page") return FeeMode::kPerPage;
  if (key == "per_application") return FeeMode::kPerApplication;
  throw InvalidInput("收费方式应为按件计收或按量计收");
}

Fen per_application_fee(int rank) {
  if (rank < 1) throw InvalidInput("申请件次应为正整数");
  if (rank <= kFreeApplications) return Fen{0};
  if (rank <= kFirstPaidTierLast) return Fen{kStepYuan * 100};
  const int steps = (rank - kFirstPaidTierLast - 1) / kStepApplications + 2;
  return Fen{steps * kStepYuan * 100};
}

Fen per_page_fee(int pages) {
  if (pages < 0) throw InvalidInput("页数不能为负数");
  const auto& tiers = page_tiers();
  int64_t yuan = 0;
  for (size_t i = 0; i < tiers.size(); ++i) {
    const int last = i + 1 < tiers.size() ? tiers[i + 1].first - 1 : pages;
    const int counted = std::min(pages, last) - tiers[i].first + 1;
    if (counted > 0) yuan += counted * tiers[i].yuan;
  }
  return Fen{yuan * 100};
}

Fen information_fee(FeeMode mode, int units) {
  return mode == FeeMode::kPerPage ? per_page_fee(units) : per_application_fee(units);
}

std::string explain_information_fee(FeeMode mode, int units) {
  const std::string amount = format_yuan(information_fee(mode, units));
  if (mode == FeeMode::kPerApplication) {
    return fmt::format("按件计收：本申请人本月第{}件申请（每月1至10件免费，11至30件每件100元，"
                       "此后每增加10件每件加收100元），应缴{}元。",
                       units, amount);
  }
  return fmt::format("按量计收：共{}页（30页以下免费，31至100页每页10元，101至200页每页20元，"
                     "201页以上每页40元），应缴{}元。",
                     units, amount);
}

}  // namespace gongkai::requests
