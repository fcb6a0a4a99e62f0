// gongkai/requests/information_fee.h
//
// 信息处理费 (Art. 42; 国办函〔2020〕109号《政府信息公开信息处理费管理办法》):
// charged only for applications clearly beyond a reasonable number or
// frequency, either per application (按件) or per page (按量) — never both
// for one application — and progressive in both. The tiers are the table in
// information_fee.cpp; amounts are Fen.
//   按件: the applicant's n-th application in a calendar month: 1–10 free,
//         11–30 100 元 each, then every further 10 raise the price by 100 元
//         (31–40 200 元, 41–50 300 元 …).
//   按量: pages 1–30 free, 31–100 10 元 a page, 101–200 20 元, from 201 40 元.
#pragma once

#include <string>
#include <string_view>

#include "core/money.h"

namespace gongkai::requests {

enum class FeeMode { kPerApplication, kPerPage };

std::string_view fee_mode_key(FeeMode mode);   // per_application, per_page
std::string_view fee_mode_name(FeeMode mode);  // 按件计收, 按量计收
// Throws InvalidInput for an unknown key.
FeeMode fee_mode_from_key(std::string_view key);

// The fee for the applicant's `rank`-th application in the month (rank ≥ 1).
Fen per_application_fee(int rank);

// The fee for `pages` pages (pages ≥ 0).
Fen per_page_fee(int pages);

// Either of the above; `units` is the rank or the page count. Throws
// InvalidInput for units < 1 (per application) or < 0 (per page).
Fen information_fee(FeeMode mode, int units);

// How the amount was reached, in Chinese ("第11至30件每件100元…").
std::string explain_information_fee(FeeMode mode, int units);

}  // namespace gongkai::requests
